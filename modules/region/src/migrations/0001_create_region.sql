-- SPDX-License-Identifier: MIT
-- Medusa's region module. A country belongs to at most one region: region_country.region_id is
-- that region (NULL: none). The foreign key stays inside the module.
CREATE TABLE region (
  id text PRIMARY KEY,
  name text NOT NULL,
  currency_code text NOT NULL,
  automatic_taxes boolean NOT NULL DEFAULT true,
  metadata jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE INDEX "IDX_region_deleted_at" ON region (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE region_country (
  iso_2 text PRIMARY KEY,
  iso_3 text NOT NULL,
  num_code text NOT NULL,
  name text NOT NULL,
  display_name text NOT NULL,
  region_id text REFERENCES region (id) ON UPDATE CASCADE ON DELETE SET NULL,
  metadata jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE INDEX "IDX_region_country_region_id" ON region_country (region_id) WHERE deleted_at IS NULL;

-- migrate:down
DROP TABLE region_country, region;
