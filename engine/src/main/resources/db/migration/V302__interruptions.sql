-- Interruptions (Octopus Interruptions-N): a question a task waits on, answered by a person.
CREATE SEQUENCE seq_interruptions;
CREATE TABLE interruptions (
    id                   VARCHAR(50) PRIMARY KEY,
    interruption_number  BIGINT NOT NULL,
    space_id             VARCHAR(50),
    task_id              VARCHAR(50) NOT NULL REFERENCES server_tasks (id) ON DELETE CASCADE,
    title                VARCHAR(1000) NOT NULL,
    interruption_type    VARCHAR(40) NOT NULL,
    created              TIMESTAMP WITH TIME ZONE NOT NULL,
    is_pending           BOOLEAN NOT NULL,
    form_elements        VARCHAR NOT NULL,
    form_values          VARCHAR NOT NULL,
    responsible_team_ids VARCHAR(4000) NOT NULL,
    responsible_user_id  VARCHAR(50),
    correlation_id       VARCHAR(200),
    submitted_by         VARCHAR(50),
    submitted_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_interruptions_task ON interruptions (task_id);
CREATE INDEX ix_interruptions_space ON interruptions (space_id, is_pending);

-- The documents an interruption regards (task, deployment, project, environment…), for ?regarding=.
CREATE TABLE interruption_documents (
    interruption_id VARCHAR(50) NOT NULL REFERENCES interruptions (id) ON DELETE CASCADE,
    document_id     VARCHAR(100) NOT NULL,
    sort_index      INTEGER NOT NULL,
    PRIMARY KEY (interruption_id, document_id)
);
CREATE INDEX ix_interruption_documents_document ON interruption_documents (document_id);
