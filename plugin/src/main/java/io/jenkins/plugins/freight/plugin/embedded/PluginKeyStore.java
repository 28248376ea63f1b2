package io.jenkins.plugins.freight.plugin.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * An API key for the embedded engine (the plugin's own administrator key, or the key builds use),
 * kept in a file sealed by Jenkins' secret encryption ({@code Secret.getEncryptedValue} / {@code
 * Secret.decrypt}, passed in as functions so this class runs without Jenkins). The plain key never
 * touches the disk.
 */
public final class PluginKeyStore {

    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final UnaryOperator<String> seal;
    private final UnaryOperator<String> unseal;

    public PluginKeyStore(Path file, UnaryOperator<String> seal, UnaryOperator<String> unseal) {
        this.file = file;
        this.seal = seal;
        this.unseal = unseal;
    }

    /** A store sealed the same way in another file of the same folder (e.g. the builds key). */
    public PluginKeyStore sibling(String fileName) {
        return new PluginKeyStore(file.resolveSibling(fileName), seal, unseal);
    }

    /** The stored key, or a new one stored first. */
    public synchronized String loadOrCreate() {
        return load().orElseGet(() -> store(generate()));
    }

    /** The stored key, or empty when there is none (or it cannot be unsealed). */
    public synchronized Optional<String> load() {
        try {
            if (Files.isRegularFile(file)) {
                String key = unseal.apply(Files.readString(file, StandardCharsets.UTF_8).strip());
                if (key != null && key.startsWith("API-")) {
                    return Optional.of(key);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the embedded engine's key in " + file, e);
        }
    }

    /** Seals {@code key} into the file (replacing what was there at once) and returns it. */
    public synchronized String store(String key) {
        try {
            Files.createDirectories(file.getParent());
            Path partial = Files.createTempFile(file.getParent(), ".plugin-key-", ".partial");
            Files.writeString(partial, seal.apply(key), StandardCharsets.UTF_8);
            Files.move(
                    partial,
                    file,
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the embedded engine's key in " + file, e);
        }
    }

    /** {@code API-} and 32 random upper-case letters and digits (the Octopus key form). */
    static String generate() {
        StringBuilder key = new StringBuilder("API-");
        for (int i = 0; i < 32; i++) {
            key.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return key.toString();
    }
}
