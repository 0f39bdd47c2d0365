-- SPDX-License-Identifier: MIT
-- Medusa's pricing module: price sets and their prices (rules on prices, price lists with their
-- own rules), and price preferences (tax inclusivity per region or currency). Money is numeric;
-- raw_amount is Medusa's JSON companion, derived so it can never disagree with amount.
CREATE TABLE price_set (
  id text PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE INDEX "IDX_price_set_deleted_at" ON price_set (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE price_list (
  id text PRIMARY KEY,
  title text NOT NULL,
  description text NOT NULL,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('active', 'draft')),
  type text NOT NULL DEFAULT 'sale' CHECK (type IN ('sale', 'override')),
  starts_at timestamptz,
  ends_at timestamptz,
  rules_count integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE INDEX "IDX_price_list_deleted_at" ON price_list (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE price_list_rule (
  id text PRIMARY KEY,
  attribute text NOT NULL,
  value jsonb,
  price_list_id text NOT NULL REFERENCES price_list (id) ON UPDATE CASCADE ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE INDEX "IDX_price_list_rule_price_list_id" ON price_list_rule (price_list_id)
  WHERE deleted_at IS NULL;

CREATE TABLE price (
  id text PRIMARY KEY,
  title text,
  currency_code text NOT NULL,
  amount numeric NOT NULL,
  raw_amount jsonb GENERATED ALWAYS AS
    (('{"value":"' || amount::text || '","precision":20}')::jsonb) STORED,
  min_quantity numeric,
  max_quantity numeric,
  rules_count integer NOT NULL DEFAULT 0,
  price_set_id text NOT NULL REFERENCES price_set (id) ON UPDATE CASCADE ON DELETE CASCADE,
  price_list_id text REFERENCES price_list (id) ON UPDATE CASCADE ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
-- calculatePrices reads the live prices of a page of price sets in one currency.
CREATE INDEX "IDX_price_price_set_id_currency_code" ON price (price_set_id, currency_code)
  WHERE deleted_at IS NULL;
CREATE INDEX "IDX_price_price_list_id" ON price (price_list_id) WHERE deleted_at IS NULL;

CREATE TABLE price_rule (
  id text PRIMARY KEY,
  attribute text NOT NULL,
  value text NOT NULL,
  operator text NOT NULL DEFAULT 'eq' CHECK (operator IN ('gt', 'lt', 'eq', 'lte', 'gte')),
  priority integer NOT NULL DEFAULT 0,
  price_id text NOT NULL REFERENCES price (id) ON UPDATE CASCADE ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE UNIQUE INDEX "IDX_price_rule_price_id_attribute_operator_unique"
  ON price_rule (price_id, attribute, operator) WHERE deleted_at IS NULL;

CREATE TABLE price_preference (
  id text PRIMARY KEY,
  attribute text NOT NULL,
  value text,
  is_tax_inclusive boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE UNIQUE INDEX "IDX_price_preference_attribute_value_unique"
  ON price_preference (attribute, value) WHERE deleted_at IS NULL;

-- migrate:down
DROP TABLE price_preference, price_rule, price, price_list_rule, price_list, price_set;
