-- The project a project was cloned from (Octopus ClonedFromProjectId), for the clonedFromProjectId
-- filter of the project list. Projects created before this migration were never clones.
ALTER TABLE projects ADD COLUMN cloned_from_project_id VARCHAR(50);
CREATE INDEX ix_projects_cloned_from ON projects (cloned_from_project_id);
