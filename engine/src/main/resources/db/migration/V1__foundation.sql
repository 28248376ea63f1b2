-- Engine-wide settings as key/value pairs (installation id, schema facts).
-- Migration version ranges by feature, so features can grow independently:
--   V1-V99 foundation, V100-V199 model (spaces, environments, lifecycles, projects, releases, deployments),
--   V200-V299 package feed, V300-V399 tasks and execution, V400-V499 variables, V500-V599 security and audit,
--   V600-V699 deployment plans.
CREATE TABLE engine_settings (
    name  VARCHAR(200) PRIMARY KEY,
    setting_value VARCHAR(4000) NOT NULL
);
