package io.jenkins.plugins.freight.engine.machine;

import io.jenkins.plugins.freight.engine.space.DocumentTable;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Page;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Storage of accounts: the document plus each secret in sealed form. */
public interface AccountRepository {

    /** The sealed secrets of an account; null where a secret is not set. */
    record SealedSecrets(String password, String privateKey, String passphrase) {

        @Override
        public String toString() {
            return "SealedSecrets[…]";
        }
    }

    Optional<Account> findByReference(Handle handle, String spaceId, String reference);

    Page<Account> list(Handle handle, String spaceId, ListQuery query);

    Optional<SealedSecrets> secrets(Handle handle, String spaceId, String id);

    DocumentTable<Account> table();

    void insert(Handle handle, Account account, SealedSecrets secrets);

    void update(Handle handle, Account account, SealedSecrets secrets);

    boolean delete(Handle handle, String spaceId, String id);
}
