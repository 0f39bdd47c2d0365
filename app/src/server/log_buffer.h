// SPDX-License-Identifier: MIT
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QString>
#include <QStringList>

namespace medusa::admin {

/// The last lines of the local server's output, shown on demand. Bounded, so a server that
/// runs for days does not grow the app's memory.
class LogBuffer : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("LogBuffer belongs to LocalServer")
  Q_PROPERTY(QString text READ text NOTIFY changed)
  Q_PROPERTY(int lineCount READ lineCount NOTIFY changed)

 public:
  explicit LogBuffer(int maxLines = 2000, QObject* parent = nullptr);

  /// Appends output, split into lines; a trailing partial line waits for the rest.
  void append(const QByteArray& output);
  /// Appends one line written by the app itself (step headers).
  void appendLine(const QString& line);
  Q_INVOKABLE void clear();

  QString text() const { return m_lines.join(QLatin1Char('\n')); }
  int lineCount() const { return static_cast<int>(m_lines.size()); }
  QStringList lines() const { return m_lines; }

 signals:
  void changed();

 private:
  void push(const QString& line);

  int m_maxLines;
  QStringList m_lines;
  QByteArray m_partial;
};

}  // namespace medusa::admin
