-- A node claims only tasks it has a handler for: the queue row carries the task's name.
ALTER TABLE task_queue ADD COLUMN task_name VARCHAR(100);
UPDATE task_queue SET task_name = (SELECT t.name FROM server_tasks t WHERE t.id = task_queue.task_id);
CREATE INDEX ix_task_queue_name ON task_queue (task_name);
