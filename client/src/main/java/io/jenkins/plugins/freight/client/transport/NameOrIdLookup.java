package io.jenkins.plugins.freight.client.transport;

import io.jenkins.plugins.freight.client.error.RequestRejectedException;
import io.jenkins.plugins.freight.client.error.ResourceNotFoundException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Finds one resource of a collection by id or by name, the way people type them: an id ({@code
 * Projects-12}) is fetched directly; a name is searched with {@code partialName} and matched
 * exactly, preferring the same case, then ignoring case. A miss is a {@link
 * ResourceNotFoundException} that names the kind, the text and the space, and suggests close names.
 *
 * @param kind what is looked up, for messages: "Project", "Environment"
 * @param idPrefix the id form's prefix, e.g. {@code Projects}
 */
public record NameOrIdLookup<T>(
        Transport transport,
        String kind,
        String idPrefix,
        Class<T> type,
        Function<T, String> name) {

    private static final String TAKE_ALL = "2147483647";

    /**
     * @param collection the collection's address, e.g. {@code /api/Spaces-1/projects}
     * @param where for messages, e.g. "in space 'Default'"
     */
    public T find(HttpUrl collection, String nameOrId, String where) {
        String text = nameOrId == null ? "" : nameOrId.trim();
        if (text.isEmpty()) {
            throw new IllegalArgumentException(kind + " name or id is missing.");
        }
        if (looksLikeId(text)) {
            try {
                return transport.get(collection.newBuilder().addPathSegment(text).build(), type);
            } catch (ResourceNotFoundException e) {
                throw notFound(text, where, List.of());
            }
        }
        List<T> candidates = search(collection, text);
        List<T> exact = candidates.stream().filter(c -> text.equals(name.apply(c))).toList();
        if (exact.size() == 1) {
            return exact.get(0);
        }
        List<T> ignoringCase =
                candidates.stream().filter(c -> text.equalsIgnoreCase(name.apply(c))).toList();
        if (ignoringCase.size() == 1) {
            return ignoringCase.get(0);
        }
        if (ignoringCase.size() > 1) {
            throw new RequestRejectedException(
                    "Several "
                            + kind.toLowerCase(Locale.ROOT)
                            + "s "
                            + where
                            + " are named '"
                            + text
                            + "' apart from case; give the exact name or the id.",
                    0,
                    null,
                    List.of());
        }
        throw notFound(text, where, candidates.stream().map(name).limit(5).toList());
    }

    /** Every item of the collection whose name contains {@code partialName}, all pages. */
    public List<T> search(HttpUrl collection, String partialName) {
        HttpUrl url =
                collection
                        .newBuilder()
                        .addQueryParameter("partialName", partialName)
                        .addQueryParameter("skip", "0")
                        .addQueryParameter("take", TAKE_ALL)
                        .build();
        ResourceCollection<T> page = transport.get(url, Transport.collectionOf(type));
        return page.items();
    }

    private boolean looksLikeId(String text) {
        return Pattern.compile("^" + Pattern.quote(idPrefix) + "-\\d+$", Pattern.CASE_INSENSITIVE)
                .matcher(text)
                .matches();
    }

    private ResourceNotFoundException notFound(String text, String where, List<String> similar) {
        String hint =
                similar.isEmpty() ? "" : " Similar names: " + String.join(", ", similar) + ".";
        return new ResourceNotFoundException(
                kind + " '" + text + "' was not found " + where + "." + hint, 404, null, List.of());
    }
}
