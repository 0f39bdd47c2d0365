// SPDX-License-Identifier: MIT
// The API key module on a real database: token formats, hashed secrets, redaction, the one
// active secret key rule, revocation now and later, lookups and their cache, delete rules.
#include "medusa/api_key/api_key_module.h"

#include <QtTest>
#include <regex>

#include "error_of.h"
#include "medusa/api_key/api_key_module_service.h"
#include "medusa/core/error.h"
#include "medusa/core/time.h"
#include "module_test_app.h"

using namespace medusa;
using api_key::ApiKeyModuleService;
using api_key::RevokeApiKeys;
namespace bj = boost::json;

using test::errorOf;

namespace {

bool isToken(std::string_view token, std::string_view prefix) {
  static const std::regex hex64("[0-9a-f]{64}");
  return token.starts_with(prefix) && std::regex_match(std::string(token.substr(3)), hex64);
}

std::string str(const bj::value& v) {
  return std::string(v.as_string());
}

}  // namespace

class ApiKeyModuleTest : public QObject {
  Q_OBJECT

  test::ModuleTestApp m_app;
  ApiKeyModuleService& service() { return m_app.services->resolve<ApiKeyModuleService>(); }

  bj::object create(const char* title, const char* type) {
    return service()
        .createApiKeys(
            bj::array{bj::object{{"title", title}, {"type", type}, {"created_by", "u1"}}})
        .at(0)
        .as_object();
  }
  void revokeAll(const char* type) {
    std::vector<std::string> ids;
    for (const auto& row : service().listApiKeys({{"type", type}, {"revoked_at", nullptr}})) {
      ids.push_back(str(row.at("id")));
    }
    service().revoke({.ids = ids, .revokedBy = "u1"});
  }
  // What is stored, read past the module (the test's proof that no plain secret is kept).
  std::pair<std::string, std::string> stored(const std::string& id) {
    return m_app.pool->transact([&](db::TxContext& tx) {
      const auto row = tx.raw().exec_params1("SELECT token, salt FROM api_key WHERE id = $1", id);
      return std::pair{std::string(row[0].c_str()), std::string(row[1].c_str())};
    });
  }

 private slots:
  void initTestCase() {
    m_app = test::makeModuleApp("api_key_module", {api_key::moduleDefinition()});
  }

  void publishableKeyIsStoredAsIs() {
    const auto key = create("Storefront", "publishable");
    const auto token = str(key.at("token"));
    QVERIFY(str(key.at("id")).starts_with("apk_"));
    QVERIFY(isToken(token, "pk_"));
    QCOMPARE(str(key.at("redacted")), token.substr(0, 6) + "***" + token.substr(64));
    QVERIFY(!key.contains("salt"));
    QCOMPARE(stored(str(key.at("id"))).first, token);
    QCOMPARE(str(service().retrieveApiKey(str(key.at("id"))).at("token")), token);
    QVERIFY(key.at("revoked_at").is_null());
  }

  void secretKeyIsStoredHashed() {
    revokeAll("secret");
    const auto key = create("Backend", "secret");
    const auto id = str(key.at("id"));
    const auto token = str(key.at("token"));
    QVERIFY(isToken(token, "sk_"));
    QCOMPARE(str(key.at("redacted")), token.substr(0, 6) + "***" + token.substr(64));
    const auto [hash, salt] = stored(id);
    QVERIFY(hash != token);
    QVERIFY(hash.find(token.substr(3)) == std::string::npos);
    QCOMPARE(hash.size(), std::size_t(64));
    QCOMPARE(salt.size(), std::size_t(32));
    QCOMPARE(str(service().retrieveApiKey(id).at("token")), std::string());
    const auto found = service().authenticate(token);
    QVERIFY(found);
    QCOMPARE(str(found->at("id")), id);
    QCOMPARE(str(found->at("token")), std::string());
  }

  void onlyOneActiveSecretKey() {
    revokeAll("secret");
    create("First", "secret");
    auto error = errorOf([&] { create("Second", "secret"); });
    QVERIFY(error);
    QVERIFY(error->type() == ErrorType::InvalidData);
    QCOMPARE(error->message(),
             std::string("You can only have one active secret key a time. Revoke or delete your "
                         "existing key before creating a new one."));
    error = errorOf([&] {
      const bj::object secret{{"title", "x"}, {"type", "secret"}, {"created_by", "u1"}};
      service().createApiKeys(bj::array{secret, secret});
    });
    QVERIFY(error);
    QCOMPARE(error->message(),
             std::string("You can only create one secret key at a time. You tried to create 2 "
                         "secret keys."));
    revokeAll("secret");
    QVERIFY(isToken(str(create("Third", "secret").at("token")), "sk_"));  // allowed again
  }

