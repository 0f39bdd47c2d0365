// SPDX-License-Identifier: MIT
#include "medusa/db/embedded_postgres.h"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <pqxx/pqxx>

#include "medusa/core/error.h"
#include "medusa/core/process.h"

namespace medusa::db {

namespace fs = std::filesystem;

namespace {

constexpr int kSocketPort = 5432;  // names the socket file when there is no TCP listener

bool hasServerBinaries(const fs::path& dir) {
  std::error_code ec;
  return !dir.empty() && fs::exists(dir / "initdb", ec) && fs::exists(dir / "pg_ctl", ec);
}

// Versions as numbers, so that 16 sorts after 9.6.
double versionOf(const fs::path& p) {
  try {
    return std::stod(p.filename().string());
  } catch (...) {
    return 0;
  }
}

std::optional<std::string> serverUser() {
  if (!process::isRoot()) return std::nullopt;
  return std::string("postgres");
}

void chownTree(const fs::path& path, const std::string& user) {
  const auto ids = process::lookupUser(user);
  if (!ids) throw Error(ErrorType::UnexpectedState, "No '" + user + "' user to own " + path.string());
  if (chown(path.c_str(), ids->uid, ids->gid) != 0) {
    throw Error(ErrorType::UnexpectedState, "Cannot give " + path.string() + " to " + user);
  }
}

}  // namespace

EmbeddedPostgres::EmbeddedPostgres(Options options)
    : m_options(std::move(options)), m_pgdata(m_options.dataDir / "pgdata") {
  if (m_options.binDir.empty()) m_options.binDir = findBinDir(process::executableDir());
}

EmbeddedPostgres::~EmbeddedPostgres() {
  if (!m_startedHere) return;
  try {
    stop();
  } catch (const std::exception& e) {
    spdlog::error("embedded PostgreSQL did not stop cleanly: {}", e.what());
  }
}

fs::path EmbeddedPostgres::findBinDir(const fs::path& exeDir) {
  std::vector<fs::path> candidates = {exeDir, exeDir / "postgresql" / "bin",
                                      exeDir.parent_path() / "lib" / "medusa" / "postgresql" / "bin"};
  if (auto out = process::capture({"pg_config", "--bindir"})) {
    out->erase(std::remove(out->begin(), out->end(), '\n'), out->end());
    candidates.emplace_back(*out);
  }
  std::vector<fs::path> system;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator("/usr/lib/postgresql", ec)) {
    system.push_back(entry.path() / "bin");
  }
  std::sort(system.begin(), system.end(), [](const fs::path& a, const fs::path& b) {
    return versionOf(a.parent_path()) > versionOf(b.parent_path());
  });
  candidates.insert(candidates.end(), system.begin(), system.end());
  for (const auto& dir : candidates) {
    if (hasServerBinaries(dir)) return dir;
  }
  throw Error(ErrorType::UnexpectedState,
              "PostgreSQL server programs (initdb, pg_ctl) were not found next to the executable, "
              "through pg_config or in /usr/lib/postgresql/*/bin. Install them (Debian/Ubuntu: "
              "apt install postgresql) or set DATABASE_URL to use an existing server.");
}

void EmbeddedPostgres::initialize() {
  fs::create_directories(m_options.dataDir);
  if (fs::exists(m_pgdata / "PG_VERSION")) return;
  spdlog::info("creating a private PostgreSQL cluster in {}", m_pgdata.string());
  fs::create_directories(m_pgdata);
  fs::permissions(m_pgdata, fs::perms::owner_all, fs::perm_options::replace);
  const auto user = serverUser();
  if (user) {
    chownTree(m_pgdata, *user);
    chownTree(m_options.dataDir, *user);  // for the log file beside the cluster
  }
  const int rc = process::run({{(m_options.binDir / "initdb").string(), "-D", m_pgdata.string(),
                                "-U", m_options.user, "--auth=trust", "--encoding=UTF8",
                                "--locale=C", "--no-instructions"},
                               user,
                               logFile()});
  if (rc != 0) {
    throw Error(ErrorType::UnexpectedState,
                "initdb failed (exit " + std::to_string(rc) + "); see " + logFile().string());
  }
  // Our settings live in their own file, rewritten at each start; postgresql.conf stays stock.
  std::ofstream(m_pgdata / "postgresql.conf", std::ios::app)
      << "\ninclude_if_exists = 'medusa.conf'\n";
}

