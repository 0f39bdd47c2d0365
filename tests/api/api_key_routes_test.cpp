// SPDX-License-Identifier: MIT
// /admin/api-keys end to end: publishable and secret keys, the secret shown once, revoke,
// delete, sales channels; secret-key Basic auth on /admin; the /store publishable-key guard.
#include "medusa/core/crypto.h"
#include "sales_channel_test_harness.h"

namespace bj = boost::json;
using medusa::test::messageOf;

namespace {

const char* const kUnauthorized = "{\"message\":\"Unauthorized\"}";

std::string basic(const std::string& secret) {
  return "Authorization: Basic " + medusa::crypto::base64Encode(secret + ":") + "\r\n";
}

}  // namespace

class ApiKeyRoutesTest : public QObject {
  Q_OBJECT

  medusa::test::AdminServer m_server;
  bj::object m_publishable;
  std::string m_secret;    // the plain sk_ token
  std::string m_secretId;  // its apk_ id

  bj::object createKey(const std::string& title, const std::string& type) {
    const auto response =
        m_server.post("/admin/api-keys", bj::object{{"title", title}, {"type", type}});
    if (response.status != 200) return {};
    return response.json().at("api_key").as_object();
  }

 private slots:
  void initTestCase() { QVERIFY2(m_server.start("chan_api_keys"), m_server.error().c_str()); }

