-- Deployment plans (Freight extension): a plan targets one environment and lists (project, release)
-- items in order, with notes; executing it deploys the items one after the other.
CREATE SEQUENCE seq_deploymentplans;
CREATE SEQUENCE seq_deploymentplanitems;

CREATE TABLE deployment_plans (
    id                VARCHAR(50)    PRIMARY KEY,
    space_id          VARCHAR(50)    NOT NULL,
    name              VARCHAR(200)   NOT NULL,
    environment_id    VARCHAR(50)    NOT NULL,
    notes             VARCHAR(20000) NOT NULL,
    state             VARCHAR(20)    NOT NULL,
    -- optimistic concurrency: every change increments it
    version           INTEGER        NOT NULL,
    retried_from      VARCHAR(50),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(200)   NOT NULL,
    modified_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by       VARCHAR(200)   NOT NULL,
    executed_by_id    VARCHAR(50),
    executed_by       VARCHAR(200),
    executed_at       TIMESTAMP WITH TIME ZONE,
    finished_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_deployment_plans_space ON deployment_plans (space_id, id);

CREATE TABLE deployment_plan_items (
    id             VARCHAR(50)    PRIMARY KEY,
    plan_id        VARCHAR(50)    NOT NULL REFERENCES deployment_plans (id) ON DELETE CASCADE,
    item_order     INTEGER        NOT NULL,
    project_id     VARCHAR(50)    NOT NULL,
    release_id     VARCHAR(50)    NOT NULL,
    notes          VARCHAR(20000) NOT NULL,
    state          VARCHAR(20)    NOT NULL,
    deployment_id  VARCHAR(50),
    task_id        VARCHAR(50),
    message        VARCHAR(4000)
);
CREATE INDEX ix_deployment_plan_items_plan ON deployment_plan_items (plan_id, item_order);
CREATE INDEX ix_deployment_plan_items_task ON deployment_plan_items (task_id);
