// SPDX-License-Identifier: MIT
#include "medusa/framework/entity_service.h"

#include "medusa/db/pool.h"

namespace medusa::framework {

namespace bj = boost::json;

bj::array EntityService::list(const FindOptions& options, db::TxContext* tx) const {
  return m_pool->transact(tx, [&](db::TxContext& t) { return m_repository.list(t, options); });
}

ListResult EntityService::listAndCount(const FindOptions& options, db::TxContext* tx) const {
  return m_pool->transact(tx,
                          [&](db::TxContext& t) { return m_repository.listAndCount(t, options); });
}

bj::object EntityService::retrieve(std::string_view id, const FindOptions& options,
                                   db::TxContext* tx) const {
  return m_pool->transact(tx,
                          [&](db::TxContext& t) { return m_repository.retrieve(t, id, options); });
}

bj::array EntityService::create(const bj::array& rows, db::TxContext* tx) const {
  return m_pool->transact(tx, [&](db::TxContext& t) { return m_repository.create(t, rows); });
}

bj::object EntityService::create(const bj::object& row, db::TxContext* tx) const {
  return m_pool->transact(tx, [&](db::TxContext& t) { return m_repository.create(t, row); });
}

bj::array EntityService::update(const bj::array& rows, db::TxContext* tx) const {
  return m_pool->transact(tx, [&](db::TxContext& t) { return m_repository.update(t, rows); });
}

bj::array EntityService::update(const bj::object& selector, const bj::object& data,
                                db::TxContext* tx) const {
  return m_pool->transact(tx,
                          [&](db::TxContext& t) { return m_repository.update(t, selector, data); });
}

AffectedIds EntityService::softDelete(const std::vector<std::string>& ids,
                                      db::TxContext* tx) const {
  return m_pool->transact(tx, [&](db::TxContext& t) { return m_repository.softDelete(t, ids); });
}

AffectedIds EntityService::restore(const std::vector<std::string>& ids, db::TxContext* tx) const {
  return m_pool->transact(tx, [&](db::TxContext& t) { return m_repository.restore(t, ids); });
}

AffectedIds EntityService::remove(const std::vector<std::string>& ids, db::TxContext* tx) const {
  return m_pool->transact(tx, [&](db::TxContext& t) { return m_repository.remove(t, ids); });
}

}  // namespace medusa::framework
