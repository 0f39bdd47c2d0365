// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/storage_ptr.hpp>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "medusa/framework/entity_graph.h"
#include "medusa/framework/sql_runner.h"

namespace medusa::db {
class Pool;
}

namespace medusa::framework {

/// Sort direction of an OrderBy.
enum class SortDirection { Asc, Desc };

/// One ORDER BY term: a column of the entry entity, or `relation.column` of a to-one relation
/// inside its module.
struct OrderBy {
  std::string field{};
  SortDirection direction = SortDirection::Asc;
};

/// Parses Medusa's `order` query value: "-created_at" (descending), "title", "a,-b".
std::vector<OrderBy> parseOrder(std::string_view text);

/// limit/offset/order of the entry entity. Without order: created_at, then the primary key.
struct Pagination {
  std::optional<std::int64_t> limit{};
  std::int64_t offset = 0;
  std::vector<OrderBy> order{};
};

/// What an untrusted caller may reach through one graph query (the /store API). Query
/// enforces it while it builds the fields tree and compiles the filters:
/// - a field may cross only the relations and aliases named in `relations`, as paths from
///   the entry ("variants", "variants.options"); anything else is
///   Error{InvalidData, "Requested fields [path] are not valid"}, and so is a nested filter
///   through another relation (declared filter aliases such as `sales_channel_id` compare one
///   key and stay allowed). Computed fields and their dependencies are the module's business.
/// - wherever a related entity named in `scopes` is read, below the entry, its filters apply
///   (products: published and in the key's channels), so a relation never shows rows the
///   entity's own route would hide. The entry's rows are filtered by the route itself.
/// - soft-deleted rows stay hidden whatever `withDeleted` says, and the pattern operators
///   ($like, $ilike, $re: a sequential scan or a regular expression per row) are refused.
struct AccessPolicy {
  std::vector<std::string_view> relations{};
  /// entity name -> filters on it, compiled like GraphQuery::filters (cross-module keys too).
  std::vector<std::pair<std::string, boost::json::object>> scopes{};

  bool allows(std::string_view path) const;
  const boost::json::object* scopeOf(std::string_view entity) const;
};

/// query.graph({entity, fields, filters, pagination, withDeleted, context}).
struct GraphQuery {
  std::string entity{};
  /// Medusa field paths: "title", "variants.sku", "*variants" / "variants.*" (all scalars of
  /// the relation), "*" (all scalars of the entry), "sales_channels.name" (through a link),
  /// "variants.calculated_price" (computed). Empty means {"*"}. Unknown names are ignored.
  std::vector<std::string> fields{};
  /// Filters on the entry entity: {"status": "published", "id": ["a","b"],
  /// "created_at": {"$gte": "2024-01-01"}, "$or": [...], "q": "shirt",
  /// "variants": {"sku": "X"}, "sales_channel_id": "sc_1"}. Unknown keys -> InvalidData.
  boost::json::object filters{};
  Pagination pagination{};
  bool withDeleted = false;
  /// Per-field arguments for computed fields (`{"variants": {"calculated_price": {...}}}`)
  /// and shared values (`region_id`, `currency_code`).
  boost::json::object context{};
  /// Also count all matching entry rows (before limit/offset), for list envelopes.
  bool count = false;
  /// Throw Error{NotFound} `<Entity> id not found: <id>` when an `id` filter names an id that
  /// matches no row (Medusa's throwIfKeyNotFound).
  bool throwIfKeyNotFound = false;
  /// Non-empty: only relations of this module are visible (module services reading their
  /// own entities must not cross into links).
  std::string moduleScope{};
  /// Where the result's rows are allocated (default: the heap). A caller that is done with
  /// the rows before it returns, e.g. a route serialising them, can pass a
  /// boost::json::monotonic_resource it owns: the rows then cost no malloc/free each and are
  /// released at once, without walking the tree. The resource must outlive the rows.
  boost::json::storage_ptr storage{};
  /// Non-null for untrusted callers: see AccessPolicy.
  std::shared_ptr<const AccessPolicy> access{};
};

/// The rows, plus what a list envelope needs.
struct GraphResult {
  boost::json::array rows{};
  std::int64_t count = 0;  ///< total before limit/offset (GraphQuery::count), else rows.size()
  std::int64_t offset = 0;
  std::optional<std::int64_t> limit{};
  std::size_t statements = 0;  ///< SQL statements this call ran
};

/// Query, the read graph (API-CORE.md §6.3). Resolves a fields tree level by level with one
/// statement per relation node (`WHERE key = ANY($1)`) whatever the number of rows, crosses
/// modules only through link tables, and calls computed-field resolvers once per level.
/// Thread-safe once computed fields are registered.
class QueryEngine {
 public:
  /// Query over `graph`; statements go through `sql` (shared with repositories and links).
  QueryEngine(db::Pool& pool, std::shared_ptr<EntityGraph> graph, SqlRunner& sql);

  /// Runs a graph query in `tx` (or a transaction of its own).
  GraphResult graph(const GraphQuery& query, db::TxContext* tx = nullptr) const;

  /// Registers a computed field on `entity`. Startup only: after the first graph() call it
  /// throws Error{UnexpectedState} (the graph is then read concurrently).
  void registerComputedField(std::string_view entity, ComputedField field);

  /// The entity catalog.
  const EntityGraph& entities() const noexcept { return *m_graph; }
  /// The statement runner (its count() covers every framework statement).
  SqlRunner& sql() const noexcept { return m_sql; }

 private:
  GraphResult run(const GraphQuery& query, db::TxContext& tx) const;

  db::Pool& m_pool;
  std::shared_ptr<EntityGraph> m_graph;
  SqlRunner& m_sql;
  mutable std::atomic<bool> m_sealed{false};
};

}  // namespace medusa::framework
