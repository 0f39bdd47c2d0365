// SPDX-License-Identifier: MIT
// parseFindParams: API-CORE.md sections 1.3 and 1.4, plus the cases of Medusa v2.10.3's own
// validate-query.spec.ts. The expectations were checked against Medusa's prepareListQuery and
// zod validator running on the same queries.
#include "http/query/find_params.h"
#include "http/query/list_limit.h"

#include <QtTest>
#include <array>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "http/query/qs_parser.h"
#include "http/query/query_normalizer.h"
#include "medusa/core/error.h"
#include "medusa/core/json.h"

using namespace medusa::http;

namespace {

// The default list used throughout validate-query.spec.ts.
constexpr std::array<std::string_view, 8> kSpecDefaults{
    "id",          "created_at",         "updated_at",           "deleted_at",
    "metadata.id", "metadata.parent.id", "metadata.children.id", "metadata.product.id"};
constexpr std::array<std::string_view, 10> kSpecAllowed{
    "id",          "created_at",         "updated_at",           "deleted_at",
    "metadata.id", "metadata.parent.id", "metadata.children.id", "metadata.product.id",
    "product",     "product.variants"};
constexpr auto kList = QueryConfig::list(kSpecDefaults);
constexpr auto kAllowList = QueryConfig::list(kSpecDefaults).withAllowed(kSpecAllowed);
constexpr std::array<std::string_view, 4> kCollectionDefaults{"id", "title", "handle",
                                                              "created_at"};
// GET /store/collections: default limit 10, default order -created_at (API-CORE.md 1.4).
constexpr auto kCollections =
    QueryConfig::list(kCollectionDefaults).withDefaultLimit(10).withDefaultOrder("-created_at");

FindParams find(std::string_view query, const QueryConfig& config = kList,
                std::span<const std::string_view> restricted = {}) {
  return parseFindParams(normalizeQuery(parseQueryString(query)), config, restricted);
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ",") + item;
  return out;
}

// The message of the medusa::Error thrown, "" when nothing is thrown.
std::string invalidDataMessage(const std::function<void()>& call) {
  try {
    call();
  } catch (const medusa::Error& error) {
    return error.type() == medusa::ErrorType::InvalidData ? error.message() : "wrong type";
  }
  return {};
}

}  // namespace

class FindParamsTest : public QObject {
  Q_OBJECT

 private slots:
  void resolvesFields_data() {
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("select");
    QTest::addColumn<QByteArray>("relations");
    QTest::addColumn<QByteArray>("graphFields");
    const QByteArray defaults =
        "id,created_at,updated_at,deleted_at,metadata.id,metadata.parent.id,"
        "metadata.children.id,metadata.product.id";
    const QByteArray metadata = "metadata,metadata.parent,metadata.children,metadata.product";
    QTest::newRow("defaults") << QByteArray("") << defaults << metadata << defaults;
    QTest::newRow("bare name replaces") << QByteArray("fields=title") << QByteArray("title,id")
                                        << QByteArray("") << QByteArray("title,id");
    QTest::newRow("only id") << QByteArray("fields=id") << QByteArray("id") << QByteArray("")
                             << QByteArray("id");
    QTest::newRow("empty fields") << QByteArray("fields=") << QByteArray("id") << QByteArray("")
                                  << QByteArray("id");
    QTest::newRow("plus and minus")
        << QByteArray("fields=%2Btest_prop,-updated_at")
        << QByteArray(
               "id,created_at,deleted_at,metadata.id,metadata.parent.id,"
               "metadata.children.id,metadata.product.id,test_prop")
        << metadata
        << QByteArray(
               "id,created_at,deleted_at,metadata.id,metadata.parent.id,"
               "metadata.children.id,metadata.product.id,test_prop");
    // A raw '+' arrives as a space and means the same (API-CORE.md 1.2).
    QTest::newRow("space is plus") << QByteArray("fields=+test_prop") << defaults + ",test_prop"
                                   << metadata << defaults + ",test_prop";
    QTest::newRow("minus removes children")
        << QByteArray("fields=-metadata") << QByteArray("id,created_at,updated_at,deleted_at")
        << QByteArray("") << QByteArray("id,created_at,updated_at,deleted_at");
    QTest::newRow("star relation") << QByteArray("fields=*variants") << defaults
                                   << metadata + ",variants" << defaults + ",variants.*";
    QTest::newRow("dot star same as star") << QByteArray("fields=variants.*") << defaults
                                           << metadata + ",variants" << defaults + ",variants.*";
    QTest::newRow("dotted plus adds relation")
        << QByteArray("fields=%2Bvariants.calculated_price")
        << defaults + ",variants.calculated_price" << metadata + ",variants"
        << defaults + ",variants.calculated_price";
    QTest::newRow("bare list with modifiers")
        << QByteArray("fields=title,-handle,+sku") << QByteArray("title,handle,sku,id")
        << QByteArray("") << QByteArray("title,handle,sku,id");
    QTest::newRow("dotted bare field")
        << QByteArray("fields=store.name") << QByteArray("store.name,id") << QByteArray("store")
        << QByteArray("store.name,id");
    // Medusa strips only the leading star of "*variants.*".
    QTest::newRow("double star quirk") << QByteArray("fields=*variants.*") << defaults
                                       << metadata + ",variants.*" << defaults + ",variants.*.*";
  }

