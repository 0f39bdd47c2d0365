// SPDX-License-Identifier: MIT
// parseQueryString against qs: every expected value below was produced by qs 6.12.1 (the version
// Medusa v2.10.3 resolves) with qs.parse(query, {arrayLimit: Infinity}), as Medusa calls it.
#include "http/query/qs_parser.h"

#include <QtTest>
#include <stdexcept>
#include <string>

#include "medusa/core/json.h"

using medusa::http::parseQueryString;

namespace {

std::string parsed(std::string_view query) {
  return medusa::json::stringify(parseQueryString(query));
}

void row(const char* name, const char* query, const char* expected) {
  QTest::newRow(name) << QByteArray(query) << QByteArray(expected);
}

}  // namespace

class QsParserTest : public QObject {
  Q_OBJECT

 private slots:
  void matchesQs_data() {
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("expected");
    // API-CORE.md section 1.2, then qs's edge cases. (moc 6.4 mis-lexes raw strings holding
    // unbalanced brackets, so those rows use plain literals.)
    row("scalar", R"(a=1)", R"({"a":"1"})");
    row("repeated key", R"(a=1&a=2)", R"({"a":["1","2"]})");
    row("empty brackets", R"(a[]=1&a[]=2)", R"({"a":["1","2"]})");
    row("sdk indexed form", R"(id%5B0%5D=x&id%5B1%5D=y)", R"({"id":["x","y"]})");
    row("lowercase escapes", R"(a%5b0%5d=x)", R"({"a":["x"]})");
    row("indexed", R"(a[0]=x&a[1]=y)", R"({"a":["x","y"]})");
    row("nested object", R"(a[b]=1)", R"({"a":{"b":"1"}})");
    row("operator object", R"(created_at[$gte]=2024-01-01&created_at[$lt]=2025-01-01)",
        R"({"created_at":{"$gte":"2024-01-01","$lt":"2025-01-01"}})");
    row("object in array", R"(a[0][b]=1&a[1][b]=2)", R"({"a":[{"b":"1"},{"b":"2"}]})");
    row("same index merges", R"(a[0][b]=1&a[0][c]=2)", R"({"a":[{"b":"1","c":"2"}]})");
    row("plus is space", R"(q=red+shirt&+k+=+v+)", R"({"q":"red shirt"," k ":" v "})");
    row("percent decoding", R"(q=caf%C3%A9%20%26%20%2B&e=%F0%9F%98%80)",
        R"({"q":"café & +","e":"😀"})");
    row("key without value", R"(a&b=)", R"({"a":"","b":""})");
    row("only equals", R"(=x&c)", R"({"c":""})");
    row("empty parts", R"(&&a=1&&)", R"({"a":"1"})");
    row("value keeps equals", R"(a=b=c)", R"({"a":"b=c"})");
    row("depth five", R"(a[b][c][d][e][f]=x)", R"({"a":{"b":{"c":{"d":{"e":{"f":"x"}}}}}})");
    row("deeper keeps remainder", R"(a[b][c][d][e][f][g][h]=x)",
        R"({"a":{"b":{"c":{"d":{"e":{"f":{"[g][h]":"x"}}}}}}})");
    row("sparse compacted", R"(a[1]=b&a[15]=c)", R"({"a":["b","c"]})");
    row("order of indices", R"(a[15]=c&a[1]=b)", R"({"a":["b","c"]})");
    row("huge index still array", R"(a[1000000]=x)", R"({"a":["x"]})");
    row("push then index", R"(a[]=1&a[0]=2)", R"({"a":["1","2"]})");
    row("index then push", R"(a[0]=2&a[]=1)", R"({"a":["2","1"]})");
    row("hole filled by push", R"(a[1]=x&a[]=y)", R"({"a":["y","x"]})");
    row("array then named key", R"(a[0]=1&a[x]=2)", R"({"a":{"0":"1","x":"2"}})");
    row("named then index", R"(a[x]=2&a[0]=1)", R"({"a":{"0":"1","x":"2"}})");
    row("object then plain", R"(a[b]=1&a=2)", R"({"a":{"2":true,"b":"1"}})");
    row("plain then object", R"(a=2&a[b]=1)", R"({"a":["2",{"b":"1"}]})");
    row("object then two plains", R"(a[z]=w&a=x&a=y)", R"({"a":{"0":"x","1":"y","z":"w"}})");
    row("index then plain", R"(a[0]=x&a=y)", R"({"a":["x","y"]})");
    row("same key twice in object", R"(a[b]=1&a[c]=2&a[b]=3)", R"({"a":{"b":["1","3"],"c":"2"}})");
    row("empty source ignored", R"(a[b]=1&a[b]c=)", R"({"a":{"b":"1"}})");
    row("empty target kept", R"(a[b]=&a[b]c=1)", R"({"a":{"b":["","1"]}})");
    row("string then deeper", R"(a[b]=c&a[b][d]=e)", R"({"a":{"b":["c",{"d":"e"}]}})");
    row("deeper then string", R"(a[b][d]=e&a[b]=c)", R"({"a":{"b":{"d":"e","c":true}}})");
    row("nested push", R"(x[a][]=1&x[a][]=2)", R"({"x":{"a":["1","2"]}})");
    row("push of objects", R"(a[][b]=1&a[][c]=2)", R"({"a":[{"b":"1","c":"2"}]})");
    row("double push flattens", R"(a[][]=1)", R"({"a":["1"]})");
    row("index then push inner", R"(a[0][]=1)", R"({"a":[["1"]]})");
    row("not an index", R"(a[-1]=x&a[01]=y&a[ 1]=z)", R"({"a":{"-1":"x","01":"y"," 1":"z"}})");
    row("numeric top keys first", R"(x=1&2=b&1=a&y=2)", R"({"1":"a","2":"b","x":"1","y":"2"})");
    row("numeric keys in object", R"(a[x]=2&a[1]=y&a[0]=z)", R"({"a":{"0":"z","1":"y","x":"2"}})");
    row("leading bracket", R"([a]=1&[]=2)", R"({"0":"2","a":"1"})");
    row("text between groups ignored", R"(a[b]c[d]=1)", R"({"a":{"b":{"d":"1"}}})");
    row("unclosed bracket", "a[b=1", "{\"a[b\":\"1\"}");
    row("inner bracket", "a[[b]]=1", "{\"a[\":{\"b\":\"1\"}}");
    row("stray close", "a]=1", "{\"a]\":\"1\"}");
    row("bracket equals split", "a=b]=c", "{\"a=b]\":\"c\"}");
    row("encoded brackets in value", "a=b%5D=c", "{\"a\":\"b]=c\"}");
    row("prototype keys dropped",
        R"(toString=1&a[hasOwnProperty]=2&__proto__[x]=3&b[constructor]=4&ok=1)", R"({"ok":"1"})");
    row("prototype value not a key", R"(a[b]=1&a=toString)", R"({"a":{"b":"1"}})");
    row("bad escape kept raw", R"(a=%zz+1&b=%41)", R"({"a":"%zz 1","b":"A"})");
    row("truncated escape kept raw", R"(a=%E0%A4%A&b=%)", R"({"a":"%E0%A4%A","b":"%"})");
    row("lone surrogate kept raw", R"(a=%ED%A0%80)", R"({"a":"%ED%A0%80"})");
    row("overlong kept raw", R"(a=%C0%AF)", R"({"a":"%C0%AF"})");
    row("commas untouched", R"(fields=a,b&fields2[]=c,d)", R"({"fields":"a,b","fields2":["c,d"]})");
    row("semicolon not a separator", R"(a=b;c=d)", R"({"a":"b;c=d"})");
    row("double encoded", R"(a%255B0%255D=1)", R"({"a%5B0%5D":"1"})");
    row("remainder brackets", R"(a[1][2][3][4][5][]=x)", R"({"a":[[[[[{"[]":"x"}]]]]]})");
    row("big index is a property", R"(a[b]=y&a[4294967295]=x)",
        R"({"a":{"b":"y","4294967295":"x"}})");
    row("big index alone", R"(a[4294967295]=x)", R"({"a":[]})");
    row("unsafe integer is a key", R"(a[9007199254740993]=x)", R"({"a":{"9007199254740993":"x"}})");
  }

