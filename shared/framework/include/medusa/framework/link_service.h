// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "medusa/framework/link.h"
#include "medusa/framework/query_engine.h"
#include "medusa/framework/repository.h"

namespace medusa::framework {

/// Two linked keys (left and right as in the LinkDefinition) and the extra columns.
struct LinkPair {
  std::string left{};
  std::string right{};
  boost::json::object data{};
};

/// Creates, dismisses and lists the rows of link tables (Medusa's Link / remoteLink). What the
/// `create-remote-links` / `dismiss-remote-links` steps call; both are batch operations, one
/// statement per link table, and safe to repeat (creating an existing live pair updates its
/// extra columns; dismissing an absent pair does nothing), so compensations can run twice.
class LinkService {
 public:
  /// A service over `links` (normalized here); `query` must know their link entities.
  LinkService(db::Pool& pool, const QueryEngine& query, std::vector<LinkDefinition> links);

  /// Creates links of `link` (its table name). Returns the link rows.
  boost::json::array create(std::string_view link, const std::vector<LinkPair>& pairs,
                            db::TxContext* tx = nullptr) const;
  /// Medusa's form: [{"product": {"product_id": "prod_1"},
  ///                  "sales_channel": {"sales_channel_id": "sc_1"}, "data": {..}}] — keys are
  /// module names, inner keys the link columns. Throws Error{InvalidData} for unknown links.
  boost::json::array create(const boost::json::array& definitions,
                            db::TxContext* tx = nullptr) const;

  /// Deletes the given pairs. Returns the deleted link rows.
  boost::json::array dismiss(std::string_view link, const std::vector<LinkPair>& pairs,
                             db::TxContext* tx = nullptr) const;
  /// dismiss() in Medusa's form (see create).
  boost::json::array dismiss(const boost::json::array& definitions,
                             db::TxContext* tx = nullptr) const;

  /// Live link rows matching `filters` (e.g. {"product_id": ["prod_1"]}); fields as Query
  /// ("*", "sales_channel.name" reaches the linked entity).
  boost::json::array list(std::string_view link, const boost::json::object& filters = {},
                          const std::vector<std::string>& fields = {},
                          db::TxContext* tx = nullptr) const;

  /// Soft-deletes every link of these entities (all links naming `entity`): what deleting a
  /// product does to its channel and price-set links. Returns link ids by link table.
  AffectedIds softDeleteFor(std::string_view entity, const std::vector<std::string>& ids,
                            db::TxContext* tx = nullptr) const;
  /// Restores what softDeleteFor removed (unless a live pair was created meanwhile).
  AffectedIds restoreFor(std::string_view entity, const std::vector<std::string>& ids,
                         db::TxContext* tx = nullptr) const;

  /// The (normalized) definition of a link; Error{InvalidData} when unknown.
  const LinkDefinition& definition(std::string_view link) const;
  /// All links.
  const std::vector<LinkDefinition>& definitions() const noexcept { return m_links; }

 private:
  using Grouped = std::map<const LinkDefinition*, std::vector<LinkPair>>;
  Grouped fromMedusaForm(const boost::json::array& definitions) const;
  boost::json::array insert(db::TxContext& tx, const LinkDefinition& link,
                            const std::vector<LinkPair>& pairs) const;
  boost::json::array erase(db::TxContext& tx, const LinkDefinition& link,
                           const std::vector<LinkPair>& pairs) const;
  AffectedIds setDeleted(std::string_view entity, const std::vector<std::string>& ids, bool restore,
                         db::TxContext* tx) const;

  db::Pool& m_pool;
  const QueryEngine& m_query;
  std::vector<LinkDefinition> m_links;
};

}  // namespace medusa::framework
