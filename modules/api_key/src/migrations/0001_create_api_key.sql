-- SPDX-License-Identifier: MIT
-- Medusa's API key module. `token` holds a publishable key as is and, for a secret key, the
-- hex HMAC-SHA256 of the token keyed with `salt`; `redacted` (first 6 + *** + last 3) is what a
-- secret key is looked up by before its hash is compared.
CREATE TABLE api_key (
  id text PRIMARY KEY,
  token text NOT NULL,
  salt text NOT NULL DEFAULT '',
  redacted text NOT NULL,
  title text NOT NULL,
  type text NOT NULL CHECK (type IN ('publishable', 'secret')),
  last_used_at timestamptz,
  created_by text NOT NULL,
  revoked_by text,
  revoked_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE UNIQUE INDEX "IDX_api_key_token_unique" ON api_key (token);
CREATE INDEX "IDX_api_key_type" ON api_key (type);
CREATE INDEX "IDX_api_key_deleted_at" ON api_key (deleted_at) WHERE deleted_at IS NULL;
CREATE INDEX "IDX_api_key_revoked_at" ON api_key (revoked_at) WHERE deleted_at IS NULL;
CREATE INDEX "IDX_api_key_redacted" ON api_key (redacted) WHERE deleted_at IS NULL;

-- migrate:down
DROP TABLE api_key;
