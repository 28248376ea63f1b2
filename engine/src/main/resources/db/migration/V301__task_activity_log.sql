-- The activity log of each task: a tree of blocks (task -> steps -> targets) and append-only lines.
CREATE SEQUENCE seq_task_log_blocks;
CREATE TABLE task_log_blocks (
    task_id             VARCHAR(50) NOT NULL REFERENCES server_tasks (id) ON DELETE CASCADE,
    block_id            VARCHAR(80) NOT NULL,
    block_number        BIGINT NOT NULL,
    parent_id           VARCHAR(80),
    name                VARCHAR(1000) NOT NULL,
    status              VARCHAR(30) NOT NULL,
    started             TIMESTAMP WITH TIME ZONE,
    ended               TIMESTAMP WITH TIME ZONE,
    show_at_summary     BOOLEAN DEFAULT TRUE NOT NULL,
    progress_percentage INTEGER DEFAULT 0 NOT NULL,
    progress_message    VARCHAR(1000),
    PRIMARY KEY (task_id, block_id)
);

CREATE SEQUENCE seq_task_log_lines;
CREATE TABLE task_log_lines (
    line_number  BIGINT PRIMARY KEY,
    task_id      VARCHAR(50) NOT NULL REFERENCES server_tasks (id) ON DELETE CASCADE,
    block_id     VARCHAR(80) NOT NULL,
    category     VARCHAR(20) NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    message_text VARCHAR NOT NULL,
    detail       VARCHAR
);
CREATE INDEX ix_task_log_lines_task ON task_log_lines (task_id, line_number);
