// SPDX-License-Identifier: MIT
#include "server/log_buffer.h"

namespace medusa::admin {

LogBuffer::LogBuffer(int maxLines, QObject* parent) : QObject(parent), m_maxLines(maxLines) {}

void LogBuffer::append(const QByteArray& output) {
  m_partial += output;
  qsizetype newline = 0;
  while ((newline = m_partial.indexOf('\n')) >= 0) {
    push(QString::fromUtf8(m_partial.left(newline)).trimmed());
    m_partial.remove(0, newline + 1);
  }
  emit changed();
}

void LogBuffer::appendLine(const QString& line) {
  push(line);
  emit changed();
}

void LogBuffer::clear() {
  m_lines.clear();
  m_partial.clear();
  emit changed();
}

void LogBuffer::push(const QString& line) {
  m_lines.append(line);
  while (m_lines.size() > m_maxLines) m_lines.removeFirst();
}

}  // namespace medusa::admin
