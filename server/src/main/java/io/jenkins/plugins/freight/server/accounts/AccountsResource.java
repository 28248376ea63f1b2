package io.jenkins.plugins.freight.server.accounts;

import io.jenkins.plugins.freight.engine.machine.Account;
import io.jenkins.plugins.freight.engine.machine.AccountService;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.server.http.ApiRequest;
import io.jenkins.plugins.freight.server.http.Paging;
import io.jenkins.plugins.freight.server.http.Reply;
import io.jenkins.plugins.freight.server.http.Router;
import java.io.IOException;

/**
 * {@code /api/{space}/accounts}: the credentials SSH targets log in with. List, {@code /all}, get,
 * create, update, delete; secrets are never returned.
 */
public final class AccountsResource {

    private final AccountService accounts;

    public AccountsResource(AccountService accounts) {
        this.accounts = accounts;
    }

    public void register(Router router) {
        Router.Scope space = Router.Scope.SPACE;
        router.get(space, "accounts", this::list)
                .get(space, "accounts/all", this::all)
                .get(space, "accounts/{id}", this::get)
                .post(space, "accounts", this::create)
                .put(space, "accounts/{id}", this::update)
                .delete(space, "accounts/{id}", this::delete);
    }

    private Reply list(ApiRequest r) {
        return Reply.ok(
                Paging.collection(
                        r,
                        "Account",
                        accounts.list(r.caller(), r.spaceId(), Paging.query(r))
                                .map(a -> AccountWire.of(a, r.links())),
                        r.inSpace("/accounts"),
                        r.inSpace("/accounts{/id}{?skip,take,ids,partialName,accountType}")));
    }

    private Reply all(ApiRequest r) {
        return Reply.ok(
                accounts.list(r.caller(), r.spaceId(), ListQuery.all()).items().stream()
                        .map(a -> AccountWire.of(a, r.links()))
                        .toList());
    }

    private Reply get(ApiRequest r) {
        return Reply.ok(
                AccountWire.of(accounts.get(r.caller(), r.spaceId(), r.path("id")), r.links()));
    }

    private Reply create(ApiRequest r) throws IOException {
        Account created =
                accounts.create(r.caller(), r.spaceId(), r.body(AccountWire.class).toAccount(null));
        return Reply.created(AccountWire.of(created, r.links()));
    }

    private Reply update(ApiRequest r) throws IOException {
        AccountWire body = r.body(AccountWire.class);
        Account current = accounts.get(r.caller(), r.spaceId(), r.path("id"));
        return Reply.ok(
                AccountWire.of(
                        accounts.modify(
                                r.caller(), r.spaceId(), current.id(), body.toAccount(current)),
                        r.links()));
    }

    private Reply delete(ApiRequest r) {
        Account current = accounts.get(r.caller(), r.spaceId(), r.path("id"));
        accounts.delete(r.caller(), r.spaceId(), current.id());
        return Reply.empty();
    }
}
