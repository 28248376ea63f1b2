package io.jenkins.plugins.freight.engine.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Audit events as CSV (RFC 4180 quoting), the columns of the audit screen's export. */
final class EventCsv {

    static final List<String> COLUMNS =
            List.of(
                    "Id",
                    "Occurred",
                    "Category",
                    "Username",
                    "UserId",
                    "IdentityEstablishedWith",
                    "IpAddress",
                    "SpaceId",
                    "ProjectId",
                    "EnvironmentId",
                    "TenantId",
                    "RelatedDocumentIds",
                    "Message");

    private EventCsv() {}

    static void header(Writer out) throws IOException {
        line(out, COLUMNS);
    }

    static void row(Writer out, AuditEvent e) throws IOException {
        line(
                out,
                List.of(
                        e.id(),
                        e.occurred().toString(),
                        e.category().name(),
                        e.username(),
                        e.userId(),
                        e.identityEstablishedWith(),
                        nullToEmpty(e.ipAddress()),
                        nullToEmpty(e.spaceId()),
                        nullToEmpty(e.projectId()),
                        nullToEmpty(e.environmentId()),
                        nullToEmpty(e.tenantId()),
                        String.join(" ", e.relatedDocumentIds()),
                        e.message()));
    }

    /** One CSV line: fields quoted when they hold a comma, quote or line break. */
    static void line(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String quote(String field) {
        String value = neutralize(field);
        if (value.contains(",")
                || value.contains("\"")
                || value.contains("\n")
                || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    /** Spreadsheet formula injection: a cell starting with = + - @ is prefixed with '. */
    private static String neutralize(String field) {
        if (!field.isEmpty() && "=+-@".indexOf(field.charAt(0)) >= 0) {
            return "'" + field;
        }
        return field;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
