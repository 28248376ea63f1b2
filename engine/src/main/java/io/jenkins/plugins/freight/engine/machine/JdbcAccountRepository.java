package io.jenkins.plugins.freight.engine.machine;

import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.space.DocumentTable;
import io.jenkins.plugins.freight.engine.space.Documents;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Names;
import io.jenkins.plugins.freight.engine.space.Page;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Accounts in table {@code accounts}; sealed secrets in their own columns, never in the document.
 */
public final class JdbcAccountRepository implements AccountRepository {

    private final DocumentTable<Account> table =
            new DocumentTable<>("accounts", Account.class, "name_lower, id");

    @Override
    public Optional<Account> findByReference(Handle handle, String spaceId, String reference) {
        return table.findByReference(handle, spaceId, reference);
    }

    @Override
    public Page<Account> list(Handle handle, String spaceId, ListQuery query) {
        return table.list(handle, spaceId, query);
    }

    @Override
    public Optional<SealedSecrets> secrets(Handle handle, String spaceId, String id) {
        return handle.createQuery(
                        "SELECT sealed_password, sealed_private_key, sealed_passphrase FROM accounts"
                                + " WHERE id = :id AND space_id = :space")
                .bind("id", id)
                .bind("space", spaceId)
                .map(
                        (rs, ctx) ->
                                new SealedSecrets(
                                        rs.getString(1), rs.getString(2), rs.getString(3)))
                .findFirst();
    }

    @Override
    public DocumentTable<Account> table() {
        return table;
    }

    @Override
    public void insert(Handle handle, Account account, SealedSecrets secrets) {
        table.insert(handle, columns(account, secrets), () -> clash(account));
    }

    @Override
    public void update(Handle handle, Account account, SealedSecrets secrets) {
        table.update(
                handle, account.spaceId(), columns(account, secrets), null, () -> clash(account));
    }

    @Override
    public boolean delete(Handle handle, String spaceId, String id) {
        return table.delete(handle, spaceId, id);
    }

    private static Map<String, Object> columns(Account a, SealedSecrets secrets) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("id", a.id());
        columns.put("space_id", a.spaceId());
        columns.put("name", a.name());
        columns.put("name_lower", Names.key(a.name()));
        columns.put("slug", a.slug());
        columns.put("sealed_password", secrets.password());
        columns.put("sealed_private_key", secrets.privateKey());
        columns.put("sealed_passphrase", secrets.passphrase());
        columns.put("document", Documents.write(a));
        return columns;
    }

    private static ConflictException clash(Account a) {
        return new ConflictException(
                "Another account named '" + a.name() + "' was saved at the same time.");
    }
}
