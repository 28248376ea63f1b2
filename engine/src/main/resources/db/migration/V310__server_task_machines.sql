-- The deployment targets each task picked to run on, recorded when execution picks them, so a
-- target's tasks can be listed newest first (machines/{id}/tasks). A task run again (resumed,
-- recovered, rerun) adds the targets it picks then. Machine ids are never reused, so rows of a
-- deleted machine are harmless; a deleted task takes its rows with it.
CREATE TABLE server_task_machines (
    machine_id  VARCHAR(50) NOT NULL,
    task_id     VARCHAR(50) NOT NULL REFERENCES server_tasks (id) ON DELETE CASCADE,
    -- copied from server_tasks so the newest-first page reads the index alone
    task_number BIGINT NOT NULL,
    PRIMARY KEY (machine_id, task_id)
);
CREATE INDEX ix_server_task_machines_newest ON server_task_machines (machine_id, task_number);
CREATE INDEX ix_server_task_machines_task ON server_task_machines (task_id);