void EmbeddedPostgres::writeSettings() {
  std::ofstream conf(m_pgdata / "medusa.conf", std::ios::trunc);
  conf << "# Written by medusa-server at every start; edit postgresql.conf instead.\n";
  conf << "listen_addresses = '" << (m_options.port ? "127.0.0.1" : "") << "'\n";
  conf << "port = " << (m_options.port ? m_options.port : kSocketPort) << "\n";
  // The socket lives in the cluster directory (mode 0700): only its owner (and root) connect.
  conf << "unix_socket_directories = '" << m_pgdata.string() << "'\n";
  conf << "max_connections = 100\n";
  if (m_options.fast) {
    conf << "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n";
  }
  conf.close();
  if (const auto user = serverUser()) chownTree(m_pgdata / "medusa.conf", *user);
}

int EmbeddedPostgres::pgCtl(const std::vector<std::string>& args) const {
  std::vector<std::string> argv = {(m_options.binDir / "pg_ctl").string(), "-D", m_pgdata.string()};
  argv.insert(argv.end(), args.begin(), args.end());
  return process::run({argv, serverUser(), logFile()});
}

bool EmbeddedPostgres::isRunning() const { return pgCtl({"status"}) == 0; }

void EmbeddedPostgres::start() {
  initialize();
  if (isRunning()) {
    spdlog::info("reusing the running PostgreSQL cluster in {}", m_pgdata.string());
  } else {
    writeSettings();
    const int rc = pgCtl({"-l", logFile().string(), "-w", "-t", "60", "start"});
    if (rc != 0) {
      throw Error(ErrorType::UnexpectedState, "PostgreSQL did not start (pg_ctl exit " +
                                                  std::to_string(rc) + "); see " +
                                                  logFile().string());
    }
    m_startedHere = true;
  }
  createDatabase();
}

void EmbeddedPostgres::stop() {
  if (!isRunning()) return;
  const int rc = pgCtl({"-w", "-t", "60", "-m", "fast", "stop"});
  if (rc != 0) {
    throw Error(ErrorType::UnexpectedState, "PostgreSQL did not stop (pg_ctl exit " +
                                                std::to_string(rc) + ")");
  }
  m_startedHere = false;
}

void EmbeddedPostgres::restart() {
  const int rc = pgCtl({"-l", logFile().string(), "-w", "-t", "60", "-m", "fast", "restart"});
  if (rc != 0) {
    throw Error(ErrorType::UnexpectedState, "PostgreSQL did not restart (pg_ctl exit " +
                                                std::to_string(rc) + ")");
  }
}

void EmbeddedPostgres::createDatabase() {
  pqxx::connection conn(urlFor("postgres"));
  pqxx::nontransaction tx(conn);
  const auto exists = tx.exec_params("SELECT 1 FROM pg_database WHERE datname = $1",
                                     m_options.database);
  if (exists.empty()) tx.exec0("CREATE DATABASE " + tx.quote_name(m_options.database));
}

std::string EmbeddedPostgres::url() const { return urlFor(m_options.database); }

std::string EmbeddedPostgres::urlFor(const std::string& database) const {
  if (m_options.port) {
    return "postgresql://" + m_options.user + "@127.0.0.1:" + std::to_string(m_options.port) +
           "/" + database;
  }
  return "postgresql://" + m_options.user + "@/" + database + "?host=" + m_pgdata.string() +
         "&port=" + std::to_string(kSocketPort);
}

}  // namespace medusa::db
