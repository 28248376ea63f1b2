package io.jenkins.plugins.freight.engine.variable;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Storage of variable sets, library variable sets and snapshots. Sensitive values pass through it
 * already encrypted: the {@code value} of a sensitive {@link Variable} here is ciphertext.
 */
interface VariableRepository {

    Optional<VariableSet> findSet(Handle handle, String setId);

    void insertSet(Handle handle, VariableSet set);

    /**
     * Replaces the set's variables and moves its version from {@code expectedVersion} to {@code
     * expectedVersion + 1}; false (and nothing changed) when the stored version differs.
     */
    boolean replaceVariables(Handle handle, VariableSet set, int expectedVersion);

    void deleteSet(Handle handle, String setId);

    Optional<LibraryVariableSet> findLibrarySet(Handle handle, String id);

    List<LibraryVariableSet> listLibrarySets(Handle handle, String spaceId);

    boolean libraryNameTaken(Handle handle, String spaceId, String name, String exceptId);

    void insertLibrarySet(Handle handle, LibraryVariableSet set);

    void updateLibrarySet(Handle handle, LibraryVariableSet set);

    void deleteLibrarySet(Handle handle, String id);

    void insertSnapshot(
            Handle handle, String id, String spaceId, List<String> ownerIds, String content);

    Optional<String> findSnapshotContent(Handle handle, String id);

    boolean snapshotExists(Handle handle, String id);
}
