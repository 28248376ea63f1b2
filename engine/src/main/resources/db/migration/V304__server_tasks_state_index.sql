-- The sweeper looks for running tasks that no node holds (a safety net): find them by state.
CREATE INDEX ix_server_tasks_state ON server_tasks (state);
