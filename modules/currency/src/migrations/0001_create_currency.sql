-- SPDX-License-Identifier: MIT
-- Medusa's currency module: one row per ISO 4217 currency, keyed by its lower-case code.
-- raw_rounding is Medusa's JSON companion of the numeric column, derived here so it can never
-- disagree with it.
CREATE TABLE currency (
  code text PRIMARY KEY,
  symbol text NOT NULL,
  symbol_native text NOT NULL,
  name text NOT NULL,
  decimal_digits integer NOT NULL DEFAULT 0,
  rounding numeric NOT NULL DEFAULT 0,
  raw_rounding jsonb GENERATED ALWAYS AS
    (('{"value":"' || rounding::text || '","precision":20}')::jsonb) STORED,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);

-- migrate:down
DROP TABLE currency;
