// SPDX-License-Identifier: MIT
// Hooks: handlers get the payload with additional_data, may abort, have their own compensation.
#include <QtTest>
#include <memory>
#include <string>
#include <vector>

#include "medusa/workflow/workflow_engine.h"
#include "recording_database.h"

using namespace medusa::workflow;
using medusa::Error;
using medusa::ErrorType;
using test::Faults;
using test::RecordingDatabase;
namespace json = medusa::json;

namespace {

struct CreateThingsInput {
  std::string name;
  json::value additional_data;
};
void tag_invoke(const boost::json::value_from_tag&, boost::json::value& out,
                const CreateThingsInput& in) {
  out = {{"name", in.name}, {"additional_data", in.additional_data}};
}
CreateThingsInput tag_invoke(const boost::json::value_to_tag<CreateThingsInput>&,
                             const boost::json::value& in) {
  return {boost::json::value_to<std::string>(in.at("name")), in.at("additional_data")};
}

struct ThingsCreated {
  std::vector<std::string> things;
  json::value additional_data;
};

const auto createThing = test::rowStep("create-thing");
const auto afterHook = test::rowStep("after-hook");
const auto thingsCreated = makeHook<ThingsCreated>("create-things", "thingsCreated");

const auto createThings =
    makeWorkflow("create-things", [](const CreateThingsInput& in, Flow& flow) {
      const auto thing = flow.run(createThing, in.name);
      flow.hook(thingsCreated, ThingsCreated{{thing}, in.additional_data});
      flow.run(afterHook, in.name + "-after");
      return thing;
    });

// What handlers saw.
struct Seen {
  std::vector<ThingsCreated> payloads;
};

CreateThingsInput input(const std::string& name) {
  return {name, json::object{{"brand", "acme"}}};
}

}  // namespace

class WorkflowHookTest : public QObject {
  Q_OBJECT

 private slots:
  void handlerGetsPayloadWithAdditionalData() {
    auto container = test::testContainer();
    container->registerService(std::make_shared<Seen>());
    WorkflowEngine engine({.container = container});
    engine.registerHook(thingsCreated, [](const ThingsCreated& payload, StepContext& ctx) {
      ctx.resolve<Seen>().payloads.push_back(payload);
    });
    QCOMPARE(engine.run(createThings, input("t1")).value(), std::string("t1"));
    const auto& seen = container->resolve<Seen>().payloads;
    QCOMPARE(seen.size(), std::size_t(1));
    QCOMPARE(seen[0].things, std::vector<std::string>{"t1"});
    QCOMPARE(seen[0].additional_data, json::value(json::object{{"brand", "acme"}}));
  }

  void unregisteredHookDoesNothing() {
    auto container = test::testContainer();
    WorkflowEngine engine({.container = container});
    const auto result = engine.run(createThings, input("t2"));
    QVERIFY(result.done());
    const auto record = engine.execution("create-things", result.transactionId);
    QVERIFY(!record->findStep("thingsCreated"));
    QCOMPARE(container->resolve<RecordingDatabase>().count("insert t2-after"), 1L);
  }

  void throwingHandlerAbortsAndCompensates() {
    auto container = test::testContainer();
    WorkflowEngine engine({.container = container});
    engine.registerHook(thingsCreated, [](const ThingsCreated&, StepContext&) {
      throw Error(ErrorType::NotAllowed, "brand acme is blocked");
    });
    try {
      engine.run(createThings, input("t3"));
      QFAIL("the workflow succeeded");
    } catch (const Error& e) {
      QCOMPARE(e.message(), std::string("brand acme is blocked"));
    }
    const auto& db = container->resolve<RecordingDatabase>();
    QCOMPARE(db.count("delete t3"), 1L);
    QCOMPARE(db.count("insert t3-after"), 0L);
    QVERIFY(db.rows().empty());
  }

  void hookCompensationRunsWhenALaterStepFails() {
    auto container = test::testContainer();
    container->resolve<Faults>().failInvokeOf("after-hook");
    WorkflowEngine engine({.container = container});
    engine.registerHook(
        thingsCreated,
        [](const ThingsCreated& payload, StepContext& ctx) {
          const auto extra = payload.things.at(0) + "-extension";
          ctx.resolve<RecordingDatabase>().insert(extra);
          return StepResponse{Empty{}, extra};
        },
        [](const std::string& extra, StepContext& ctx) {
          ctx.resolve<RecordingDatabase>().erase(extra);
        });
    QVERIFY_THROWS_EXCEPTION(Error, engine.run(createThings, input("t4")));
    const auto& db = container->resolve<RecordingDatabase>();
    const std::vector<std::string> deleted{"delete t4-extension", "delete t4"};
    QCOMPARE(db.logOf("delete "), deleted);
    QVERIFY(db.rows().empty());
  }

  void secondHandlerIsRejected() {
    WorkflowEngine engine;
    auto handler = [](const ThingsCreated&, StepContext&) {};
    engine.registerHook(thingsCreated, handler);
    try {
      engine.registerHook(thingsCreated, handler);
      QFAIL("a second handler was accepted");
    } catch (const Error& e) {
      QCOMPARE(e.message(),
               std::string("Cannot define multiple hook handlers for the thingsCreated hook"));
    }
  }
};

QTEST_APPLESS_MAIN(WorkflowHookTest)
#include "workflow_hook_test.moc"