  void createShowsTheTokenOnce() {
    m_publishable = createKey("Storefront", "publishable");
    QVERIFY(m_publishable.at("token").as_string().starts_with("pk_"));
    QVERIFY(m_publishable.at("id").as_string().starts_with("apk_"));
    QCOMPARE(m_publishable.at("type").as_string(), "publishable");
    QVERIFY(m_publishable.at("redacted").as_string().find("***") != bj::string::npos);
    QVERIFY(!m_publishable.contains("salt"));

    const auto secret = createKey("Backend", "secret");
    m_secret = std::string(secret.at("token").as_string());
    m_secretId = std::string(secret.at("id").as_string());
    QVERIFY(m_secret.starts_with("sk_"));
    const auto me = m_server.get("/admin/users/me");
    QCOMPARE(secret.at("created_by"), me.json().at("user").at("id"));

    // Read back, a secret key's token is blank; a publishable one is shown.
    const auto read = m_server.get("/admin/api-keys/" + m_secretId);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.json().at("api_key").at("token").as_string(), "");
    QVERIFY(read.json().at("api_key").as_object().contains("sales_channels"));
    const auto list = m_server.get("/admin/api-keys?type=secret");
    QCOMPARE(list.json().at("count").as_int64(), 1);
    QCOMPARE(list.json().at("api_keys").at(0).at("token").as_string(), "");
    QVERIFY(list.body.find(m_secret.substr(3)) == std::string::npos);
    const auto publishable = m_server.get("/admin/api-keys?type=publishable");
    QCOMPARE(publishable.json().at("api_keys").at(0).at("token"), m_publishable.at("token"));
  }

  void createRefusesBadBodies() {
    const auto second =
        m_server.post("/admin/api-keys", bj::object{{"title", "Again"}, {"type", "secret"}});
    QCOMPARE(second.status, 400);
    QCOMPARE(messageOf(second),
             "You can only have one active secret key a time. Revoke or delete your existing key "
             "before creating a new one.");
    const auto wrongType =
        m_server.post("/admin/api-keys", bj::object{{"title", "X"}, {"type", "private"}});
    QCOMPARE(wrongType.status, 400);
    const auto missing = m_server.post("/admin/api-keys", bj::object{{"type", "secret"}});
    QCOMPARE(missing.status, 400);
    QVERIFY(messageOf(missing).find("Field 'title' is required") != std::string::npos);
    QCOMPARE(m_server.get("/admin/api-keys?type=private").status, 400);
    QCOMPARE(m_server.get("/admin/api-keys/apk_nope").status, 404);
    QCOMPARE(messageOf(m_server.get("/admin/api-keys/apk_nope")),
             "API Key with id: apk_nope was not found");
  }

  void updateTitle() {
    const std::string id(m_publishable.at("id").as_string());
    const auto updated = m_server.post("/admin/api-keys/" + id, bj::object{{"title", "Shop"}});
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.json().at("api_key").at("title").as_string(), "Shop");
    QCOMPARE(m_server.post("/admin/api-keys/" + id, bj::object{}).status, 400);
  }

  void salesChannelsOfPublishableKeysOnly() {
    const auto channel = m_server.post("/admin/sales-channels", bj::object{{"name", "Web"}});
    const std::string channelId(channel.json().at("sales_channel").at("id").as_string());
    const std::string id(m_publishable.at("id").as_string());
    const auto added = m_server.post("/admin/api-keys/" + id + "/sales-channels",
                                     bj::object{{"add", bj::array{bj::value(channelId)}}});
    QCOMPARE(added.status, 200);
    const auto channels = added.json().at("api_key").at("sales_channels").as_array();
    QCOMPARE(channels.size(), std::size_t(1));
    QCOMPARE(channels.at(0).at("name").as_string(), "Web");

    const auto unknown = m_server.post("/admin/api-keys/" + id + "/sales-channels",
                                       bj::object{{"add", bj::array{"sc_nope"}}});
    QCOMPARE(unknown.status, 400);
    QCOMPARE(messageOf(unknown), "Sales channels with IDs sc_nope do not exist");
    const auto secret = m_server.post("/admin/api-keys/" + m_secretId + "/sales-channels",
                                      bj::object{{"add", bj::array{bj::value(channelId)}}});
    QCOMPARE(secret.status, 400);
    QCOMPARE(messageOf(secret), "Sales channels can only be associated with publishable API keys");
  }

  void storeGuardUsesPublishableKeys() {
    const auto none = m_server.send("GET", "/store/no-such-route");
    QCOMPARE(none.status, 400);
    QCOMPARE(messageOf(none),
             "Publishable API key required in the request header: x-publishable-api-key. You "
             "can manage your keys in settings in the dashboard.");
    const auto bogus = m_server.send("GET", "/store/no-such-route", "x-publishable-api-key: pk_x\r\n");
    QCOMPARE(bogus.status, 400);
    QCOMPARE(messageOf(bogus), "A valid publishable key is required to proceed with the request");
    // A valid key passes the guard: the router's own 404 answers.
    const std::string header =
        "x-publishable-api-key: " + std::string(m_publishable.at("token").as_string()) + "\r\n";
    const auto passes = m_server.send("GET", "/store/no-such-route", header);
    QCOMPARE(passes.status, 404);
    // The secret key is no publishable key.
    const auto secret = m_server.send("GET", "/store/no-such-route",
                                      "x-publishable-api-key: " + m_secret + "\r\n");
    QCOMPARE(secret.status, 400);
  }

  void secretKeyBasicAuth() {
    const auto listed = m_server.send("GET", "/admin/sales-channels", basic(m_secret));
    QCOMPARE(listed.status, 200);
    const auto raw =
        m_server.send("GET", "/admin/api-keys", "Authorization: Basic " + m_secret + "\r\n");
    QCOMPARE(raw.status, 200);
    // Keys created with a secret key are created by that key.
    const auto created = m_server.send(
        "POST", "/admin/api-keys", basic(m_secret),
        medusa::json::stringify(bj::object{{"title", "By key"}, {"type", "publishable"}}));
    QCOMPARE(created.status, 200);
    QCOMPARE(created.json().at("api_key").at("created_by").as_string(), m_secretId);
    // Medusa's user routes accept no API key.
    QCOMPARE(m_server.send("GET", "/admin/users/me", basic(m_secret)).status, 401);
    QCOMPARE(m_server.send("GET", "/admin/users", basic(m_secret)).body, kUnauthorized);
    const auto wrong = m_server.send("GET", "/admin/sales-channels", basic("sk_wrong"));
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.body, kUnauthorized);
  }

  void revokeThenDelete() {
    const auto early = m_server.del("/admin/api-keys/" + m_secretId);
    QCOMPARE(early.status, 400);
    QCOMPARE(early.json().at("type").as_string(), "not_allowed");
    QCOMPARE(messageOf(early), "Cannot delete api keys that are not revoked - " + m_secretId);

    const auto revoked = m_server.post("/admin/api-keys/" + m_secretId + "/revoke", bj::object{});
    QCOMPARE(revoked.status, 200);
    QVERIFY(!revoked.json().at("api_key").at("revoked_at").is_null());
    QVERIFY(!revoked.json().at("api_key").at("revoked_by").is_null());
    const auto denied = m_server.send("GET", "/admin/sales-channels", basic(m_secret));
    QCOMPARE(denied.status, 401);
    QCOMPARE(denied.body, kUnauthorized);

    const std::string publishableId(m_publishable.at("id").as_string());
    QCOMPARE(m_server.post("/admin/api-keys/" + publishableId + "/revoke", bj::object{}).status,
             200);
    const std::string header =
        "x-publishable-api-key: " + std::string(m_publishable.at("token").as_string()) + "\r\n";
    QCOMPARE(m_server.send("GET", "/store/no-such-route", header).status, 400);

    const auto deleted = m_server.del("/admin/api-keys/" + m_secretId);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json().at("object").as_string(), "api_key");
    QCOMPARE(m_server.get("/admin/api-keys/" + m_secretId).status, 404);
    // With the old one gone, a new secret key may be created.
    QVERIFY(!createKey("Backend 2", "secret").empty());
  }

  void revokeInTheFutureKeepsTheKeyValid() {
    const auto key = createKey("Later", "publishable");
    const std::string id(key.at("id").as_string());
    const auto revoked =
        m_server.post("/admin/api-keys/" + id + "/revoke", bj::object{{"revoke_in", 3600}});
    QCOMPARE(revoked.status, 200);
    const std::string header =
        "x-publishable-api-key: " + std::string(key.at("token").as_string()) + "\r\n";
    QCOMPARE(m_server.send("GET", "/store/no-such-route", header).status, 404);
    QCOMPARE(m_server.post("/admin/api-keys/" + id + "/revoke", bj::object{{"revoke_in", "1h"}}).status,
             400);
  }

  void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(ApiKeyRoutesTest)
#include "api_key_routes_test.moc"
