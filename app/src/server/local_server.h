// SPDX-License-Identifier: MIT
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QNetworkAccessManager>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>
#include <QUrl>

#include "server/log_buffer.h"

namespace medusa::admin {

/// The bundled `medusa-server` as a child process on the embedded PostgreSQL in the app's data
/// directory. The first run creates the database, migrates, optionally loads the demo catalog
/// and creates the owner account, with progress; later runs migrate and start. stop() ends the
/// server with SIGTERM and waits, so PostgreSQL shuts down cleanly.
class LocalServer : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("LocalServer is created by the backend")
  Q_PROPERTY(State state READ state NOTIFY stateChanged)
  Q_PROPERTY(bool firstRun READ firstRun NOTIFY stateChanged)
  Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
  Q_PROPERTY(QString stepText READ stepText NOTIFY progressChanged)
  Q_PROPERTY(QString errorString READ errorString NOTIFY stateChanged)
  Q_PROPERTY(QUrl url READ url NOTIFY stateChanged)
  Q_PROPERTY(QString dataDir READ dataDir CONSTANT)
  Q_PROPERTY(LogBuffer* log READ log CONSTANT)

 public:
  enum class State { Stopped, Preparing, Starting, Running, Failed };
  Q_ENUM(State)

  /// `dataDir` holds the embedded PostgreSQL and the server's secret; "" = the app data location.
  explicit LocalServer(QString dataDir = {}, QObject* parent = nullptr);
  ~LocalServer() override;

  State state() const { return m_state; }
  bool firstRun() const;
  double progress() const { return m_progress; }
  QString stepText() const { return m_stepText; }
  QString errorString() const { return m_error; }
  QUrl url() const { return m_url; }
  QString dataDir() const { return m_dataDir; }
  LogBuffer* log() { return &m_log; }
  /// Extra environment for every command (tests point DATABASE_URL at their own PostgreSQL).
  void setEnvironment(const QProcessEnvironment& environment) { m_extraEnv = environment; }

  /// First run: migrate, optional demo catalog, owner account, start. Later runs: migrate, start.
  Q_INVOKABLE void start(const QString& ownerEmail = {}, const QString& ownerPassword = {},
                         bool demoCatalog = false);
  /// Stops the server and waits for it (at most 15 s, then kills it).
  Q_INVOKABLE void stop();

 signals:
  void stateChanged();
  void progressChanged();
  /// The server answers /health at url().
  void ready();

 private:
  struct Step {
    QString label;
    QStringList args;
  };

  void runNextStep();
  void onStepFinished(int exitCode, QProcess::ExitStatus status);
  void launch();
  void pollHealth();
  void setState(State state, const QString& error = {});
  void setProgress(double progress, const QString& text);
  QProcessEnvironment environment();

  QString m_dataDir;
  QString m_secret;  // read or made by start() (readOrCreateLocalSecret)
  QString m_binary;
  LogBuffer m_log;
  QProcess m_step;
  QProcess m_server;
  QNetworkAccessManager m_network;
  QTimer m_healthTimer;
  QList<Step> m_steps;
  int m_stepsTotal = 0;
  int m_healthAttempts = 0;
  bool m_markFirstRunDone = false;
  bool m_stopping = false;
  State m_state = State::Stopped;
  double m_progress = 0;
  QString m_stepText;
  QString m_error;
  QUrl m_url;
  QProcessEnvironment m_extraEnv;
};

}  // namespace medusa::admin
