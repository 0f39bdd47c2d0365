-- SPDX-License-Identifier: MIT
-- Medusa's inventory module: items, their stock per location (levels) and reservations.
-- location_id names a stock location of another module: a plain column, no foreign key.
CREATE TABLE inventory_item (
  id text PRIMARY KEY,
  sku text,
  origin_country text,
  hs_code text,
  mid_code text,
  material text,
  weight numeric,
  length numeric,
  height numeric,
  width numeric,
  requires_shipping boolean NOT NULL DEFAULT true,
  description text,
  title text,
  thumbnail text,
  metadata jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE UNIQUE INDEX "IDX_inventory_item_sku_unique" ON inventory_item (sku) WHERE deleted_at IS NULL;
CREATE INDEX "IDX_inventory_item_deleted_at" ON inventory_item (deleted_at) WHERE deleted_at IS NULL;

CREATE TABLE inventory_level (
  id text PRIMARY KEY,
  inventory_item_id text NOT NULL
    REFERENCES inventory_item (id) ON UPDATE CASCADE ON DELETE CASCADE,
  location_id text NOT NULL,
  stocked_quantity numeric NOT NULL DEFAULT 0,
  reserved_quantity numeric NOT NULL DEFAULT 0,
  incoming_quantity numeric NOT NULL DEFAULT 0,
  metadata jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE UNIQUE INDEX "IDX_inventory_level_inventory_item_id_location_id_unique"
  ON inventory_level (inventory_item_id, location_id) WHERE deleted_at IS NULL;
CREATE INDEX "IDX_inventory_level_location_id" ON inventory_level (location_id)
  WHERE deleted_at IS NULL;

CREATE TABLE reservation_item (
  id text PRIMARY KEY,
  line_item_id text,
  allow_backorder boolean NOT NULL DEFAULT false,
  location_id text NOT NULL,
  quantity numeric NOT NULL,
  external_id text,
  description text,
  created_by text,
  metadata jsonb,
  inventory_item_id text NOT NULL
    REFERENCES inventory_item (id) ON UPDATE CASCADE ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE INDEX "IDX_reservation_item_line_item_id" ON reservation_item (line_item_id)
  WHERE deleted_at IS NULL;
CREATE INDEX "IDX_reservation_item_location_id" ON reservation_item (location_id)
  WHERE deleted_at IS NULL;
CREATE INDEX "IDX_reservation_item_inventory_item_id" ON reservation_item (inventory_item_id)
  WHERE deleted_at IS NULL;

-- migrate:down
DROP TABLE reservation_item, inventory_level, inventory_item;
