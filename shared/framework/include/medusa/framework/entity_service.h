// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <string_view>
#include <vector>

#include "medusa/framework/repository.h"

namespace medusa::db {
class Pool;
}

namespace medusa::framework {

/// Medusa's MedusaService for one entity: the generic repository behind methods that take an
/// optional TxContext* and open a transaction of their own when given none (STYLE.md), so a
/// workflow step's work commits or rolls back with its step. Module services hold one per
/// entity and add only their business rules on top.
class EntityService {
 public:
  EntityService(db::Pool& pool, Repository repository) : m_pool(&pool), m_repository(repository) {}

  /// See Repository::list.
  boost::json::array list(const FindOptions& options = {}, db::TxContext* tx = nullptr) const;
  /// See Repository::listAndCount.
  ListResult listAndCount(const FindOptions& options = {}, db::TxContext* tx = nullptr) const;
  /// See Repository::retrieve (NotFound `<Entity> with id: <id> was not found`).
  boost::json::object retrieve(std::string_view id, const FindOptions& options = {},
                               db::TxContext* tx = nullptr) const;
  /// See Repository::create.
  boost::json::array create(const boost::json::array& rows, db::TxContext* tx = nullptr) const;
  /// Creates one row.
  boost::json::object create(const boost::json::object& row, db::TxContext* tx = nullptr) const;
  /// See Repository::update (rows naming their primary key).
  boost::json::array update(const boost::json::array& rows, db::TxContext* tx = nullptr) const;
  /// See Repository::update (selector + data).
  boost::json::array update(const boost::json::object& selector, const boost::json::object& data,
                            db::TxContext* tx = nullptr) const;
  /// See Repository::softDelete.
  AffectedIds softDelete(const std::vector<std::string>& ids, db::TxContext* tx = nullptr) const;
  /// See Repository::restore.
  AffectedIds restore(const std::vector<std::string>& ids, db::TxContext* tx = nullptr) const;
  /// See Repository::remove.
  AffectedIds remove(const std::vector<std::string>& ids, db::TxContext* tx = nullptr) const;

  /// The repository, for services that compose several calls in one transaction.
  const Repository& repository() const noexcept { return m_repository; }
  /// The pool transactions are opened on.
  db::Pool& pool() const noexcept { return *m_pool; }

 private:
  db::Pool* m_pool;
  Repository m_repository;
};

}  // namespace medusa::framework
