// SPDX-License-Identifier: MIT
#include "api/api_error.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace medusa::admin {

ApiError ApiError::fromResponse(int status, const QByteArray& body) {
  ApiError error{.status = status, .type = {}, .message = {}};
  const auto document = QJsonDocument::fromJson(body);
  if (document.isObject()) {
    const auto object = document.object();
    error.type = object.value(QStringLiteral("type")).toString();
    error.message = object.value(QStringLiteral("message")).toString();
  }
  if (error.type.isEmpty() && status == 401) error.type = QStringLiteral("unauthorized");
  if (error.message.isEmpty()) {
    // Not a Medusa body (a proxy page, an empty 502): say what happened instead of nothing.
    error.message =
        QCoreApplication::translate("ApiError", "The server answered with status %1.").arg(status);
  }
  return error;
}

ApiError ApiError::unreachable(const QString& baseUrl, const QString& detail) {
  return ApiError{
      .status = 0,
      .type = QStringLiteral("network"),
      .message = QCoreApplication::translate("ApiError", "The server at %1 cannot be reached (%2).")
                     .arg(baseUrl, detail)};
}

}  // namespace medusa::admin