  void matchesQs() {
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, expected);
    // Serialised, so that key order (JS order: array-index keys first) is compared too.
    QCOMPARE(parsed(query.toStdString()), expected.toStdString());
  }

  void emptyInputGivesEmptyObject() {
    QVERIFY(parseQueryString("").empty());
    QVERIFY(parseQueryString("&").empty());
  }

  void keepsOnlyTheFirstThousandParameters() {
    std::string query;
    for (int i = 0; i < 1001; ++i) query += "k" + std::to_string(i) + "=v&";
    const auto object = parseQueryString(query);
    QCOMPARE(object.size(), std::size_t{1000});
    QVERIFY(object.contains("k999"));
    QVERIFY(!object.contains("k1000"));
    // Empty parts count towards the limit as well, as in qs.
    QVERIFY(parseQueryString(std::string(1000, '&') + "late=1").empty());
  }

  void repeatedKeysBeyondTheLimitAreOneParameter() {
    std::string query;
    for (int i = 0; i < 1500; ++i) query += "id[]=" + std::to_string(i) + "&";
    const auto object = parseQueryString(query);
    QCOMPARE(object.at("id").as_array().size(), std::size_t{1000});  // arrayLimit: Infinity
  }

  void decodesEverythingDecodeUriComponentDoes() {
    const std::string reserved = R"({"k=x":"=&#/?"})";
    QCOMPARE(parsed("k%3Dx=%3D%26%23%2F%3F"), reserved);
    const std::string utf8 = R"({"e":"€","raw":"é"})";  // raw bytes pass through untouched
    QCOMPARE(parsed("e=%e2%82%ac&raw=\xC3\xA9"), utf8);
  }

  void throwsWhereQsThrows() {
    // qs builds a JS array of length 2^32 here and fails with a RangeError (a 500 in Medusa).
    QVERIFY_THROWS_EXCEPTION(std::length_error, parseQueryString("a[4294967294]=x&a=y"));
    QVERIFY_THROWS_EXCEPTION(std::length_error, parseQueryString("a=s&a[4294967294]=x"));
    const std::string longest = R"({"a":["x","y"]})";
    QCOMPARE(parsed("a[4294967293]=x&a=y"), longest);
  }
};

QTEST_APPLESS_MAIN(QsParserTest)
#include "qs_parser_test.moc"
