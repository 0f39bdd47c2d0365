-- SPDX-License-Identifier: MIT
-- Medusa's stock location module: locations and their addresses (a location points at its
-- address; deleting an address deletes the locations using it, as Medusa cascades).
CREATE TABLE stock_location_address (
  id text PRIMARY KEY,
  address_1 text NOT NULL,
  address_2 text,
  company text,
  city text,
  country_code text NOT NULL,
  phone text,
  province text,
  postal_code text,
  metadata jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE INDEX "IDX_stock_location_address_deleted_at" ON stock_location_address (deleted_at)
  WHERE deleted_at IS NULL;

CREATE TABLE stock_location (
  id text PRIMARY KEY,
  name text NOT NULL,
  address_id text REFERENCES stock_location_address (id) ON UPDATE CASCADE ON DELETE CASCADE,
  metadata jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE UNIQUE INDEX "IDX_stock_location_address_id_unique" ON stock_location (address_id)
  WHERE deleted_at IS NULL;
CREATE INDEX "IDX_stock_location_deleted_at" ON stock_location (deleted_at) WHERE deleted_at IS NULL;

-- migrate:down
DROP TABLE stock_location, stock_location_address;
