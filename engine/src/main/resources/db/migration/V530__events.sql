-- The audit log: one row per change or deployment action, append-only. Nothing in Freight updates or
-- deletes these rows; V531 (per database) adds a trigger that refuses UPDATE and DELETE.
CREATE SEQUENCE seq_events;

CREATE TABLE events (
    -- the number of Events-N; increasing, the order of the log and the key for paging
    auto_id                    BIGINT        PRIMARY KEY,
    space_id                   VARCHAR(50),
    category                   VARCHAR(100)  NOT NULL,
    occurred                   TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id                    VARCHAR(50)   NOT NULL,
    username                   VARCHAR(200)  NOT NULL,
    is_service                 BOOLEAN       NOT NULL,
    identity_established_with  VARCHAR(20)   NOT NULL,
    api_key_id                 VARCHAR(50),
    ip_address                 VARCHAR(100),
    project_id                 VARCHAR(50),
    environment_id             VARCHAR(50),
    tenant_id                  VARCHAR(50),
    message                    VARCHAR(4000) NOT NULL,
    -- JSON Patch from the old document to the new one, sensitive values redacted
    differences                TEXT
);
CREATE INDEX ix_events_occurred ON events (occurred, auto_id);
CREATE INDEX ix_events_user ON events (user_id, auto_id);
CREATE INDEX ix_events_category ON events (category, auto_id);
CREATE INDEX ix_events_project ON events (project_id, auto_id);
CREATE INDEX ix_events_environment ON events (environment_id, auto_id);
CREATE INDEX ix_events_space ON events (space_id, auto_id);

CREATE TABLE event_documents (
    document_id  VARCHAR(200) NOT NULL,
    event_id     BIGINT       NOT NULL REFERENCES events (auto_id),
    doc_order    INTEGER      NOT NULL,
    PRIMARY KEY (document_id, event_id)
);
CREATE INDEX ix_event_documents_event ON event_documents (event_id);
