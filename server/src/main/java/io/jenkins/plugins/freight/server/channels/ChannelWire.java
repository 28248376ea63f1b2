package io.jenkins.plugins.freight.server.channels;

import io.jenkins.plugins.freight.engine.channel.Channel;
import io.jenkins.plugins.freight.engine.channel.ChannelRule;
import io.jenkins.plugins.freight.engine.project.ActionPackage;
import io.jenkins.plugins.freight.server.http.Links;
import io.jenkins.plugins.freight.server.http.Merge;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The Octopus {@code Channel} resource; also the body of creates and updates. */
public record ChannelWire(
        String id,
        String name,
        String slug,
        String description,
        String projectId,
        String lifecycleId,
        Boolean isDefault,
        List<RuleWire> rules,
        List<String> tenantTags,
        String type,
        String spaceId,
        Instant lastModifiedOn,
        String lastModifiedBy,
        Map<String, String> links) {

    /**
     * A version rule. C# also sends the legacy {@code Actions} ("Step" or "Step:Reference"); {@code
     * ActionPackages} wins when both are present.
     */
    public record RuleWire(
            String id,
            List<ActionPackageWire> actionPackages,
            List<String> actions,
            String versionRange,
            String tag) {

        static RuleWire of(ChannelRule rule) {
            List<ActionPackageWire> packages =
                    rule.actionPackages().stream()
                            .map(
                                    p ->
                                            new ActionPackageWire(
                                                    p.deploymentAction(), p.packageReference()))
                            .toList();
            return new RuleWire(
                    rule.id(),
                    packages,
                    packages.stream()
                            .map(
                                    p ->
                                            p.packageReference().isEmpty()
                                                    ? p.deploymentAction()
                                                    : p.deploymentAction()
                                                            + ":"
                                                            + p.packageReference())
                            .toList(),
                    rule.versionRange(),
                    rule.tag());
        }

        ChannelRule toRule() {
            List<ActionPackage> packages;
            if (actionPackages != null && !actionPackages.isEmpty()) {
                packages =
                        actionPackages.stream()
                                .map(
                                        p ->
                                                new ActionPackage(
                                                        p.deploymentAction(), p.packageReference()))
                                .toList();
            } else if (actions != null) {
                packages =
                        actions.stream()
                                .map(
                                        a -> {
                                            int colon = a.indexOf(':');
                                            return colon < 0
                                                    ? ActionPackage.primary(a)
                                                    : new ActionPackage(
                                                            a.substring(0, colon),
                                                            a.substring(colon + 1));
                                        })
                                .toList();
            } else {
                packages = List.of();
            }
            return new ChannelRule(
                    id == null || id.isBlank() ? null : id, packages, versionRange, tag);
        }
    }

    public record ActionPackageWire(String deploymentAction, String packageReference) {
        public ActionPackageWire {
            packageReference = packageReference == null ? "" : packageReference;
        }
    }

    public static ChannelWire of(Channel c, Links l) {
        String space = "/" + Links.segment(c.spaceId());
        String self = space + "/channels/" + Links.segment(c.id());
        return new ChannelWire(
                c.id(),
                c.name(),
                c.slug(),
                c.description(),
                c.projectId(),
                c.lifecycleId(),
                c.isDefault(),
                c.rules().stream().map(RuleWire::of).toList(),
                c.tenantTags(),
                "Lifecycle",
                c.spaceId(),
                c.lastModifiedOn(),
                c.lastModifiedBy(),
                Links.of(
                        "Self", l.api(self),
                        "Releases", l.api(self + "/releases{?skip,take,searchByVersion}"),
                        "Project", l.api(space + "/projects/" + Links.segment(c.projectId()))));
    }

    Channel toChannel(Channel current) {
        return new Channel(
                current == null ? null : current.id(),
                current == null ? null : current.spaceId(),
                current == null ? projectId : current.projectId(),
                Merge.pick(name, current == null ? null : current.name(), null),
                Merge.slug(slug, current == null ? null : current.slug()),
                Merge.pick(description, current == null ? null : current.description(), ""),
                Merge.pick(isDefault, current == null ? null : current.isDefault(), false),
                lifecycleId != null
                        ? (lifecycleId.isBlank() ? null : lifecycleId)
                        : current == null ? null : current.lifecycleId(),
                rules != null
                        ? rules.stream().map(RuleWire::toRule).toList()
                        : current == null ? List.of() : current.rules(),
                Merge.list(tenantTags, current == null ? null : current.tenantTags()),
                null,
                null);
    }
}
