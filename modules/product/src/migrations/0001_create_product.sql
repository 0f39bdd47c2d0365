-- SPDX-License-Identifier: MIT
-- Medusa's product module: tables, columns and pivots as Medusa names them. Unique indexes
-- hold among live rows only and follow IDX_<table>_<cols>_unique, which is what makes a
-- duplicate read `Product with handle x already exists.` (see medusa/db/pg_error.h).
CREATE TABLE product_collection (
  id text PRIMARY KEY,
  title text NOT NULL,
  handle text NOT NULL,
  metadata jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE UNIQUE INDEX "IDX_product_collection_handle_unique" ON product_collection (handle)
  WHERE deleted_at IS NULL;

CREATE TABLE product_type (
  id text PRIMARY KEY,
  value text NOT NULL,
  metadata jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE UNIQUE INDEX "IDX_product_type_value_unique" ON product_type (value)
  WHERE deleted_at IS NULL;

CREATE TABLE product_tag (
  id text PRIMARY KEY,
  value text NOT NULL,
  metadata jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE UNIQUE INDEX "IDX_product_tag_value_unique" ON product_tag (value)
  WHERE deleted_at IS NULL;

CREATE TABLE product (
  id text PRIMARY KEY,
  title text NOT NULL,
  handle text NOT NULL,
  subtitle text,
  description text,
  is_giftcard boolean NOT NULL DEFAULT false,
  status text NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'proposed', 'published', 'rejected')),
  thumbnail text,
  weight numeric,
  length numeric,
  height numeric,
  width numeric,
  origin_country text,
  hs_code text,
  mid_code text,
  material text,
  collection_id text REFERENCES product_collection (id) ON DELETE SET NULL,
  type_id text REFERENCES product_type (id) ON DELETE SET NULL,
  discountable boolean NOT NULL DEFAULT true,
  external_id text,
  metadata jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE UNIQUE INDEX "IDX_product_handle_unique" ON product (handle) WHERE deleted_at IS NULL;
CREATE INDEX "IDX_product_collection_id" ON product (collection_id) WHERE deleted_at IS NULL;
CREATE INDEX "IDX_product_type_id" ON product (type_id) WHERE deleted_at IS NULL;
CREATE INDEX "IDX_product_status" ON product (status) WHERE deleted_at IS NULL;
CREATE INDEX "IDX_product_created_at" ON product (created_at, id) WHERE deleted_at IS NULL;

CREATE TABLE product_tags (
  product_id text NOT NULL REFERENCES product (id) ON DELETE CASCADE,
  product_tag_id text NOT NULL REFERENCES product_tag (id) ON DELETE CASCADE,
  PRIMARY KEY (product_id, product_tag_id)
);
CREATE INDEX "IDX_product_tags_product_tag_id" ON product_tags (product_tag_id);

CREATE TABLE image (
  id text PRIMARY KEY,
  url text NOT NULL,
  rank integer NOT NULL DEFAULT 0,
  product_id text NOT NULL REFERENCES product (id) ON DELETE CASCADE,
  metadata jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE INDEX "IDX_image_product_id" ON image (product_id) WHERE deleted_at IS NULL;
CREATE INDEX "IDX_image_url" ON image (url) WHERE deleted_at IS NULL;

CREATE TABLE product_option (
  id text PRIMARY KEY,
  title text NOT NULL,
  product_id text NOT NULL REFERENCES product (id) ON DELETE CASCADE,
  metadata jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE UNIQUE INDEX "IDX_product_option_product_id_title_unique" ON product_option
  (product_id, title) WHERE deleted_at IS NULL;

CREATE TABLE product_option_value (
  id text PRIMARY KEY,
  value text NOT NULL,
  option_id text NOT NULL REFERENCES product_option (id) ON DELETE CASCADE,
  metadata jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE UNIQUE INDEX "IDX_product_option_value_option_id_value_unique" ON product_option_value
  (option_id, value) WHERE deleted_at IS NULL;

CREATE TABLE product_variant (
  id text PRIMARY KEY,
  title text NOT NULL,
  sku text,
  barcode text,
  ean text,
  upc text,
  allow_backorder boolean NOT NULL DEFAULT false,
  manage_inventory boolean NOT NULL DEFAULT true,
  hs_code text,
  origin_country text,
  mid_code text,
  material text,
  weight numeric,
  length numeric,
  height numeric,
  width numeric,
  metadata jsonb,
  variant_rank integer DEFAULT 0,
  product_id text NOT NULL REFERENCES product (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE INDEX "IDX_product_variant_product_id" ON product_variant (product_id)
  WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX "IDX_product_variant_sku_unique" ON product_variant (sku)
  WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX "IDX_product_variant_barcode_unique" ON product_variant (barcode)
  WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX "IDX_product_variant_ean_unique" ON product_variant (ean)
  WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX "IDX_product_variant_upc_unique" ON product_variant (upc)
  WHERE deleted_at IS NULL;

CREATE TABLE product_variant_option (
  variant_id text NOT NULL REFERENCES product_variant (id) ON DELETE CASCADE,
  option_value_id text NOT NULL REFERENCES product_option_value (id) ON DELETE CASCADE,
  PRIMARY KEY (variant_id, option_value_id)
);
CREATE INDEX "IDX_product_variant_option_option_value_id" ON product_variant_option
  (option_value_id);

CREATE TABLE product_category (
  id text PRIMARY KEY,
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  handle text NOT NULL,
  mpath text NOT NULL,
  is_active boolean NOT NULL DEFAULT false,
  is_internal boolean NOT NULL DEFAULT false,
  rank integer NOT NULL DEFAULT 0,
  parent_category_id text REFERENCES product_category (id) ON DELETE CASCADE,
  metadata jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE UNIQUE INDEX "IDX_product_category_handle_unique" ON product_category (handle)
  WHERE deleted_at IS NULL;
CREATE INDEX "IDX_product_category_path" ON product_category (mpath text_pattern_ops)
  WHERE deleted_at IS NULL;
CREATE INDEX "IDX_product_category_parent_category_id" ON product_category
  (parent_category_id) WHERE deleted_at IS NULL;

CREATE TABLE product_category_product (
  product_id text NOT NULL REFERENCES product (id) ON DELETE CASCADE,
  product_category_id text NOT NULL REFERENCES product_category (id) ON DELETE CASCADE,
  PRIMARY KEY (product_id, product_category_id)
);
CREATE INDEX "IDX_product_category_product_category_id" ON product_category_product
  (product_category_id);

-- migrate:down
DROP TABLE product_category_product, product_category, product_variant_option,
  product_variant, product_option_value, product_option, image, product_tags, product,
  product_tag, product_type, product_collection;
