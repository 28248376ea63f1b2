-- Deployments (Octopus Deployments-N): one release to one environment (and tenant), run by one
-- "Deploy" server task. The task's state is the deployment's state; progression reads it from the
-- task, so there is no second copy to drift.
CREATE SEQUENCE seq_deployments;
CREATE TABLE deployments (
    id                 VARCHAR(50)  PRIMARY KEY,
    deployment_number  BIGINT       NOT NULL,
    space_id           VARCHAR(50)  NOT NULL REFERENCES spaces (id),
    release_id         VARCHAR(50)  NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    project_id         VARCHAR(50)  NOT NULL,
    channel_id         VARCHAR(50)  NOT NULL,
    environment_id     VARCHAR(50)  NOT NULL,
    tenant_id          VARCHAR(50),
    task_id            VARCHAR(50)  NOT NULL,
    created            TIMESTAMP WITH TIME ZONE NOT NULL,
    document           TEXT         NOT NULL
);
CREATE UNIQUE INDEX ux_deployments_task ON deployments (task_id);
CREATE INDEX ix_deployments_release ON deployments (release_id, deployment_number);
CREATE INDEX ix_deployments_environment ON deployments (project_id, environment_id, deployment_number);
CREATE INDEX ix_deployments_space ON deployments (space_id, deployment_number);
