// SPDX-License-Identifier: MIT
// The layering rules of DESIGN.md, checked on the #include lines of the source tree:
//  - shared/ includes nothing from modules/, server/ or app/;
//  - a module includes only itself and shared/ (never another module);
//  - routes (server/src/api/) never include the database layer;
//  - app/ knows the server only through HTTP: no server, module or database headers;
//  - no <regex> in shared/, modules/ or server/ (issue 12: libstdc++'s std::regex recurses per
//    character and backtracks, so a long request value crashed the server; request data is
//    checked by hand or, for configured patterns, with RE2). Tests may use it.
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

namespace fs = std::filesystem;

namespace {

struct Violation {
  std::string file;
  std::string include;
  std::string rule;
};

std::set<std::string> subdirs(const fs::path& dir) {
  std::set<std::string> names;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.is_directory()) names.insert(e.path().filename().string());
  }
  return names;
}

bool isSource(const fs::path& p) {
  const auto ext = p.extension().string();
  return ext == ".h" || ext == ".hpp" || ext == ".cpp" || ext == ".cc";
}

std::vector<std::string> includesOf(const fs::path& file) {
  // (moc cannot parse raw strings with quotes inside, hence the escapes)
  static const std::regex kInclude("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]");
  std::vector<std::string> out;
  std::ifstream in(file);
  std::string line;
  std::smatch m;
  while (std::getline(in, line)) {
    if (std::regex_search(line, m, kInclude)) out.push_back(m[1]);
  }
  return out;
}

// "medusa/<component>/..." -> component, else "".
std::string medusaComponent(const std::string& include) {
  if (!include.starts_with("medusa/")) return {};
  const auto slash = include.find('/', 7);
  return slash == std::string::npos ? std::string() : include.substr(7, slash - 7);
}

std::vector<Violation> check(const fs::path& root) {
  std::vector<Violation> found;
  const auto sharedParts = subdirs(root / "shared");
  auto modules = subdirs(root / "modules");
  modules.erase("infra");
  modules.erase("providers");

  auto scan = [&](const fs::path& dir, auto&& rule) {
    std::error_code ec;
    if (!fs::exists(dir, ec)) return;
    for (const auto& e : fs::recursive_directory_iterator(dir, ec)) {
      if (!e.is_regular_file() || !isSource(e.path())) continue;
      for (const auto& inc : includesOf(e.path())) {
        if (auto why = rule(e.path(), inc); !why.empty()) {
          found.push_back({fs::relative(e.path(), root).string(), inc, why});
        }
      }
    }
  };

  scan(root / "shared", [&](const fs::path&, const std::string& inc) -> std::string {
    const auto c = medusaComponent(inc);
    if (!c.empty() && !sharedParts.count(c)) return "shared/ may include only shared/ headers";
    if (inc.find("server/") != std::string::npos || inc.starts_with("http/") ||
        inc.starts_with("api/")) {
      return "shared/ may not include server headers";
    }
    return {};
  });

  for (const auto& m : modules) {
    scan(root / "modules" / m, [&](const fs::path&, const std::string& inc) -> std::string {
      const auto c = medusaComponent(inc);
      if (!c.empty() && c != m && !sharedParts.count(c)) {
        return "module " + m + " includes module " + c + " (use a link)";
      }
      return {};
    });
  }

  scan(root / "server" / "src" / "api", [&](const fs::path&, const std::string& inc) -> std::string {
    if (medusaComponent(inc) == "db" || inc.starts_with("pqxx/")) {
      return "routes never touch SQL: use a workflow or Query";
    }
    return {};
  });

  for (const char* dir : {"shared", "modules", "server"}) {
    scan(root / dir, [&](const fs::path&, const std::string& inc) -> std::string {
      if (inc == "regex") return "no std::regex in the product: bound and check by hand, or RE2";
      return {};
    });
  }

  scan(root / "app", [&](const fs::path&, const std::string& inc) -> std::string {
    // The app's own headers (its local-server control lives in app/src/server/) are fine.
    if (fs::exists(root / "app" / "src" / inc)) return {};
    const auto c = medusaComponent(inc);
    if (c == "db" || modules.count(c) || inc.starts_with("pqxx/") || inc.starts_with("http/") ||
        inc.find("server/") != std::string::npos) {
      return "app/ knows the server only through HTTP";
    }
    return {};
  });
  return found;
}

void write(const fs::path& file, const std::string& text) {
  fs::create_directories(file.parent_path());
  std::ofstream(file) << text;
}

}  // namespace

class IncludeRulesTest : public QObject {
  Q_OBJECT

 private slots:
  void projectKeepsItsLayers() {
    const auto violations = check(MEDUSA_SOURCE_DIR);
    for (const auto& v : violations) {
      qWarning("%s includes <%s>: %s", v.file.c_str(), v.include.c_str(), v.rule.c_str());
    }
    QCOMPARE(violations.size(), std::size_t(0));
  }

  // The checker itself must catch each kind of violation.
  void checkerFindsPlantedViolations() {
    QTemporaryDir dir;
    const fs::path root = dir.path().toStdString();
    write(root / "shared/core/include/medusa/core/a.h", "#include <vector>\n");
    write(root / "shared/core/src/bad.cpp", "#include \"medusa/product/service.h\"\n");
    write(root / "modules/product/src/ok.cpp",
          "#include \"medusa/product/service.h\"\n#include <medusa/core/error.h>\n");
    write(root / "modules/cart/src/bad.cpp", "#include \"medusa/product/service.h\"\n");
    write(root / "server/src/api/store/products/route.cpp", "#include <pqxx/pqxx>\n");
    write(root / "app/src/bad.cpp", "#include \"medusa/db/pool.h\"\n");
    write(root / "server/src/http/bad_regex.cpp", "#include <regex>\n");
    write(root / "modules/infra/src/bad_regex.cpp", "#  include <regex>\n");
    write(root / "tests/unit/ok_regex.cpp", "#include <regex>\n");
    const auto violations = check(root);
    QCOMPARE(violations.size(), std::size_t(6));
  }
};

QTEST_APPLESS_MAIN(IncludeRulesTest)
#include "include_rules_test.moc"
