// SPDX-License-Identifier: MIT
// The /store publishable-key guard: an over-long token is refused before it reaches the
// resolver and its cache (issue #12).
#include <QtTest>

#include "http/middleware/error_middleware.h"
#include "http/middleware/publishable_key_middleware.h"
#include "http/middleware_chain.h"

namespace http = medusa::http;

class PublishableKeyMiddlewareTest : public QObject {
  Q_OBJECT

 private slots:
  void overLongTokensAreNeverLookedUp() {
    int lookups = 0;
    http::MiddlewareChain chain([](http::Request&) { return http::Response(200); });
    chain.use<http::ErrorMiddleware>().use<http::PublishableKeyMiddleware>(
        [&lookups](std::string_view token) -> std::optional<http::PublishableKeyContext> {
          ++lookups;
          if (token.starts_with("pk_")) return http::PublishableKeyContext{.key = "apk_1"};
          return std::nullopt;
        });
    const auto send = [&chain](const std::string& token) {
      http::Request request("GET", "/store/products");
      request.headers().add("x-publishable-api-key", token);
      return chain(request);
    };
    QCOMPARE(send("pk_" + std::string(64, 'a')).status(), 200);
    QCOMPARE(lookups, 1);
    const auto refused = send("pk_" + std::string(16'000, 'a'));
    QCOMPARE(refused.status(), 400);
    QVERIFY(refused.body().find("A valid publishable key is required") != std::string::npos);
    QCOMPARE(lookups, 1);  // no lookup, so nothing cached for it
    QCOMPARE(send("pk_" + std::string(http::kMaxPublishableKeyBytes - 3, 'a')).status(), 200);
    QCOMPARE(lookups, 2);
  }
};

QTEST_GUILESS_MAIN(PublishableKeyMiddlewareTest)
#include "publishable_key_middleware_test.moc"
