-- A manual intervention may keep its task's concurrency turn (project × environment × tenant) while it
-- is pending (Octopus.Action.Manual.BlockConcurrentDeployments); the task then keeps its row in
-- task_concurrency_holds while it waits without a queue row.
ALTER TABLE interruptions ADD COLUMN blocks_concurrent_tasks BOOLEAN DEFAULT FALSE NOT NULL;
