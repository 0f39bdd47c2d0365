// SPDX-License-Identifier: MIT
// `user -e EMAIL -p PASSWORD`: the first admin, as Medusa's CLI creates it: an emailpass auth
// identity, then the create-user-account workflow (user + app_metadata.user_id). The identity is
// deleted again when the workflow fails, so the command is all-or-nothing.
#include <spdlog/spdlog.h>

#include <iostream>

#include "cli/commands.h"
#include "config/database_runtime.h"
#include "medusa/auth/auth_module_service.h"
#include "medusa/core/error.h"
#include "medusa/db/migration_runner.h"
#include "medusa/workflow/workflow_engine.h"
#include "modules/application.h"
#include "modules/module_list.h"
#include "workflows/user/workflows/create_user_account_workflow.h"

namespace medusa::server::cli {

namespace {

// The embedded database is ours to migrate; an external one must be migrated first.
void requireSchema(DatabaseRuntime& database) {
  db::MigrationRunner runner(database.pool(), allMigrations());
  if (database.isEmbedded()) {
    runner.migrate();
  } else if (!runner.pending().empty()) {
    throw Error(ErrorType::NotAllowed,
                "the database has pending migrations: run `medusa-server db:migrate` first");
  }
}

std::string createAccount(Application& application, const std::string& email,
                          const std::string& password) {
  auto& auth = application.services().resolve<auth::AuthModuleService>();
  const auto identity = auth.registerIdentity(email, password);
  try {
    const boost::json::object input{{"auth_identity_id", identity.id},
                                    {"user_data", boost::json::object{{"email", email}}}};
    const auto run = application.workflows().run(workflows::createUserAccountWorkflow, input);
    return std::string(run.value().at("id").as_string());
  } catch (...) {
    auth.deleteAuthIdentities({identity.id});
    throw;
  }
}

}  // namespace

int createUser(const Config& config, const std::string& email, const std::string& password) {
  try {
    DatabaseRuntime database(config);
    requireSchema(database);
    Application application(config, database.pool());
    const auto id = createAccount(application, email, password);
    std::cout << "Created admin user " << email << " (" << id << ")\n";
    return 0;
  } catch (const Error& e) {
    // The user module's unique e-mail (`User with email: x, already exists.`) or the auth
    // identity's.
    const bool duplicate = e.message().ends_with("already exists.") ||
                           e.message() == "Identity with email already exists";
    if (duplicate) {
      std::cerr << "medusa-server user: a user with e-mail " << email << " already exists\n";
    } else {
      std::cerr << "medusa-server user: " << e.message() << "\n";
    }
    return 1;
  }
}

}  // namespace medusa::server::cli
