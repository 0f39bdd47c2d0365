// SPDX-License-Identifier: MIT
// Error type -> HTTP status and body, as Medusa's error handler maps them (API-CORE.md §1.6).
#include <QtTest>

#include "medusa/core/error.h"
#include "medusa/core/json.h"

using medusa::Error;
using medusa::ErrorType;

class ErrorTest : public QObject {
  Q_OBJECT

 private slots:
  void mapsTypeToStatus_data() {
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("wireType");
    QTest::addColumn<QString>("code");
    QTest::newRow("not_found") << int(ErrorType::NotFound) << 404 << "not_found" << "";
    QTest::newRow("invalid_data") << int(ErrorType::InvalidData) << 400 << "invalid_data" << "";
    QTest::newRow("not_allowed") << int(ErrorType::NotAllowed) << 400 << "not_allowed" << "";
    QTest::newRow("unauthorized") << int(ErrorType::Unauthorized) << 401 << "unauthorized" << "";
    QTest::newRow("duplicate") << int(ErrorType::DuplicateError) << 422 << "duplicate_error"
                               << "invalid_request_error";
    QTest::newRow("payment") << int(ErrorType::PaymentAuthorizationError) << 422
                             << "payment_authorization_error" << "";
    QTest::newRow("conflict") << int(ErrorType::Conflict) << 409 << "conflict"
                              << "invalid_state_error";
    QTest::newRow("database") << int(ErrorType::DatabaseError) << 500 << "database_error"
                              << "api_error";
    QTest::newRow("unexpected") << int(ErrorType::UnexpectedState) << 500 << "unexpected_state"
                                << "";
    QTest::newRow("invalid_arg") << int(ErrorType::InvalidArgument) << 500 << "invalid_argument"
                                 << "";
    QTest::newRow("requires_more") << int(ErrorType::PaymentRequiresMoreError) << 500
                                   << "unknown_error" << "unknown_error";
  }

  void mapsTypeToStatus() {
    QFETCH(int, type);
    QFETCH(int, status);
    QFETCH(QString, wireType);
    QFETCH(QString, code);
    const auto r = medusa::toErrorResponse(Error(static_cast<ErrorType>(type), "boom"));
    QCOMPARE(r.status, status);
    QCOMPARE(QString::fromStdString(r.type), wireType);
    QCOMPARE(QString::fromStdString(r.code.value_or("")), code);
  }

  void keepsMessageExceptForConflictAndUnknown() {
    QCOMPARE(medusa::toErrorResponse(Error(ErrorType::NotFound, "Region with id: x was not found"))
                 .message,
             std::string("Region with id: x was not found"));
    QCOMPARE(medusa::toErrorResponse(Error(ErrorType::Conflict, "row locked")).message,
             std::string("The request conflicted with another request. You may retry the request "
                         "with the provided Idempotency-Key."));
    QCOMPARE(medusa::unknownErrorResponse().message, std::string("An unknown error occurred."));
  }

  void keepsAnExplicitCode() {
    const auto r = medusa::toErrorResponse(
        Error(ErrorType::NotAllowed, "out of stock", std::string("insufficient_inventory")));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code.value_or(""), std::string("insufficient_inventory"));
  }

  void bodyOmitsAbsentCode() {
    const auto body = medusa::json::stringify(
        medusa::json::toJson(medusa::toErrorResponse(Error(ErrorType::NotFound, "gone"))));
    QCOMPARE(body, std::string(R"({"type":"not_found","message":"gone"})"));
    const auto dup = medusa::json::stringify(
        medusa::json::toJson(medusa::toErrorResponse(Error(ErrorType::DuplicateError, "dup"))));
    QCOMPARE(dup,
             std::string(R"({"type":"duplicate_error","message":"dup","code":"invalid_request_error"})"));
  }
};

QTEST_APPLESS_MAIN(ErrorTest)
#include "error_test.moc"
