-- Server tasks (Octopus ServerTasks-N) and the durable queue with leases that runs them.
CREATE SEQUENCE seq_servertasks;

CREATE TABLE server_tasks (
    id                        VARCHAR(50) PRIMARY KEY,
    task_number               BIGINT NOT NULL,
    space_id                  VARCHAR(50),
    name                      VARCHAR(100) NOT NULL,
    description               VARCHAR(1000) NOT NULL,
    arguments                 VARCHAR NOT NULL,
    state                     VARCHAR(20) NOT NULL,
    queue_time                TIMESTAMP WITH TIME ZONE NOT NULL,
    queue_time_expiry         TIMESTAMP WITH TIME ZONE,
    start_time                TIMESTAMP WITH TIME ZONE,
    completed_time            TIMESTAMP WITH TIME ZONE,
    last_updated_time         TIMESTAMP WITH TIME ZONE NOT NULL,
    server_node               VARCHAR(200),
    error_message             VARCHAR(4000),
    has_pending_interruptions BOOLEAN DEFAULT FALSE NOT NULL,
    has_warnings_or_errors    BOOLEAN DEFAULT FALSE NOT NULL,
    project_id                VARCHAR(50),
    environment_id            VARCHAR(50),
    tenant_id                 VARCHAR(50),
    concurrency_tag           VARCHAR(300),
    progress_percentage       INTEGER DEFAULT 0 NOT NULL,
    progress_message          VARCHAR(1000),
    -- the handler's opaque checkpoint (JSON) and why it runs next: FIRST_RUN, INTERRUPTION_SUBMITTED, NODE_LOST
    checkpoint_data           VARCHAR,
    resume_reason             VARCHAR(30) DEFAULT 'FIRST_RUN' NOT NULL,
    recoveries                INTEGER DEFAULT 0 NOT NULL,
    log_size                  BIGINT DEFAULT 0 NOT NULL,
    -- grows with every change of the task or its log (live following)
    change_version            BIGINT DEFAULT 0 NOT NULL
);
CREATE UNIQUE INDEX ux_server_tasks_number ON server_tasks (task_number);
CREATE INDEX ix_server_tasks_space_state ON server_tasks (space_id, state);
CREATE INDEX ix_server_tasks_project ON server_tasks (project_id);
CREATE INDEX ix_server_tasks_environment ON server_tasks (environment_id);

-- The queue holds task ids; a row lives while the task waits or runs (not while it waits for a person).
-- owner_instance/owner_node/lease_expires_at are set by the one transaction that claims the task.
CREATE SEQUENCE seq_task_queue;
CREATE TABLE task_queue (
    task_id          VARCHAR(50) PRIMARY KEY REFERENCES server_tasks (id) ON DELETE CASCADE,
    queue_seq        BIGINT NOT NULL,
    concurrency_tag  VARCHAR(300),
    available_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    owner_node       VARCHAR(200),
    owner_instance   VARCHAR(64),
    lease_expires_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_task_queue_claim ON task_queue (owner_instance, queue_seq);
CREATE INDEX ix_task_queue_tag ON task_queue (concurrency_tag, queue_seq);
CREATE INDEX ix_task_queue_lease ON task_queue (lease_expires_at);

-- At most one executing task per concurrency tag: the claim inserts the tag here, completion removes it.
CREATE TABLE task_concurrency_holds (
    concurrency_tag VARCHAR(300) PRIMARY KEY,
    task_id         VARCHAR(50) NOT NULL REFERENCES server_tasks (id) ON DELETE CASCADE
);
CREATE INDEX ix_task_concurrency_holds_task ON task_concurrency_holds (task_id);
