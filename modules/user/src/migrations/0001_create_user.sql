-- SPDX-License-Identifier: MIT
-- Medusa's user module: admin users and the invites that create them. Medusa's table is the
-- quoted "user"; the framework splices only plain identifiers, so ours is user_account (the
-- index keeps Medusa's name, which is also what gives `User with email x already exists.`).
CREATE TABLE user_account (
  id text PRIMARY KEY,
  first_name text,
  last_name text,
  email text NOT NULL,
  avatar_url text,
  metadata jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE UNIQUE INDEX "IDX_user_email_unique" ON user_account (email) WHERE deleted_at IS NULL;

CREATE TABLE invite (
  id text PRIMARY KEY,
  email text NOT NULL,
  accepted boolean NOT NULL DEFAULT false,
  token text NOT NULL,
  expires_at timestamptz NOT NULL,
  metadata jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE UNIQUE INDEX "IDX_invite_email_unique" ON invite (email) WHERE deleted_at IS NULL;
CREATE INDEX "IDX_invite_token" ON invite (token) WHERE deleted_at IS NULL;

-- migrate:down
DROP TABLE invite, user_account;
