package io.jenkins.plugins.freight.engine.space;

import io.jenkins.plugins.freight.engine.error.ConflictException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Which document refers to which: a lifecycle to its environments, a project to its lifecycle and
 * project group, a deployment process to environments and channels, a machine to environments and
 * tenants. Each document rewrites its own rows whenever it is saved, so deleting something that is
 * still in use can be refused with a message that names every user.
 *
 * <p>Other engine features may record their own references here (for example a release to its
 * channel) with {@link #replace}; they are then named in the same refusals.
 */
public final class References {

    /** How a referring document is named in a refusal. */
    public record Referrer(String kind, String id, String name) {

        String describe() {
            return Names.lower(kind) + " '" + name + "' (" + id + ")";
        }
    }

    private static final int NAMED_AT_MOST = 10;

    /**
     * Replaces everything {@code from} refers to with {@code targets} (ids, or other reference keys
     * such as tag canonical names).
     */
    public void replace(Handle handle, String spaceId, Referrer from, Collection<String> targets) {
        remove(handle, from.id());
        Set<String> distinct = new LinkedHashSet<>(targets);
        distinct.remove(null);
        if (distinct.isEmpty()) {
            return;
        }
        var batch =
                handle.prepareBatch(
                        "INSERT INTO model_references (space_id, from_id, from_kind, from_name, to_id)"
                                + " VALUES (:space, :from, :kind, :name, :to)");
        for (String target : distinct) {
            batch.bind("space", spaceId)
                    .bind("from", from.id())
                    .bind("kind", from.kind())
                    .bind("name", from.name())
                    .bind("to", target)
                    .add();
        }
        batch.execute();
    }

    /** Forgets everything {@code fromId} refers to (it is being deleted). */
    public void remove(Handle handle, String fromId) {
        handle.createUpdate("DELETE FROM model_references WHERE from_id = :from")
                .bind("from", fromId)
                .execute();
    }

    /** Renames a referrer in every row it owns (it was renamed). */
    public void rename(Handle handle, String fromId, String name) {
        handle.createUpdate("UPDATE model_references SET from_name = :name WHERE from_id = :from")
                .bind("name", name)
                .bind("from", fromId)
                .execute();
    }

    /** The documents that refer to {@code targetId}, except those listed in {@code ignoring}. */
    public List<Referrer> referrersOf(Handle handle, String targetId, Collection<String> ignoring) {
        return handle
                .createQuery(
                        "SELECT from_kind, from_id, from_name FROM model_references"
                                + " WHERE to_id = :to ORDER BY from_kind, from_id")
                .bind("to", targetId)
                .map((rs, ctx) -> new Referrer(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list()
                .stream()
                .filter(r -> !ignoring.contains(r.id()))
                .toList();
    }

    /**
     * Refuses to delete (or otherwise invalidate) a document that is still referred to, naming the
     * referring documents.
     *
     * @param what e.g. {@code "Environment 'Dev'"}
     * @param ignoring referrers that go away together with the target (e.g. its own children)
     */
    public void requireUnused(
            Handle handle, String targetId, String what, Collection<String> ignoring) {
        List<Referrer> users = referrersOf(handle, targetId, ignoring);
        if (users.isEmpty()) {
            return;
        }
        List<String> named = new ArrayList<>();
        for (Referrer r : users.subList(0, Math.min(NAMED_AT_MOST, users.size()))) {
            named.add(r.describe());
        }
        String more =
                users.size() > NAMED_AT_MOST
                        ? " and " + (users.size() - NAMED_AT_MOST) + " more"
                        : "";
        throw new ConflictException(
                what
                        + " is still used by "
                        + String.join(", ", named)
                        + more
                        + "; remove those references first.");
    }
}
