-- Sign-in with a password: the password hash (Argon2id), throttling of failed attempts per user and
-- client address, and web sessions (only hashes of the session and CSRF tokens are kept).
CREATE TABLE user_passwords (
    user_id        VARCHAR(50)  PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    password_hash  VARCHAR(400) NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE login_throttle (
    username_key  VARCHAR(200) NOT NULL,
    ip_address    VARCHAR(100) NOT NULL,
    failures      INTEGER      NOT NULL,
    locked_until  TIMESTAMP WITH TIME ZONE,
    last_failure  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (username_key, ip_address)
);

CREATE TABLE user_sessions (
    id            VARCHAR(50)  PRIMARY KEY,
    token_hash    VARCHAR(64)  NOT NULL UNIQUE,
    csrf_hash     VARCHAR(64)  NOT NULL,
    user_id       VARCHAR(50)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    ip_address    VARCHAR(100),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_user_sessions_user ON user_sessions (user_id);
CREATE SEQUENCE seq_sessions;
