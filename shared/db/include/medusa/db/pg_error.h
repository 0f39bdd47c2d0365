// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

#include "medusa/core/error.h"

namespace pqxx {
class failure;
}

/// PostgreSQL errors as Medusa errors. Pool::transact() and TxContext::savepoint() apply this
/// translation, so code above the database layer only ever sees medusa::Error.
///
///   - 23505 unique violation -> InvalidData (HTTP 400, as Medusa 2.21's dbErrorMapper)
///     `Product collection with handle: summer, already exists.` (booleans as true/false)
///   - 23503 FK violation on insert/update -> NotFound
///     `You tried to set relationship product_id: prod_1, but such entity does not exist`
///   - 23503/23001 FK violation on delete/update of the referenced row -> NotAllowed
///     `Product with id: prod_1 is still referenced by product_variant.`
///   - 23502 not-null violation -> InvalidData `Cannot set field 'title' of Product to null`
///   - 23514 check violation -> InvalidData `Product violates check constraint product_w_check.`
///   - 40001 serialization failure, 40P01 deadlock, 55P03 lock timeout -> Conflict (HTTP 409:
///     another request got in the way, the client may retry)
///   - 57014 statement timeout / cancel -> DatabaseError (retrying the same query won't help)
///   - lost connection, commit outcome unknown -> DatabaseError (no URL, host or password)
///   - anything else -> DatabaseError with a generic message; the original is logged
///
/// The messages copy Medusa 2.21's (checked against the real server). PostgreSQL reports the table of a unique
/// violation only through the constraint name, so **name constraints by this convention**:
///   - unique indexes: `IDX_<table>_<col1>[_<col2>...]_unique`, the columns in index order, as
///     Medusa does: `CREATE UNIQUE INDEX "IDX_product_handle_unique" ON product (handle)
///     WHERE deleted_at IS NULL;`
///   - primary keys: PostgreSQL's default `<table>_pkey` (just write PRIMARY KEY);
///   - UNIQUE constraints: PostgreSQL's default `<table>_<cols>_key`.
/// Other names (or expression indexes) still give InvalidData, worded
/// `Record with <col>: <value>, already exists.`
namespace medusa::db {

/// The one translation from a libpqxx exception to medusa::Error. Logs what the client does not
/// see (sqlstate and PostgreSQL's primary message; never the connection string or parameters).
Error toMedusaError(const pqxx::failure& failure);

/// The same translation from what libpq reports: the SQLSTATE and the error text
/// ("ERROR:  ...\nDETAIL:  ...\n"). Exposed for tests.
Error translatePgError(std::string_view sqlstate, std::string_view message);

/// True when the failure means the connection is gone (broken socket, server shut down): the
/// connection must be discarded and the unit of work may be retried on a new one.
bool isConnectionFailure(const pqxx::failure& failure) noexcept;

/// For catch blocks inside a transaction: rethrows connection failures unchanged (the pool
/// decides about retrying them) and everything else as toMedusaError().
[[noreturn]] void rethrowTranslated(const pqxx::failure& failure);

}  // namespace medusa::db
