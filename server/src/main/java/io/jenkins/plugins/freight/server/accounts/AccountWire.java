package io.jenkins.plugins.freight.server.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.freight.engine.machine.Account;
import io.jenkins.plugins.freight.engine.machine.AccountType;
import io.jenkins.plugins.freight.engine.machine.SensitiveValue;
import io.jenkins.plugins.freight.engine.project.TenantedDeploymentMode;
import io.jenkins.plugins.freight.server.http.ApiProblem;
import io.jenkins.plugins.freight.server.http.Json;
import io.jenkins.plugins.freight.server.http.Links;
import io.jenkins.plugins.freight.server.http.Merge;
import io.jenkins.plugins.freight.server.http.WireEnums;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An account targets log in with ({@code UsernamePassword} or {@code SshKeyPair}). Secrets are
 * write-only: responses carry {@code {"HasValue": true, "NewValue": null}}; requests set them with
 * {@code NewValue} (or a plain string) and keep them by leaving them out.
 */
public record AccountWire(
        String id,
        String name,
        String slug,
        String description,
        String accountType,
        String username,
        JsonNode password,
        JsonNode privateKeyFile,
        JsonNode privateKeyPassphrase,
        List<String> environmentIds,
        String tenantedDeploymentParticipation,
        List<String> tenantIds,
        List<String> tenantTags,
        String spaceId,
        Instant lastModifiedOn,
        String lastModifiedBy,
        Map<String, String> links) {

    static AccountWire of(Account a, Links l) {
        String self = "/" + Links.segment(a.spaceId()) + "/accounts/" + Links.segment(a.id());
        return new AccountWire(
                a.id(),
                a.name(),
                a.slug(),
                a.description(),
                a.accountType().octopusName(),
                a.username(),
                hidden(a.password()),
                hidden(a.privateKeyFile()),
                hidden(a.privateKeyPassphrase()),
                a.environmentIds(),
                a.tenantedDeploymentParticipation().octopusName(),
                a.tenantIds(),
                a.tenantTags(),
                a.spaceId(),
                a.lastModifiedOn(),
                a.lastModifiedBy(),
                Links.of("Self", l.api(self)));
    }

    private static JsonNode hidden(SensitiveValue value) {
        return Json.mapper()
                .createObjectNode()
                .put("HasValue", value != null && value.hasValue())
                .putNull("NewValue");
    }

    Account toAccount(Account current) {
        AccountType type =
                current != null
                        ? current.accountType()
                        : WireEnums.parse(
                                AccountType::fromOctopusName,
                                accountType,
                                null,
                                "AccountType",
                                "UsernamePassword, SshKeyPair");
        if (type == null) {
            throw ApiProblem.badRequest(
                    "The property 'AccountType' must be one of UsernamePassword, SshKeyPair.");
        }
        return new Account(
                current == null ? null : current.id(),
                current == null ? null : current.spaceId(),
                Merge.pick(name, current == null ? null : current.name(), null),
                Merge.slug(slug, current == null ? null : current.slug()),
                Merge.pick(description, current == null ? null : current.description(), ""),
                type,
                Merge.pick(username, current == null ? null : current.username(), null),
                secret(password, current != null),
                secret(privateKeyFile, current != null),
                secret(privateKeyPassphrase, current != null),
                Merge.list(environmentIds, current == null ? null : current.environmentIds()),
                tenantedDeploymentParticipation == null
                        ? current == null ? null : current.tenantedDeploymentParticipation()
                        : WireEnums.parse(
                                TenantedDeploymentMode::fromOctopusName,
                                tenantedDeploymentParticipation,
                                null,
                                "TenantedDeploymentParticipation",
                                "Untenanted, TenantedOrUntenanted, Tenanted"),
                Merge.list(tenantIds, current == null ? null : current.tenantIds()),
                Merge.list(tenantTags, current == null ? null : current.tenantTags()),
                null,
                null);
    }

    /** A secret as sent: a string, {@code {HasValue, NewValue}}, or absent (keep / none). */
    private static SensitiveValue secret(JsonNode sent, boolean updating) {
        if (sent == null || sent.isNull() || sent.isMissingNode()) {
            return updating ? SensitiveValue.keep() : SensitiveValue.none();
        }
        if (sent.isTextual()) {
            return SensitiveValue.of(sent.asText());
        }
        if (sent.isObject()) {
            JsonNode newValue = findIgnoringCase(sent, "NewValue");
            JsonNode hasValue = findIgnoringCase(sent, "HasValue");
            if (newValue != null && newValue.isTextual()) {
                return SensitiveValue.of(newValue.asText());
            }
            boolean has = hasValue != null && hasValue.asBoolean();
            return has ? SensitiveValue.keep() : SensitiveValue.none();
        }
        throw ApiProblem.badRequest(
                "Account secrets must be text or an object with HasValue and NewValue.");
    }

    private static JsonNode findIgnoringCase(JsonNode object, String name) {
        return io.jenkins.plugins.freight.server.http.JsonFields.find(object, name).orElse(null);
    }
}
