// SPDX-License-Identifier: MIT
// Compensation of the collection, category, tag and type workflows on a real database: each
// runs nested in a workflow whose last step fails; the run must end `reverted` and the rows
// must be as before (titles, soft deletes, product collections and category links, ranks).
#include <QtTest>

#include <atomic>
#include <stdexcept>
#include <string>
#include <vector>

#include "medusa/core/error.h"
#include "medusa/product/product_module.h"
#include "medusa/product/product_module_service.h"
#include "medusa/workflow/workflow_engine.h"
#include "module_test_app.h"
#include "workflows/catalog/category/workflows/batch_link_products_to_category_workflow.h"
#include "workflows/catalog/category/workflows/create_product_categories_workflow.h"
#include "workflows/catalog/category/workflows/delete_product_categories_workflow.h"
#include "workflows/catalog/category/workflows/update_product_categories_workflow.h"
#include "workflows/catalog/collection/workflows/batch_link_products_to_collection_workflow.h"
#include "workflows/catalog/collection/workflows/create_collections_workflow.h"
#include "workflows/catalog/collection/workflows/delete_collections_workflow.h"
#include "workflows/catalog/collection/workflows/update_collections_workflow.h"
#include "workflows/catalog/product_tag/workflows/create_product_tags_workflow.h"
#include "workflows/catalog/product_tag/workflows/delete_product_tags_workflow.h"
#include "workflows/catalog/product_tag/workflows/update_product_tags_workflow.h"
#include "workflows/catalog/product_type/workflows/update_product_types_workflow.h"

namespace bj = boost::json;
namespace wf = medusa::workflow;
namespace flows = medusa::server::workflows::catalog;
using medusa::product::ProductModuleService;

namespace {

/// The step that fails after the workflow under test has done its work.
const auto kFailStep = wf::makeStep("fail-after", [](const bj::value&, wf::StepContext&) -> bj::value {
  throw medusa::Error(medusa::ErrorType::UnexpectedState, "injected failure");
});

const std::string kReverted = "reverted";

std::string str(const bj::value& value) { return std::string(value.as_string()); }

}  // namespace

class CatalogWorkflowsTest : public QObject {
  Q_OBJECT

  medusa::test::ModuleTestApp m_app;
  std::unique_ptr<wf::WorkflowEngine> m_engine;
  int m_runs = 0;

  const ProductModuleService& service() { return m_app.services->resolve<ProductModuleService>(); }

  /// Runs `workflow` nested in a fresh workflow that then fails; returns the final state.
  template <class In, class Out>
  std::string runThenFail(const wf::Workflow<In, Out>& workflow, In input) {
    const auto wrapper = wf::makeWorkflow(
        "catalog-test-" + std::to_string(++m_runs), [&workflow](const In& in, wf::Flow& flow) {
          flow.run(workflow, in);
          flow.run(kFailStep, bj::value(nullptr));
        });
    return std::string(wf::toString(m_engine->run(wrapper, input, {.throwOnError = false}).state));
  }

  bj::object row(std::string_view entity, const std::string& id, std::vector<std::string> fields) {
    auto rows = service().entity(entity).list(
        {.filters = {{"id", id}}, .fields = std::move(fields), .withDeleted = true});
    return rows.empty() ? bj::object{} : rows.at(0).as_object();
  }
  std::string create(std::string_view entity, bj::object data) {
    return str(service().entity(entity).create(data).at("id"));
  }
  std::string category(const std::string& name, bj::value parent = nullptr) {
    return str(service()
                   .createProductCategories(bj::array{bj::object{
                       {"name", name}, {"parent_category_id", parent}}})
                   .at(0)
                   .at("id"));
  }
  std::int64_t rank(const std::string& id) {
    return row("product_category", id, {"id", "rank"}).at("rank").as_int64();
  }

 private slots:
  void initTestCase() {
    m_app = medusa::test::makeModuleApp("catalog_workflows", {medusa::product::moduleDefinition()});
    m_engine = std::make_unique<wf::WorkflowEngine>(
        wf::WorkflowEngineOptions{.container = m_app.services});
  }

  void cleanupTestCase() { m_engine.reset(); }

