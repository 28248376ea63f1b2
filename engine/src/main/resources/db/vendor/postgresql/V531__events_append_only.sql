-- The audit log is append-only: UPDATE and DELETE on its tables fail, whoever issues them.
CREATE FUNCTION freight_events_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'Audit events are append-only: % on % is refused', TG_OP, TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
    FOR EACH ROW EXECUTE FUNCTION freight_events_append_only();
CREATE TRIGGER event_documents_append_only BEFORE UPDATE OR DELETE ON event_documents
    FOR EACH ROW EXECUTE FUNCTION freight_events_append_only();
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION freight_events_append_only();
CREATE TRIGGER event_documents_no_truncate BEFORE TRUNCATE ON event_documents
    FOR EACH STATEMENT EXECUTE FUNCTION freight_events_append_only();