  void resolvesFields() {
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, select);
    QFETCH(QByteArray, relations);
    QFETCH(QByteArray, graphFields);
    const FindParams params = find(query.toStdString());
    QCOMPARE(joined(params.select), select.toStdString());
    QCOMPARE(joined(params.relations), relations.toStdString());
    QCOMPARE(joined(params.fields), graphFields.toStdString());
  }

  void allowListAcceptsListedAndStarRelations() {
    // validate-query.spec.ts: "product.*, *product.variants,+product.id" (space after comma).
    const FindParams params =
        find("fields=product.*,%20*product.variants,%2Bproduct.id", kAllowList);
    QCOMPARE(joined(params.select),
             std::string("id,created_at,updated_at,deleted_at,metadata.id,metadata.parent.id,"
                         "metadata.children.id,metadata.product.id,product.id"));
    QCOMPARE(joined(params.relations), std::string("metadata,metadata.parent,metadata.children,"
                                                   "metadata.product,product,product.variants"));
    QVERIFY(joined(params.fields).ends_with("product.id,product.*,product.variants.*"));
    // Plain fields pass on a string prefix of an allowed entry ("products" starts with "product").
    QCOMPARE(joined(find("fields=products", kAllowList).select), std::string("products,id"));
  }

  void allowListRejects_data() {
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("unknown plus") << QByteArray("fields=%2Btest_prop")
                                  << QByteArray("Requested fields [test_prop] are not valid");
    QTest::newRow("star outside") << QByteArray("fields=*store")
                                  << QByteArray("Requested fields [store] are not valid");
    QTest::newRow("star must match exactly")
        << QByteArray("fields=*product.variants.options")
        << QByteArray("Requested fields [product.variants.options] are not valid");
    QTest::newRow("several, fields first")
        << QByteArray("fields=a,*b") << QByteArray("Requested fields [a, b] are not valid");
    QTest::newRow("order outside")
        << QByteArray("order=total") << QByteArray("Order field total is not valid");
    QTest::newRow("descending order outside")
        << QByteArray("order=-total") << QByteArray("Order field total is not valid");
    QTest::newRow("fields before order")
        << QByteArray("order=total&fields=x") << QByteArray("Requested fields [x] are not valid");
  }

  void allowListRejects() {
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, message);
    QCOMPARE(invalidDataMessage([&] { find(query.toStdString(), kAllowList); }),
             message.toStdString());
  }

  void storeRestrictedFields() {
    QCOMPARE(invalidDataMessage([] { find("fields=*orders", kList, kStoreRestrictedFields); }),
             std::string("Requested fields [orders] are not valid"));
    QCOMPARE(invalidDataMessage([] { find("fields=%2Border.id", kList, kStoreRestrictedFields); }),
             std::string("Requested fields [order.id] are not valid"));
    // validate-query.spec.ts: restricted segments anywhere in a path, defaults included.
    constexpr std::array<std::string_view, 1> kProduct{"product"};
    QCOMPARE(invalidDataMessage([&] { find("fields=*product", kList, kProduct); }),
             std::string("Requested fields [metadata.product.id, product] are not valid"));
    // An allow-list replaces the restricted check (e.g. /store/customers/me allows orders).
    constexpr std::array<std::string_view, 2> kAllowsOrders{"id", "orders"};
    const auto customer = QueryConfig::retrieve(kSpecDefaults).withAllowed(kAllowsOrders);
    QCOMPARE(find("fields=id,*orders", customer, kStoreRestrictedFields).relations,
             std::vector<std::string>{"orders"});
  }

  void limitAndOffset_data() {
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<qlonglong>("limit");
    QTest::addColumn<qlonglong>("offset");
    QTest::addColumn<QByteArray>("error");
    QTest::newRow("defaults") << QByteArray("") << 10LL << 0LL << QByteArray();
    QTest::newRow("given") << QByteArray("limit=5&offset=20") << 5LL << 20LL << QByteArray();
    QTest::newRow("parseInt stops at junk")
        << QByteArray("limit=10abc&offset=1.9") << 10LL << 1LL << QByteArray();
    QTest::newRow("leading space and sign")
        << QByteArray("limit=+7&offset=%2B3") << 7LL << 3LL << QByteArray();
    QTest::newRow("hex prefix") << QByteArray("limit=0x10") << 16LL << 0LL << QByteArray();
    QTest::newRow("negative kept") << QByteArray("offset=-3") << 10LL << -3LL << QByteArray();
    QTest::newRow("zero kept") << QByteArray("limit=0") << 0LL << 0LL << QByteArray();
    QTest::newRow("not a number") << QByteArray("limit=abc") << 0LL << 0LL
                                  << QByteArray(
                                         "Expected type: 'number' for field 'limit', got: 'nan'");
    QTest::newRow("empty") << QByteArray("offset=") << 0LL << 0LL
                           << QByteArray(
                                  "Expected type: 'number' for field 'offset', got: 'string'");
    QTest::newRow("array") << QByteArray("limit[]=5") << 0LL << 0LL
                           << QByteArray("Expected type: 'number' for field 'limit', got: 'array'");
    // Ours (issue #12): Medusa accepts any limit; one request could ask for the whole table.
    QTest::newRow("at the cap") << QByteArray("limit=1000") << 1000LL << 0LL << QByteArray();
    QTest::newRow("past the cap")
        << QByteArray("limit=1001") << 0LL << 0LL
        << QByteArray("Value for field 'limit' must be at most 1000, got: 1001");
    QTest::newRow("saturated")
        << QByteArray("limit=99999999999999999999999") << 0LL << 0LL
        << QByteArray("Value for field 'limit' must be at most 1000, got: 9223372036854775807");
  }

  void limitCapIsConfigurable() {
    medusa::http::setMaxListLimit(50);
    const auto message = invalidDataMessage([] { find("limit=51", kCollections); });
    const auto atCap = find("limit=50", kCollections).limit;
    medusa::http::setMaxListLimit(medusa::http::kDefaultMaxListLimit);
    QCOMPARE(message,
             std::string("Invalid request: Value for field 'limit' must be at most 50, got: 51"));
    QCOMPARE(atCap, std::int64_t(50));
  }

  void limitAndOffset() {
    QFETCH(QByteArray, query);
    QFETCH(qlonglong, limit);
    QFETCH(qlonglong, offset);
    QFETCH(QByteArray, error);
    if (!error.isEmpty()) {
      QCOMPARE(invalidDataMessage([&] { find(query.toStdString(), kCollections); }),
               "Invalid request: " + error.toStdString());
      return;
    }
    const FindParams params = find(query.toStdString(), kCollections);
    QCOMPARE(static_cast<qlonglong>(params.limit), limit);
    QCOMPARE(static_cast<qlonglong>(params.offset), offset);
  }

  void orderAndWithDeleted() {
    QCOMPARE(medusa::json::stringify(find("", kCollections).order->toJson()),
             std::string("{\"created_at\":\"DESC\"}"));
    QVERIFY(find("order=title", kCollections).order->direction == SortDirection::Asc);
    QCOMPARE(find("order=--x").order->field, std::string("-x"));
    QCOMPARE(medusa::json::stringify(find("order=-product.title").order->toJson()),
             std::string("{\"product\":{\"title\":\"DESC\"}}"));
    QVERIFY(!find("").order.has_value());
    QVERIFY(find("with_deleted=true").withDeleted == std::optional<bool>(true));
    QVERIFY(find("with_deleted=false").withDeleted == std::optional<bool>(false));
    QVERIFY(!find("").withDeleted.has_value());
    QCOMPARE(invalidDataMessage([] { find("with_deleted=TRUE"); }),
             std::string("Invalid request: Expected type: 'boolean' for field 'with_deleted', "
                         "got: 'string'"));
  }

  void reportsIssuesInZodOrder() {
    // fields and order are plain checks; offset, limit and with_deleted are preprocessed and
    // reported after them. Only three are shown.
    QCOMPARE(invalidDataMessage([] { find("with_deleted=x&limit=x&fields[]=a&order[]=b"); }),
             std::string("Invalid request: Expected type: 'string' for field 'fields', got: "
                         "'array'; Expected type: 'string' for field 'order', got: 'array'; "
                         "Expected type: 'number' for field 'limit', got: 'nan'"));
    // A route's closed schema slots its own plain issues before the deferred ones.
    ValidationIssues issues;
    auto input =
        extractFindParams(normalizeQuery(parseQueryString("limit=x&foo=1")), kList, issues);
    const std::string filters = R"({"foo":"1"})";
    QCOMPARE(medusa::json::stringify(input.filters), filters);
    issues.immediate.push_back("Unrecognized fields: 'foo'");
    QCOMPARE(invalidDataMessage([&] { throwIfInvalid(issues); }),
             std::string("Invalid request: Unrecognized fields: 'foo'; Expected type: 'number' "
                         "for field 'limit', got: 'nan'"));
  }

  void passesFiltersThrough() {
    const FindParams params = find(
        "q=shirt&fields=title&id[]=a&id[]=b&limit=5&created_at[$gte]=2024-01-01&variants.sku=X");
    const std::string filters = R"({"q":"shirt","id":["a","b"],"created_at":{"$gte":"2024-01-01"},)"
                                R"("variants":{"sku":"X"}})";
    QCOMPARE(medusa::json::stringify(params.filters), filters);
    // A retrieve route knows only `fields`; the rest is left for its closed schema to refuse.
    const FindParams one =
        find("fields=title&limit=5&order=x", QueryConfig::retrieve(kSpecDefaults));
    QVERIFY(!one.isList);
    QVERIFY(!one.order.has_value());
    const std::string leftOver = R"({"limit":"5","order":"x"})";
    QCOMPARE(medusa::json::stringify(one.filters), leftOver);
    QCOMPARE(invalidDataMessage([] { find("fields[]=a,b"); }),
             std::string("Invalid request: Expected type: 'string' for field 'fields', got: "
                         "'array'"));
  }

  void booleanStrings() {
    QVERIFY(parseBooleanString(boost::json::value("TRUE")) == std::optional<bool>(true));
    QVERIFY(parseBooleanString(boost::json::value("False")) == std::optional<bool>(false));
    QVERIFY(parseBooleanString(boost::json::value(true)) == std::optional<bool>(true));
    QVERIFY(!parseBooleanString(boost::json::value("yes")).has_value());
    QVERIFY(!parseBooleanString(boost::json::value("")).has_value());
    QVERIFY(!parseBooleanString(boost::json::value(boost::json::array{"true"})).has_value());
  }
};

QTEST_APPLESS_MAIN(FindParamsTest)
#include "find_params_test.moc"
