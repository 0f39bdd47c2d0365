// SPDX-License-Identifier: MIT
// Runs crash_workflow.h's workflow on the PostgreSQL store of the database given as argument;
// step 2 blocks forever, so the process only ends when workflow_crash_recovery_test kills it.
#include <cstdio>
#include <memory>

#include "crash_workflow.h"
#include "medusa/workflow/postgres_workflow_execution_store.h"
#include "medusa/workflow/workflow_engine.h"

int main(int argc, char** argv) {
  using namespace medusa::workflow;
  if (argc != 2) {
    std::fprintf(stderr, "usage: crash_runner <database url>\n");
    return 2;
  }
  auto pool = std::make_shared<medusa::db::Pool>(medusa::db::PoolOptions{argv[1]});
  auto container = std::make_shared<ServiceContainer>();
  container->registerService(pool);
  WorkflowEngine engine(
      {.container = container, .store = std::make_shared<PostgresWorkflowExecutionStore>(*pool)});
  engine.run(test::crashWorkflow, "crash",
             {.transactionId = std::string(test::kCrashTransactionId)});
  return 1;  // not reached: step 2 never returns
}
