-- "Is this tenant still named by deployments" (refusing to delete it) reads this index instead of
-- every deployment of the space.
CREATE INDEX ix_deployments_tenant_number ON deployments (tenant_id, deployment_number);
