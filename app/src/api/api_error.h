// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

/// What the app knows about a failed request: Medusa's `{type, message}` body or a network error.
namespace medusa::admin {

struct ApiError {
  int status = 0;   // HTTP status; 0 when the server could not be reached
  QString type;     // Medusa's error type ("unauthorized", "invalid_data", ...) or "network"
  QString message;  // the server's message, shown to the user as is

  /// True when no response came back (connection refused, DNS, timeout).
  bool isNetwork() const { return status == 0; }

  /// Builds the error for a non-2xx response from its body (Medusa sends `{type, message}`;
  /// the admin guard's 401 has only `message`, and a proxy may send HTML).
  static ApiError fromResponse(int status, const QByteArray& body);
  /// The error shown when the server at `baseUrl` does not answer.
  static ApiError unreachable(const QString& baseUrl, const QString& detail);
};

}  // namespace medusa::admin
