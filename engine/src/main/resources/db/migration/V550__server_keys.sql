-- Keys the server keeps for itself, shared by every node and kept across restarts: 'WebSession'
-- signs the web UI's session cookies. Each is sealed with the data directory's key (AES-GCM), like
-- sensitive variables, never stored in clear. The first node that needs a key inserts it; the
-- primary key makes nodes that start together agree on one.
CREATE TABLE server_keys (
    name        VARCHAR(100)  PRIMARY KEY,
    key_sealed  VARCHAR(400)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
