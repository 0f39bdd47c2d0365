// SPDX-License-Identifier: MIT
// The product form: loading a product, dirty tracking, the body sent on save (Medusa's shape:
// options with values, variants with option maps and prices per currency, ids kept on edit),
// validation before anything is sent, and the variants grid under QAbstractItemModelTester.
#include "editors/product_editor.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include "fixture_server.h"

using namespace medusa::admin;
using medusa::admin::test::FixtureServer;

namespace {

QJsonObject variantTitled(const QJsonArray& variants, const QString& title) {
  for (const auto& v : variants) {
    if (v.toObject().value("title").toString() == title) return v.toObject();
  }
  return {};
}

}  // namespace

class ProductEditorTest : public QObject {
  Q_OBJECT

  std::unique_ptr<FixtureServer> m_fixture;
  std::unique_ptr<ApiClient> m_client;
  std::unique_ptr<ProductEditor> m_editor;

 private slots:
  void init() {
    m_fixture = std::make_unique<FixtureServer>(0);
    m_client = std::make_unique<ApiClient>();
    m_client->setBaseUrl(QUrl(m_fixture->url()));
    m_client->setToken(FixtureServer::kToken);
    m_editor = std::make_unique<ProductEditor>();
    m_editor->setProperty("client", QVariant::fromValue(m_client.get()));
    new QAbstractItemModelTester(m_editor->variants(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_editor.get());
  }

  void loadFillsTheFormAndIsClean() {
    QSignalSpy loaded(m_editor.get(), &ProductEditor::loaded);
    m_editor->load("prod_shirt");
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(m_editor->title(), QString("Medusa T-Shirt"));
    QCOMPARE(m_editor->status(), QString("published"));
    QCOMPARE(m_editor->collectionId(), QString("pcol_summer"));
    QCOMPARE(m_editor->categoryIds(), QStringList{"pcat_shirts"});
    QCOMPARE(m_editor->salesChannelIds(), QStringList{"sc_default"});
    QCOMPARE(m_editor->imageUrls(), QStringList{"https://example.com/tee-front.png"});
    QCOMPARE(m_editor->metadata().first().toMap().value("value"), QVariant("cotton"));
    QCOMPARE(m_editor->options().first().toMap().value("valuesText"), QVariant("S, M"));
    QCOMPARE(m_editor->variants()->count(), 2);
    const auto prices = m_editor->variants()
                            ->data(m_editor->variants()->index(0), VariantGridModel::PricesRole)
                            .toMap();
    QCOMPARE(prices.value("usd"), QVariant("15"));
    QVERIFY(m_editor->currencies().contains("usd"));
    QVERIFY(!m_editor->dirty());
  }

  void editsMakeItDirtyAndSaveSendsMedusasShape() {
    QSignalSpy loaded(m_editor.get(), &ProductEditor::loaded);
    m_editor->load("prod_shirt");
    QTRY_COMPARE(loaded.count(), 1);
    m_editor->variants()->setField(1, "sku", "SHIRT-M2");
    QVERIFY(m_editor->dirty());
    m_editor->variants()->setPrice(1, "usd", "12,50");
    m_editor->togglePublished();
    QSignalSpy saved(m_editor.get(), &ProductEditor::saved);
    m_editor->save();
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY(!m_editor->dirty());
    const auto request = m_fixture->requests().last();
    QCOMPARE(request.method, QString("POST"));
    QCOMPARE(request.path, QString("/admin/products/prod_shirt"));
    const auto body = request.body;
    QCOMPARE(body.value("status").toString(), QString("draft"));
    QCOMPARE(body.value("options").toArray().first().toObject().value("id").toString(),
             QString("opt_size"));
    const auto m = variantTitled(body.value("variants").toArray(), "M");
    QCOMPARE(m.value("id").toString(), QString("variant_m"));
    QCOMPARE(m.value("sku").toString(), QString("SHIRT-M2"));
    QCOMPARE(m.value("options").toObject().value("Size").toString(), QString("M"));
    const auto prices = m.value("prices").toArray();
    QCOMPARE(prices.size(), 2);  // the region price is not part of the grid
    for (const auto& p : prices) {
      const auto price = p.toObject();
      if (price.value("currency_code") == "usd") {
        QCOMPARE(price.value("amount").toDouble(), 12.5);
        QVERIFY(!price.contains("id"));
      } else {
        QCOMPARE(price.value("id").toString(), QString("price_m_eur"));
      }
    }
    QCOMPARE(body.value("sales_channels").toArray().first().toObject().value("id").toString(),
             QString("sc_default"));
    QCOMPARE(body.value("metadata").toObject().value("material").toString(), QString("cotton"));
  }

  void newProductWithGeneratedVariants() {
    m_editor->reset();
    m_editor->setTitle("Hoodie");
    m_editor->addOption("Size", "S, M, M");
    m_editor->addOption("Color", "Black,White");
    QCOMPARE(m_editor->options().first().toMap().value("values").toStringList(),
             QStringList({"S", "M"}));
    m_editor->generateVariants();
    QCOMPARE(m_editor->variants()->count(), 4);
    for (int row = 0; row < 4; ++row) m_editor->variants()->setPrice(row, "eur", "49.90");
    m_editor->variants()->setField(0, "sku", "HOODIE-S-BLACK");
    m_editor->toggleSalesChannel("sc_default", true);
    QSignalSpy saved(m_editor.get(), &ProductEditor::saved);
    m_editor->save();
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(m_editor->productId(), QString("prod_new"));
    const auto body = m_fixture->requests().last().body;
    QCOMPARE(m_fixture->requests().last().path, QString("/admin/products"));
    QVERIFY(!body.contains("subtitle"));  // empty fields are left to Medusa's defaults
    QCOMPARE(body.value("options").toArray().size(), 2);
    const auto variants = body.value("variants").toArray();
    QCOMPARE(variants.size(), 4);
    const auto first = variants.first().toObject();
    QCOMPARE(first.value("title").toString(), QString("Black / S"));
    QCOMPARE(first.value("options").toObject().value("Color").toString(), QString("Black"));
    QCOMPARE(first.value("prices").toArray().first().toObject().value("amount").toDouble(), 49.9);
    // Saved: the variants now carry the ids the server gave them.
    QVERIFY(!m_editor->variants()->variants().first().id.isEmpty());
  }

  void variantsWithoutOptionsGetMedusasDefaultOption() {
    ProductForm form;
    form.title = "Gift card";
    form.variants.append(VariantForm{.id = {},
                                     .title = "Default",
                                     .sku = {},
                                     .manageInventory = false,
                                     .options = {},
                                     .prices = {{"eur", "25"}},
                                     .priceIds = {}});
    const auto body = productBodyFrom(form);
    QCOMPARE(body.value("options").toArray().first().toObject().value("title").toString(),
             QString("Default option"));
    QCOMPARE(body.value("variants")
                 .toArray()
                 .first()
                 .toObject()
                 .value("options")
                 .toObject()
                 .value("Default option")
                 .toString(),
             QString("Default option value"));
  }

  void invalidFormsAreNotSent() {
    m_editor->reset();
    const auto before = m_fixture->requests().size();
    m_editor->save();
    QCOMPARE(m_editor->errorString(), QString("Title is required."));
    m_editor->setTitle("Cap");
    m_editor->addOption("Size", "One size");
    m_editor->variants()->addVariant("Cap");
    m_editor->save();
    QCOMPARE(m_editor->errorString(),
             QString("Variant \"Cap\" needs a value for option \"Size\"."));
    m_editor->variants()->setOptionValue(0, "Size", "One size");
    m_editor->variants()->setPrice(0, "eur", "ten");
    m_editor->save();
    QCOMPARE(m_editor->errorString(),
             QString("Variant \"Cap\": \"ten\" is not a valid EUR price."));
    QCOMPARE(m_fixture->requests().size(), before);
    double amount = 0;
    QVERIFY(parseAmount(" 19,99 ", &amount));
    QCOMPARE(amount, 19.99);
    QVERIFY(!parseAmount("-1", &amount));
  }

  void serverRejectionShowsItsMessage() {
    m_fixture->route("POST", "/admin/products", [](const auto&) {
      return medusa::admin::test::FixtureResponse{
          422,
          {{"type", "duplicate_error"}, {"message", "Product with handle hoodie already exists."}}};
    });
    m_editor->reset();
    m_editor->setTitle("Hoodie");
    m_editor->save();
    QTRY_COMPARE(m_editor->errorString(), QString("Product with handle hoodie already exists."));
    QVERIFY(m_editor->dirty());  // nothing was lost
  }
};

QTEST_GUILESS_MAIN(ProductEditorTest)
#include "product_editor_test.moc"
