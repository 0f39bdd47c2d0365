// SPDX-License-Identifier: MIT
// create-remote-links and dismiss-remote-links on the framework's test modules: a workflow that
// fails after the link step leaves the links exactly as before (extra columns included).
#include <QtTest>
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <memory>
#include <string>

#include "../framework/framework_test_helpers.h"
#include "medusa/workflow/workflow_engine.h"
#include "workflows/common/steps/create_remote_links_step.h"
#include "workflows/common/steps/dismiss_remote_links_step.h"

using namespace medusa;
using namespace medusa::test;
using medusa::server::workflows::createRemoteLinksStep;
using medusa::server::workflows::dismissRemoteLinksStep;
namespace bj = boost::json;
namespace wf = medusa::workflow;

namespace {

const auto failStep = wf::makeStep("fail-after-links", [](const bool& fail, wf::StepContext&) {
  if (fail) throw Error(ErrorType::InvalidData, "fails after the link step");
  return true;
});

// Input: {"links": [...Medusa's form], "fail": bool}.
const auto createLinksWorkflow =
    wf::makeWorkflow("test-create-links", [](const bj::object& in, wf::Flow& flow) {
      auto created = flow.run(createRemoteLinksStep, in.at("links").as_array());
      flow.run(failStep, in.at("fail").as_bool());
      return created;
    });

const auto dismissLinksWorkflow =
    wf::makeWorkflow("test-dismiss-links", [](const bj::object& in, wf::Flow& flow) {
      auto dismissed = flow.run(dismissRemoteLinksStep, in.at("links").as_array());
      flow.run(failStep, in.at("fail").as_bool());
      return dismissed;
    });

/// A transaction state's wire name, for QCOMPARE.
std::string stateOf(wf::TransactionState state) {
  return std::string(wf::toString(state));
}

}  // namespace

class LinkStepsTest : public QObject {
  Q_OBJECT

 private:
  TestApp m_app;
  std::unique_ptr<wf::WorkflowEngine> m_engine;
  std::string m_product, m_channel, m_variant, m_item;

  std::string create(const char* entity, bj::object row) const {
    return m_app.service(entity).create(row).at("id").as_string().c_str();
  }

  bj::array productChannel() const {
    return {bj::object{{"catalog", {{"product_id", m_product}}},
                       {"channel", {{"sales_channel_id", m_channel}}}}};
  }

  bj::array bothLinks() const {
    auto links = productChannel();
    links.push_back(bj::object{{"catalog", {{"variant_id", m_variant}}},
                               {"stock", {{"inventory_item_id", m_item}}}});
    return links;
  }

  template <class In, class Out>
  wf::RunResult<Out> run(const wf::Workflow<In, Out>& workflow, bj::array links, bool fail) {
    return m_engine->run(workflow, bj::object{{"links", std::move(links)}, {"fail", fail}},
                         {.throwOnError = false});
  }

 private slots:
  void initTestCase() {
    m_app = makeApp("wf_link_steps");
    auto container = std::make_shared<wf::ServiceContainer>();
    container->registerService(m_app.registry->linksShared());
    m_engine =
        std::make_unique<wf::WorkflowEngine>(wf::WorkflowEngineOptions{.container = container});
  }

  void cleanupTestCase() { m_engine.reset(); }

  void init() {
    truncateAll(m_app);
    m_product = create("product", {{"title", "Hat"}, {"handle", "hat"}});
    m_channel = create("sales_channel", {{"name", "Web"}});
    m_variant =
        create("product_variant", {{"title", "V"}, {"sku", "V-1"}, {"product_id", m_product}});
    m_item = create("inventory_item", {{"sku", "V-1"}});
  }

  void createdLinksStayWhenTheWorkflowSucceeds() {
    const auto result = run(createLinksWorkflow, productChannel(), false);
    QCOMPARE(result.value().size(), 1u);
    QCOMPARE(m_app.links().list("product_sales_channel").size(), 1u);
  }

  void createdLinksAreDismissedWhenALaterStepFails() {
    const auto result = run(createLinksWorkflow, bothLinks(), true);
    QCOMPARE(stateOf(result.state), std::string("reverted"));
    QCOMPARE(m_app.links().list("product_sales_channel").size(), 0u);
    QCOMPARE(m_app.links().list("product_variant_inventory_item").size(), 0u);
  }

  void dismissedLinksStayGoneWhenTheWorkflowSucceeds() {
    m_app.links().create(productChannel());
    const auto result = run(dismissLinksWorkflow, productChannel(), false);
    QCOMPARE(result.value().size(), 1u);
    QCOMPARE(m_app.links().list("product_sales_channel").size(), 0u);
  }

  void dismissedLinksComeBackWithTheirExtrasWhenALaterStepFails() {
    m_app.links().create(productChannel());
    m_app.links().create("product_variant_inventory_item",
                         {{m_variant, m_item, {{"required_quantity", 3}}}});
    const auto result = run(dismissLinksWorkflow, bothLinks(), true);
    QCOMPARE(stateOf(result.state), std::string("reverted"));
    const auto channels = m_app.links().list("product_sales_channel");
    QCOMPARE(channels.size(), 1u);
    QCOMPARE(str(channels.at(0), "product_id"), QString::fromStdString(m_product));
    const auto items = m_app.links().list("product_variant_inventory_item");
    QCOMPARE(items.size(), 1u);
    QCOMPARE(text(items.at(0).at("required_quantity")), QString("3"));
  }
};

QTEST_APPLESS_MAIN(LinkStepsTest)
#include "link_steps_test.moc"
