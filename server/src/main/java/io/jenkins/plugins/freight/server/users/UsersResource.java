package io.jenkins.plugins.freight.server.users;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.freight.engine.security.ApiKey;
import io.jenkins.plugins.freight.engine.security.IdentityService;
import io.jenkins.plugins.freight.engine.security.SignInService;
import io.jenkins.plugins.freight.engine.security.User;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Page;
import io.jenkins.plugins.freight.server.http.ApiRequest;
import io.jenkins.plugins.freight.server.http.JsonFields;
import io.jenkins.plugins.freight.server.http.Paging;
import io.jenkins.plugins.freight.server.http.Reply;
import io.jenkins.plugins.freight.server.http.Router;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** {@code /api/users}: the current user, users, and API keys. */
public final class UsersResource {

    /** Octopus's expiry for a key whose request has no {@code Expires}. */
    static final Duration DEFAULT_KEY_LIFETIME = Duration.ofDays(180);

    private final IdentityService identity;
    private final SignInService signIn;
    private final Clock clock;

    public UsersResource(IdentityService identity, SignInService signIn, Clock clock) {
        this.identity = identity;
        this.signIn = signIn;
        this.clock = clock;
    }

    public void register(Router router) {
        Router.Scope system = Router.Scope.SYSTEM;
        router.get(system, "users", this::list)
                .get(system, "users/all", this::all)
                .get(system, "users/me", this::me)
                .post(system, "users", this::create)
                .get(system, "users/{id}", this::get)
                .put(system, "users/{id}", this::update)
                .delete(system, "users/{id}", this::delete)
                .get(system, "users/{id}/apikeys", this::listKeys)
                .post(system, "users/{id}/apikeys", this::createKey)
                .get(system, "users/{id}/apikeys/{keyId}", this::getKey)
                .delete(system, "users/{id}/apikeys/{keyId}", this::revokeKey);
    }

    private Reply me(ApiRequest r) {
        return Reply.ok(UserWire.of(identity.currentUser(r.caller()), r.links()));
    }

    private Reply list(ApiRequest r) {
        ListQuery query = Paging.query(r);
        List<User> users = identity.listUsers(r.caller(), r.query().nonBlank("filter"));
        Page<UserWire> page =
                Paging.page(users, query, User::id, User::username)
                        .map(u -> UserWire.of(u, r.links()));
        return Reply.ok(
                Paging.collection(r, "User", page, "/users", "/users{/id}{?skip,take,ids,filter}"));
    }

    private Reply all(ApiRequest r) {
        return Reply.ok(
                identity.listUsers(r.caller(), null).stream()
                        .map(u -> UserWire.of(u, r.links()))
                        .toList());
    }

    private Reply create(ApiRequest r) throws IOException {
        UserBody body = r.body(UserBody.class);
        if (body.password() != null) {
            SignInService.requireValidPassword(body.password());
        }
        User user = identity.createUser(r.caller(), body.toDetails());
        if (body.password() != null) {
            signIn.setPassword(r.caller(), user.id(), body.password());
        }
        return Reply.created(UserWire.of(user, r.links()));
    }

    private Reply get(ApiRequest r) {
        return Reply.ok(UserWire.of(identity.getUser(r.caller(), userId(r)), r.links()));
    }

    /** A body with only {@code Password} changes the password alone (anyone may set their own). */
    private Reply update(ApiRequest r) throws IOException {
        UserBody body = r.body(UserBody.class);
        User current = identity.getUser(r.caller(), userId(r));
        if (body.password() != null) {
            SignInService.requireValidPassword(body.password());
        }
        User updated =
                body.changesDetails() || body.password() == null
                        ? identity.updateUser(r.caller(), current.id(), body.toDetails(current))
                        : current;
        if (body.password() != null) {
            signIn.setPassword(r.caller(), current.id(), body.password());
        }
        return Reply.ok(UserWire.of(updated, r.links()));
    }

    /** Deletes the user for good; history keeps their name. */
    private Reply delete(ApiRequest r) {
        identity.deleteUser(r.caller(), userId(r));
        return Reply.empty();
    }

    private Reply listKeys(ApiRequest r) {
        String userId = userId(r);
        List<ApiKey> keys = identity.listApiKeys(r.caller(), userId);
        Page<ApiKeyWire> page =
                Paging.page(keys, Paging.query(r), ApiKey::id, ApiKey::purpose)
                        .map(k -> ApiKeyWire.of(k, r.links()));
        String path = "/users/" + userId + "/apikeys";
        return Reply.ok(Paging.collection(r, "ApiKey", page, path, path + "{/id}{?skip,take}"));
    }

    /**
     * Creates a key. {@code Expires} absent means Octopus's default of 180 days; an explicit null
     * means no expiry. The answer is 200 with the key as a string, the only time it is shown.
     */
    private Reply createKey(ApiRequest r) throws IOException {
        JsonNode body = r.bodyTree();
        String purpose = JsonFields.text(body, "Purpose");
        Instant expires =
                JsonFields.find(body, "Expires")
                        .map(
                                node ->
                                        node.isNull() || node.asText().isBlank()
                                                ? null
                                                : JsonFields.date(node, "Expires").toInstant())
                        .orElseGet(() -> clock.instant().plus(DEFAULT_KEY_LIFETIME));
        return Reply.ok(
                CreatedApiKeyWire.of(
                        identity.createApiKey(r.caller(), userId(r), purpose, expires), r.links()));
    }

    private Reply getKey(ApiRequest r) {
        return Reply.ok(
                ApiKeyWire.of(
                        identity.getApiKey(r.caller(), userId(r), r.path("keyId")), r.links()));
    }

    private Reply revokeKey(ApiRequest r) {
        identity.revokeApiKey(r.caller(), userId(r), r.path("keyId"));
        return Reply.empty();
    }

    /** The user a path names; {@code me} is the caller. */
    private static String userId(ApiRequest r) {
        String id = r.path("id");
        return id.equalsIgnoreCase("me") ? r.caller().userId() : id;
    }
}
