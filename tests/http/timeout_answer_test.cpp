// SPDX-License-Identifier: MIT
// A spent time budget (a cancelled statement, a request past its deadline) answers 503 with
// Retry-After and Medusa's error body (issue #12).
#include <QtTest>

#include "http/middleware/error_middleware.h"
#include "medusa/core/deadline.h"
#include "medusa/core/json.h"

namespace http = medusa::http;

class TimeoutAnswerTest : public QObject {
  Q_OBJECT

 private slots:
  void isA503WithRetryAfter() {
    const auto response = http::ErrorMiddleware::toResponse(
        std::make_exception_ptr(medusa::timeoutError("The request took too long.")));
    QCOMPARE(response.status(), 503);
    QCOMPARE(response.header("retry-after"), std::string_view("1"));
    const auto body = medusa::json::parse(response.body()).as_object();
    QCOMPARE(std::string_view(body.at("type").as_string()), std::string_view("database_error"));
    QCOMPARE(std::string_view(body.at("code").as_string()), std::string_view("timeout"));
    QCOMPARE(std::string_view(body.at("message").as_string()),
             std::string_view("The request took too long."));
  }

  void otherDatabaseErrorsStay500() {
    const auto response = http::ErrorMiddleware::toResponse(std::make_exception_ptr(
        medusa::Error(medusa::ErrorType::DatabaseError, "An error occurred.")));
    QCOMPARE(response.status(), 500);
    QVERIFY(response.header("retry-after").empty());
  }

  void deadlinesNestAndSuspend() {
    using Clock = std::chrono::steady_clock;
    QVERIFY(!medusa::currentDeadline());
    const auto outer = Clock::now() + std::chrono::seconds(10);
    {
      const medusa::DeadlineScope a(outer);
      {
        const medusa::DeadlineScope later(outer + std::chrono::seconds(5));
        QCOMPARE(medusa::currentDeadline().value(), outer);  // an inner scope never extends
        const medusa::DeadlineSuspension none;
        QVERIFY(!medusa::currentDeadline());
      }
      QCOMPARE(medusa::currentDeadline().value(), outer);
    }
    QVERIFY(!medusa::currentDeadline());
  }
};

QTEST_GUILESS_MAIN(TimeoutAnswerTest)
#include "timeout_answer_test.moc"
