// SPDX-License-Identifier: MIT
#include "server/local_server.h"

#include <QDir>
#include <QFile>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTcpServer>

#include "server/local_secret.h"
#include "server/server_locator.h"

#ifdef Q_OS_LINUX
#include <sys/prctl.h>

#include <csignal>
#endif

namespace medusa::admin {

namespace {

constexpr auto kReadyMarker = ".medusa-admin-ready";
constexpr int kHealthIntervalMs = 200;
constexpr int kHealthAttempts = 300;  // 60 s: the first start of PostgreSQL can be slow

int freePort() {
  QTcpServer probe;
  probe.listen(QHostAddress::LocalHost, 0);
  return probe.serverPort();
}

}  // namespace

LocalServer::LocalServer(QString dataDir, QObject* parent)
    : QObject(parent),
      m_dataDir(dataDir.isEmpty()
                    ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                          QStringLiteral("/local-store")
                    : std::move(dataDir)) {
  for (auto* process : {&m_step, &m_server}) {
    process->setProcessChannelMode(QProcess::MergedChannels);
#ifdef Q_OS_LINUX
    // If the app dies without stop() (crash, kill), the server still gets SIGTERM and shuts its
    // PostgreSQL down cleanly instead of being left running.
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(process, &QProcess::readyRead, this,
            [this, process]() { m_log.append(process->readAll()); });
  }
  connect(&m_step, &QProcess::finished, this, &LocalServer::onStepFinished);
  connect(&m_server, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
    m_healthTimer.stop();
    if (m_stopping) return setState(State::Stopped);
    setState(State::Failed, tr("The local server stopped unexpectedly (exit code %1). "
                               "Open the server log for details.")
                                .arg(code));
  });
  m_healthTimer.setInterval(kHealthIntervalMs);
  connect(&m_healthTimer, &QTimer::timeout, this, &LocalServer::pollHealth);
}

LocalServer::~LocalServer() {
  stop();
}

bool LocalServer::firstRun() const {
  return !QFile::exists(m_dataDir + '/' + kReadyMarker);
}

void LocalServer::start(const QString& ownerEmail, const QString& ownerPassword, bool demoCatalog) {
  if (m_state == State::Preparing || m_state == State::Starting || m_state == State::Running) {
    return;
  }
  m_binary = locateServerBinary();
  if (m_binary.isEmpty()) {
    return setState(State::Failed, tr("The bundled medusa-server was not found next to the "
                                      "application or on the PATH."));
  }
  QDir().mkpath(m_dataDir);
  QString secretError;
  const auto secret =
      readOrCreateLocalSecret(m_dataDir + QStringLiteral("/jwt-secret"), &secretError);
  if (!secret) return setState(State::Failed, secretError);
  m_secret = *secret;
  m_steps.clear();
  m_markFirstRunDone = firstRun();
  m_steps.append({tr("Creating the database and applying migrations"), {"db:migrate"}});
  if (m_markFirstRunDone && demoCatalog) {
    m_steps.append({tr("Loading the demo catalog"), {"seed", "--demo"}});
  }
  if (m_markFirstRunDone) {
    m_steps.append(
        {tr("Creating the owner account"), {"user", "-e", ownerEmail, "-p", ownerPassword}});
  }
  m_stepsTotal = static_cast<int>(m_steps.size()) + 1;  // + starting the server
  m_stopping = false;
  setState(State::Preparing);
  runNextStep();
}

void LocalServer::runNextStep() {
  if (m_steps.isEmpty()) return launch();
  const auto& step = m_steps.first();
  const int done = m_stepsTotal - static_cast<int>(m_steps.size());
  setProgress(static_cast<double>(done) / m_stepsTotal, step.label);
  m_log.appendLine(QStringLiteral("== %1").arg(step.label));
  m_step.setProcessEnvironment(environment());
  m_step.start(m_binary, QStringList{"--data-dir", m_dataDir} + step.args);
}

void LocalServer::onStepFinished(int exitCode, QProcess::ExitStatus status) {
  if (m_steps.isEmpty()) return;
  const auto step = m_steps.takeFirst();
  if (status != QProcess::NormalExit || exitCode != 0) {
    m_steps.clear();
    return setState(State::Failed, tr("%1 failed (exit code %2). Open the server log for "
                                      "details.")
                                       .arg(step.label)
                                       .arg(exitCode));
  }
  runNextStep();
}

void LocalServer::launch() {
  if (m_markFirstRunDone) {
    QFile marker(m_dataDir + '/' + kReadyMarker);
    if (marker.open(QIODevice::WriteOnly)) marker.write("1\n");
  }
  const int port = freePort();
  m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
  setProgress(static_cast<double>(m_stepsTotal - 1) / m_stepsTotal, tr("Starting the server"));
  m_log.appendLine(QStringLiteral("== %1 (%2)").arg(m_stepText, m_url.toString()));
  m_server.setProcessEnvironment(environment());
  m_server.start(m_binary, {"--data-dir", m_dataDir, "start", "--port", QString::number(port)});
  m_healthAttempts = 0;
  setState(State::Starting);
  m_healthTimer.start();
}

void LocalServer::pollHealth() {
  if (++m_healthAttempts > kHealthAttempts) {
    m_healthTimer.stop();
    stop();
    return setState(State::Failed, tr("The local server did not become ready in time."));
  }
  auto* reply = m_network.get(QNetworkRequest(m_url.resolved(QUrl(QStringLiteral("/health")))));
  connect(reply, &QNetworkReply::finished, this, [this, reply]() {
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 || m_state != State::Starting) return;
    m_healthTimer.stop();
    setProgress(1.0, tr("Ready"));
    setState(State::Running);
    emit ready();
  });
}

void LocalServer::stop() {
  m_healthTimer.stop();
  m_stopping = true;
  m_steps.clear();  // before terminating: a finished step must not start the next one
  for (auto* process : {&m_step, &m_server}) {
    if (process->state() == QProcess::NotRunning) continue;
    process->terminate();  // SIGTERM: the server stops its PostgreSQL before exiting
    if (!process->waitForFinished(15000)) process->kill();
  }
  if (m_state != State::Failed) setState(State::Stopped);
}

void LocalServer::setState(State state, const QString& error) {
  m_state = state;
  m_error = error;
  if (!error.isEmpty()) m_log.appendLine(error);
  emit stateChanged();
}

void LocalServer::setProgress(double progress, const QString& text) {
  m_progress = progress;
  m_stepText = text;
  emit progressChanged();
}

QProcessEnvironment LocalServer::environment() {
  auto env = QProcessEnvironment::systemEnvironment();
  // The local store is private: never pick up a DATABASE_URL/REDIS_URL meant for something else.
  env.remove(QStringLiteral("DATABASE_URL"));
  env.remove(QStringLiteral("REDIS_URL"));
  env.insert(QStringLiteral("HOST"), QStringLiteral("127.0.0.1"));
  // Kept in the (private) data directory so remembered sign-ins survive a restart.
  env.insert(QStringLiteral("JWT_SECRET"), m_secret);
  env.insert(QStringLiteral("COOKIE_SECRET"), m_secret);
  env.insert(m_extraEnv);
  return env;
}

}  // namespace medusa::admin