  void revokeNowStopsAuthentication() {
    revokeAll("secret");
    const auto key = create("Short lived", "secret");
    const auto token = str(key.at("token"));
    QVERIFY(service().authenticate(token));  // also caches the hit
    const auto revoked = service().revoke({.ids = {str(key.at("id"))}, .revokedBy = "u2"});
    QCOMPARE(str(revoked.at(0).at("revoked_by")), "u2");
    QVERIFY(!revoked.at(0).at("revoked_at").is_null());
    QVERIFY(!service().authenticate(token));
    const auto error =
        errorOf([&] { service().revoke({.ids = {str(key.at("id"))}, .revokedBy = "u2"}); });
    QVERIFY(error);
    QCOMPARE(error->message(), std::string("There are 1 secret keys that are already revoked."));
  }

  void revokeNeedsRevokedBy() {
    const auto key = create("Who", "publishable");
    const auto error = errorOf([&] { service().revoke({.ids = {str(key.at("id"))}}); });
    QVERIFY(error);
    QCOMPARE(error->message(),
             std::string("You must provide a revoked_by field when revoking a key."));
  }

  void authenticateRejectsUnknownAndPublishable() {
    QVERIFY(!service().authenticate("sk_" + std::string(64, 'a')));
    QVERIFY(!service().authenticate("not a key"));
    const auto publishable = create("Not secret", "publishable");
    QVERIFY(!service().authenticate(str(publishable.at("token"))));
    revokeAll("secret");
    const auto secret = create("Wrong half", "secret");
    auto forged = str(secret.at("token"));
    forged[10] = forged[10] == 'a' ? 'b' : 'a';  // same redacted form, different token
    QVERIFY(!service().authenticate(forged));
  }

  void publishableLookup() {
    const auto key = create("Shop", "publishable");
    const auto token = str(key.at("token"));
    const auto found = service().retrieveByPublishableToken(token);
    QVERIFY(found);
    QCOMPARE(str(found->at("id")), str(key.at("id")));
    QCOMPARE(str(found->at("type")), "publishable");
    QVERIFY(!service().retrieveByPublishableToken("pk_" + std::string(64, '0')));
    revokeAll("secret");
    const auto secret = create("Admin", "secret");
    QVERIFY(!service().retrieveByPublishableToken(str(secret.at("token"))));
  }

  void lookupsAreCachedAndRevokeClearsTheCache() {
    const auto key = create("Cached", "publishable");
    const auto token = str(key.at("token"));
    QVERIFY(service().retrieveByPublishableToken(token));
    const auto before = m_app.registry->sql().count();
    for (int i = 0; i < 10; ++i) QVERIFY(service().retrieveByPublishableToken(token));
    QCOMPARE(m_app.registry->sql().count(), before);
    service().revoke({.ids = {str(key.at("id"))}, .revokedBy = "u1"});
    QVERIFY(!service().retrieveByPublishableToken(token));
  }

  void deleteNeedsRevokedKeys() {
    const auto key = create("To delete", "publishable");
    const auto id = str(key.at("id"));
    const auto error = errorOf([&] { service().softDeleteApiKeys({id}); });
    QVERIFY(error);
    QCOMPARE(error->message(), "Cannot delete api keys that are not revoked - " + id);
    service().revoke({.ids = {id}, .revokedBy = "u1"});
    service().softDeleteApiKeys({id});
    QVERIFY(errorOf([&] { service().retrieveApiKey(id); }));
    service().restoreApiKeys({id});
    service().deleteApiKeys({id});
    QVERIFY(service().listApiKeys({{"id", id}}).empty());
  }

  void updateChangesOnlyTheTitle() {
    const auto key = create("Old", "publishable");
    const auto updated = service().updateApiKeys(
        bj::array{bj::object{{"id", key.at("id")}, {"title", "New"}, {"created_by", "x"}}});
    QCOMPARE(str(updated.at(0).at("title")), "New");
    QCOMPARE(str(updated.at(0).at("created_by")), "u1");
  }

  void unknownKeyIsNotFound() {
    const auto error = errorOf([&] { service().retrieveApiKey("apk_nope"); });
    QVERIFY(error);
    QVERIFY(error->type() == ErrorType::NotFound);
    QCOMPARE(error->message(), std::string("Api key with id: apk_nope was not found"));
  }

  // Last: the key it leaves stays active for an hour and blocks new secret keys.
  void revokeInTheFutureKeepsTheKeyUntilThen() {
    revokeAll("secret");
    const auto key = create("Rotating", "secret");
    const auto id = str(key.at("id"));
    service().revoke({.ids = {id}, .revokedBy = "u1", .revokeIn = 3600});
    QVERIFY(service().authenticate(str(key.at("token"))));
    const auto revokedAt =
        medusa::time::parse(service().retrieveApiKey(id).at("revoked_at").as_string());
    QVERIFY(revokedAt > medusa::time::now() + std::chrono::minutes(59));
    // Still active: it counts against the one-secret-key rule, and cannot be deleted yet.
    QVERIFY(errorOf([&] { create("Next", "secret"); }));
    const auto error = errorOf([&] { service().deleteApiKeys({id}); });
    QVERIFY(error);
    QVERIFY(error->type() == ErrorType::NotAllowed);
    QCOMPARE(error->message(), "Cannot delete api keys that are not revoked - " + id);
  }
};

QTEST_GUILESS_MAIN(ApiKeyModuleTest)
#include "api_key_module_test.moc"