  void collectionWorkflowsRevert() {
    const auto before = service().entity("product_collection").list({.withDeleted = true}).size();
    QCOMPARE(runThenFail(flows::createCollectionsWorkflow, bj::array{bj::object{{"title", "Gone"}}}),
             kReverted);
    QCOMPARE(service().entity("product_collection").list({.withDeleted = true}).size(), before);

    const auto id = create("product_collection", {{"title", "Kept"}, {"handle", "kept"}});
    QCOMPARE(runThenFail(flows::updateCollectionsWorkflow,
                         bj::object{{"selector", {{"id", id}}}, {"update", {{"title", "New"}}}}),
             kReverted);
    QCOMPARE(str(row("product_collection", id, {"id", "title"}).at("title")), std::string("Kept"));

    QCOMPARE(runThenFail(flows::deleteCollectionsWorkflow, std::vector<std::string>{id}),
             kReverted);
    QVERIFY(row("product_collection", id, {"id", "deleted_at"}).at("deleted_at").is_null());

    const auto other = create("product_collection", {{"title", "Other"}, {"handle", "other"}});
    const auto inOther = create("product", {{"title", "In other"}, {"handle", "in-other"},
                                            {"collection_id", other}});
    const auto loose = create("product", {{"title", "Loose"}, {"handle", "loose"}});
    QCOMPARE(runThenFail(flows::batchLinkProductsToCollectionWorkflow,
                         bj::object{{"id", id}, {"add", bj::array{inOther.c_str(), loose.c_str()}}}),
             kReverted);
    QCOMPARE(row("product", inOther, {"id", "collection_id"}).at("collection_id"), bj::value(other));
    QVERIFY(row("product", loose, {"id", "collection_id"}).at("collection_id").is_null());
  }

  void categoryWorkflowsRevert() {
    const auto a = category("Rev A");
    const auto b = category("Rev B");
    const auto c = category("Rev C");
    QCOMPARE(runThenFail(flows::createProductCategoriesWorkflow,
                         bj::array{bj::object{{"name", "First"}, {"rank", 0}}}),
             kReverted);
    QCOMPARE(rank(a), 0);
    QCOMPARE(rank(c), 2);

    // Moved under C first, then the move is undone: B is back between A and C.
    QCOMPARE(runThenFail(flows::updateProductCategoriesWorkflow,
                         bj::object{{"selector", {{"id", b}}},
                                    {"update", {{"parent_category_id", c}, {"rank", 0}}}}),
             kReverted);
    QVERIFY(row("product_category", b, {"id", "parent_category_id"}).at("parent_category_id")
                .is_null());
    QCOMPARE(rank(b), 1);
    QCOMPARE(rank(c), 2);

    QCOMPARE(runThenFail(flows::deleteProductCategoriesWorkflow, std::vector<std::string>{a}),
             kReverted);
    QVERIFY(row("product_category", a, {"id", "deleted_at"}).at("deleted_at").is_null());
    QCOMPARE(rank(a), 0);
    QCOMPARE(rank(b), 1);

    const auto linked = create("product", {{"title", "Linked"}, {"handle", "linked"}});
    const auto other = create("product", {{"title", "Other2"}, {"handle", "other2"}});
    service().addProductsToCategory(a, {linked});
    QCOMPARE(runThenFail(flows::batchLinkProductsToCategoryWorkflow,
                         bj::object{{"id", a},
                                    {"add", bj::array{other.c_str(), linked.c_str()}},
                                    {"remove", bj::array{linked.c_str()}}}),
             kReverted);
    const auto products =
        service().retrieveProductCategory(a, {.fields = {"id", "products.id"}}).at("products");
    QCOMPARE(products.as_array().size(), std::size_t(1));
    QCOMPARE(str(products.at(0).at("id")), linked);
  }

  void tagAndTypeWorkflowsRevert() {
    const auto tags = service().entity("product_tag").list({.withDeleted = true}).size();
    QCOMPARE(runThenFail(flows::createProductTagsWorkflow, bj::array{bj::object{{"value", "x"}}}),
             kReverted);
    QCOMPARE(service().entity("product_tag").list({.withDeleted = true}).size(), tags);

    const auto tag = create("product_tag", {{"value", "wool"}});
    QCOMPARE(runThenFail(flows::updateProductTagsWorkflow,
                         bj::object{{"selector", {{"id", tag}}}, {"update", {{"value", "silk"}}}}),
             kReverted);
    QCOMPARE(str(row("product_tag", tag, {"id", "value"}).at("value")), std::string("wool"));
    QCOMPARE(runThenFail(flows::deleteProductTagsWorkflow, std::vector<std::string>{tag}),
             kReverted);
    QVERIFY(row("product_tag", tag, {"id", "deleted_at"}).at("deleted_at").is_null());

    const auto type = create("product_type", {{"value", "shirt"}});
    QCOMPARE(runThenFail(flows::updateProductTypesWorkflow,
                         bj::object{{"selector", {{"id", type}}}, {"update", {{"value", "coat"}}}}),
             kReverted);
    QCOMPARE(str(row("product_type", type, {"id", "value"}).at("value")), std::string("shirt"));
  }
};

QTEST_GUILESS_MAIN(CatalogWorkflowsTest)
#include "catalog_workflows_test.moc"
