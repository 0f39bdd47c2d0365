// SPDX-License-Identifier: MIT
#include "server/server_locator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace medusa::admin {

namespace {

bool isExecutable(const QString& path) {
  const QFileInfo info(path);
  return info.isFile() && info.isExecutable();
}

}  // namespace

QString locateServerBinary() {
  const QString name = QStringLiteral("medusa-server");
  const auto fromEnv = qEnvironmentVariable("MEDUSA_SERVER_BINARY");
  QStringList candidates{fromEnv, QDir(QCoreApplication::applicationDirPath()).filePath(name)};
#ifdef MEDUSA_SERVER_BUILD_PATH
  candidates.append(QDir(QStringLiteral(MEDUSA_SERVER_BUILD_PATH)).filePath(name));
#endif
  for (const auto& candidate : candidates) {
    if (!candidate.isEmpty() && isExecutable(candidate)) return candidate;
  }
  return QStandardPaths::findExecutable(name);
}

}  // namespace medusa::admin
