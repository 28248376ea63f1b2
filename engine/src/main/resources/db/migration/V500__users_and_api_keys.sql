-- Identity: users and their API keys. Teams, roles and permissions come in later V5xx migrations.
CREATE SEQUENCE seq_users;
CREATE SEQUENCE seq_apikeys;

CREATE TABLE users (
    id             VARCHAR(50)  PRIMARY KEY,
    username       VARCHAR(200) NOT NULL,
    -- lower-cased username: user names are unique regardless of case
    username_key   VARCHAR(200) NOT NULL UNIQUE,
    display_name   VARCHAR(200) NOT NULL,
    email_address  VARCHAR(400),
    is_active      BOOLEAN      NOT NULL,
    is_service     BOOLEAN      NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Only a SHA-256 hash of each key is kept; the key itself is shown once, at creation.
CREATE TABLE api_keys (
    id                VARCHAR(50)  PRIMARY KEY,
    user_id           VARCHAR(50)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    key_hash          VARCHAR(64)  NOT NULL UNIQUE,
    hint              VARCHAR(20)  NOT NULL,
    purpose           VARCHAR(400) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at        TIMESTAMP WITH TIME ZONE,
    revoked_at        TIMESTAMP WITH TIME ZONE,
    -- the key the creator authenticated with, if any: a key never outlives the key that created it
    created_by_key_id VARCHAR(50)
);

CREATE INDEX ix_api_keys_user ON api_keys (user_id);
