-- SPDX-License-Identifier: MIT
-- Medusa's store module. The default_* columns hold ids of other modules' rows (sales channel,
-- region, stock location): plain text, no foreign key across modules.
CREATE TABLE store (
  id text PRIMARY KEY,
  name text NOT NULL DEFAULT 'Medusa Store',
  default_sales_channel_id text,
  default_region_id text,
  default_location_id text,
  metadata jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE INDEX "IDX_store_deleted_at" ON store (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE store_currency (
  id text PRIMARY KEY,
  currency_code text NOT NULL,
  is_default boolean NOT NULL DEFAULT false,
  is_tax_inclusive boolean NOT NULL DEFAULT false,
  store_id text REFERENCES store (id) ON UPDATE CASCADE ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE INDEX "IDX_store_currency_store_id" ON store_currency (store_id) WHERE deleted_at IS NULL;
CREATE INDEX "IDX_store_currency_deleted_at" ON store_currency (deleted_at)
  WHERE deleted_at IS NOT NULL;

-- migrate:down
DROP TABLE store_currency, store;
