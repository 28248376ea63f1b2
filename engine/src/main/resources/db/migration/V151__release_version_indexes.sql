-- Newest-version-first lookups of a project's or a channel's releases walk these indexes from the
-- top instead of sorting every release (H2 needs the descending order declared; for PostgreSQL it
-- makes no difference). Queries add "version_sort > ''" so H2 prefers them over the foreign key's
-- index on project_id.
CREATE INDEX ix_releases_project_newest ON releases (project_id, version_sort DESC);
CREATE INDEX ix_releases_channel_newest ON releases (channel_id, version_sort DESC);
DROP INDEX ix_releases_project_sort;
DROP INDEX ix_releases_channel_sort;
