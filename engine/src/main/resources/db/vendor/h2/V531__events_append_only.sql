-- The audit log is append-only: UPDATE and DELETE on its tables fail, whoever issues them.
CREATE TRIGGER events_append_only BEFORE UPDATE, DELETE ON events
    FOR EACH ROW CALL 'io.jenkins.plugins.freight.engine.audit.AppendOnlyTrigger';
CREATE TRIGGER event_documents_append_only BEFORE UPDATE, DELETE ON event_documents
    FOR EACH ROW CALL 'io.jenkins.plugins.freight.engine.audit.AppendOnlyTrigger';
