-- SPDX-License-Identifier: MIT
-- Medusa's auth module: an identity per actor account, one provider identity per login method
-- (emailpass: entity_id is the e-mail, provider_metadata holds the Argon2id hash).
CREATE TABLE auth_identity (
  id text PRIMARY KEY,
  app_metadata jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE INDEX "IDX_auth_identity_deleted_at" ON auth_identity (deleted_at) WHERE deleted_at IS NULL;

CREATE TABLE provider_identity (
  id text PRIMARY KEY,
  entity_id text NOT NULL,
  provider text NOT NULL,
  auth_identity_id text NOT NULL REFERENCES auth_identity (id) ON DELETE CASCADE,
  user_metadata jsonb,
  provider_metadata jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE UNIQUE INDEX "IDX_provider_identity_entity_id_provider_unique"
  ON provider_identity (entity_id, provider) WHERE deleted_at IS NULL;
CREATE INDEX "IDX_provider_identity_auth_identity_id" ON provider_identity (auth_identity_id);

-- migrate:down
DROP TABLE provider_identity, auth_identity;
