// SPDX-License-Identifier: MIT
#pragma once

namespace medusa::framework {
class QueryEngine;
}
namespace medusa::workflow {
class WorkflowEngine;
}

namespace medusa::api {

/// What a route family needs from the application: Query for reads (and refetch after a
/// write) and the workflow engine for writes. Routes never reach module services or SQL.
/// Two references: handlers capture it by value.
struct RouteScope {
  const framework::QueryEngine& query;
  workflow::WorkflowEngine& workflows;
};

}  // namespace medusa::api
