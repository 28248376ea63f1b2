-- Newest-first pages of the deployments to one environment, or of one project, read these indexes
-- in order and stop at the page's end (and count within one range) instead of walking every
-- deployment of the space; the environment one also answers "is this environment still used".
-- space_id comes second so that, for H2, these indexes match more of the query than the space's.
CREATE INDEX ix_deployments_environment_number ON deployments (environment_id, space_id, deployment_number);
CREATE INDEX ix_deployments_project_number ON deployments (project_id, space_id, deployment_number);
