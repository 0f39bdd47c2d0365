// SPDX-License-Identifier: MIT
// The module registry: migrations in order, declaration checks, and modules booting their
// services into the workflow engine's ServiceContainer.
#include <QtTest>

#include "framework_test_helpers.h"
#include "medusa/db/migration_runner.h"
#include "medusa/workflow/service_container.h"
#include "test_services.h"

using namespace medusa;
using namespace medusa::test;
namespace bj = boost::json;

namespace {

/// A module service as the next issues will write them: CRUD from the base, rules by hand.
class SalesChannelModuleService : public framework::ModuleService {
 public:
  using ModuleService::ModuleService;

  bj::array createSalesChannels(const bj::array& data, db::TxContext* tx = nullptr) const {
    for (const auto& row : data) {
      if (row.as_object().if_contains("name") == nullptr) {
        throw Error(ErrorType::InvalidData, "A sales channel needs a name");
      }
    }
    return entity("sales_channel").create(data, tx);
  }
  bj::array listSalesChannels(const framework::FindOptions& options = {}) const {
    return entity("sales_channel").list(options);
  }
};

framework::ModuleDefinition bootingChannelModule() {
  auto module = channelModule();
  module.boot = [](framework::ModuleContext& context) {
    context.services()->registerService(std::make_shared<SalesChannelModuleService>(context));
  };
  return module;
}

std::unique_ptr<framework::ModuleRegistry> declared() {
  auto registry = std::make_unique<framework::ModuleRegistry>();
  registry->addModule(catalogModule());
  registry->addModule(bootingChannelModule());
  registry->addLink(productSalesChannelLink());
  return registry;
}

}  // namespace

class ModuleRegistryTest : public QObject {
  Q_OBJECT

 private slots:
  void listsMigrationsModulesFirstThenLinks() {
    QStringList names;
    for (const auto& migration : declared()->migrations()) {
      names << QString::fromStdString(migration.module + "/" + migration.name);
    }
    QCOMPARE(names, QStringList({"catalog/0001_create_catalog", "channel/0001_create_sales_channel",
                                 "link_product_sales_channel/0001_create_product_sales_channel"}));
  }

  void bootsModulesIntoTheContainer() {
    const auto url = createDatabase("fw_registry");
    db::Pool pool(db::PoolOptions{.url = url, .size = 2});
    auto registry = declared();
    db::MigrationRunner(pool, registry->migrations()).migrate();
    workflow::ServiceContainer container;
    registry->boot(pool, &container);
    const auto& channels = container.resolve<SalesChannelModuleService>();
    const auto created = channels.createSalesChannels(bj::array{bj::object{{"name", "Web"}}});
    QVERIFY(str(created.at(0), "id").startsWith("sc_"));
    QCOMPARE(channels.listSalesChannels().size(), 1u);
    const auto rule = errorOf([&] { channels.createSalesChannels(bj::array{bj::object{}}); });
    QCOMPARE(wire(rule->type()), wire(ErrorType::InvalidData));

    const auto linkables = registry->linkables("catalog");
    QCOMPARE(linkables.size(), 2u);
    QCOMPARE(QString::fromStdString(linkables[0]->idPrefix()), QString("prod"));
    QCOMPARE(QString::fromStdString(linkables[0]->table()), QString("product"));
    QCOMPARE(QString::fromStdString(linkables[0]->primaryKey()), QString("id"));
    QCOMPARE(linkables[0]->searchable().size(), 3u);
    const auto late = errorOf([&] { registry->addModule(stockModule()); });
    QCOMPARE(wire(late->type()), wire(ErrorType::UnexpectedState));
  }

  void refusesInconsistentDeclarations() {
    db::Pool pool(db::PoolOptions{.url = services().databaseUrl, .size = 1});
    const auto bootError = [&](auto configure) {
      framework::ModuleRegistry registry;
      configure(registry);
      const auto error = errorOf([&] { registry.boot(pool); });
      return error ? QString::fromStdString(error->message()) : QString();
    };
    // Not linkable: the catalog module only exposes product and product_variant.
    auto message = bootError([](framework::ModuleRegistry& r) {
      r.addModule(catalogModule());
      r.addModule(channelModule());
      auto link = productSalesChannelLink();
      link.left.entity = "product_option";
      r.addLink(link);
    });
    QVERIFY2(message.contains("not linkable"), qPrintable(message));
    // A relation may not reach into another module: that is what links are for.
    message = bootError([](framework::ModuleRegistry& r) {
      auto catalog = catalogModule();
      catalog.entities[0].relations.push_back({.name = "channel",
                                               .kind = framework::RelationKind::BelongsTo,
                                               .target = "sales_channel",
                                               .foreignKey = "collection_id"});
      r.addModule(catalog);
      r.addModule(channelModule());
    });
    QVERIFY2(message.contains("not an entity of module 'catalog'"), qPrintable(message));
    // Entity names are global; field names are unique per entity.
    message = bootError([](framework::ModuleRegistry& r) {
      auto other = channelModule();
      other.name = "other";
      r.addModule(channelModule());
      r.addModule(other);
    });
    QVERIFY2(message.contains("declared twice"), qPrintable(message));
    message = bootError([](framework::ModuleRegistry& r) {
      r.addModule(catalogModule());
      r.addAlias("product", {"title", {"variants"}});
    });
    QVERIFY2(message.contains("'title' exists"), qPrintable(message));
    const auto badName = errorOf([] {
      framework::EntitySchema({.name = "product", .columns = {{"title; DROP"}}}, "catalog");
    });
    QCOMPARE(wire(badName->type()), wire(ErrorType::InvalidArgument));
  }
};

QTEST_GUILESS_MAIN(ModuleRegistryTest)
#include "module_registry_test.moc"
