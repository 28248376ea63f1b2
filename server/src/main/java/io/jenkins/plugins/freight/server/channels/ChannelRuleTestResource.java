package io.jenkins.plugins.freight.server.channels;

import io.jenkins.plugins.freight.engine.version.OctopusVersion;
import io.jenkins.plugins.freight.engine.version.VersionRange;
import io.jenkins.plugins.freight.server.http.ApiProblem;
import io.jenkins.plugins.freight.server.http.ApiRequest;
import io.jenkins.plugins.freight.server.http.Reply;
import io.jenkins.plugins.freight.server.http.Router;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code channels/rule-test}: whether a version satisfies a channel rule's version range and
 * pre-release tag pattern, by the rules release creation applies. Takes {@code version}, {@code
 * versionRange} and {@code preReleaseTag} as query parameters (GET) or as body fields (POST).
 */
public final class ChannelRuleTestResource {

    /** The answer: one flag per part of the rule (true when that part is empty). */
    public record RuleTestWire(
            boolean satisfiesVersionRange, boolean satisfiesPreReleaseTag, List<String> errors) {}

    public void register(Router router) {
        router.get(Router.Scope.SPACE, "channels/rule-test", this::byQuery)
                .post(Router.Scope.SPACE, "channels/rule-test", this::byBody);
    }

    private Reply byQuery(ApiRequest r) {
        return test(
                r.query().nonBlank("version"),
                r.query().nonBlank("versionRange"),
                r.query().nonBlank("preReleaseTag"));
    }

    private Reply byBody(ApiRequest r) throws IOException {
        RuleTestBody body = r.body(RuleTestBody.class);
        return test(
                blankToNull(body.version()),
                blankToNull(body.versionRange()),
                blankToNull(body.preReleaseTag()));
    }

    /** The POST body (names in any case). */
    public record RuleTestBody(String version, String versionRange, String preReleaseTag) {}

    private static Reply test(String versionText, String rangeText, String tag) {
        if (versionText == null) {
            throw ApiProblem.badRequest("Give the version to test.");
        }
        OctopusVersion version = OctopusVersion.parse(versionText);
        boolean inRange = rangeText == null || VersionRange.parse(rangeText).contains(version);
        boolean tagMatches = true;
        if (tag != null) {
            String fullTag =
                    version.metadata().isEmpty()
                            ? version.preRelease()
                            : version.preRelease() + "+" + version.metadata();
            try {
                tagMatches = Pattern.compile(tag).matcher(fullTag).find();
            } catch (PatternSyntaxException e) {
                throw ApiProblem.badRequest(
                        "The pre-release tag pattern is not a valid regular expression.");
            }
        }
        return Reply.ok(new RuleTestWire(inRange, tagMatches, List.of()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
