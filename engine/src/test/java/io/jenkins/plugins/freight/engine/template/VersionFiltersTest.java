package io.jenkins.plugins.freight.engine.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Version* filters split versions the way Octopus does, leniently. */
class VersionFiltersTest {

    @ParameterizedTest
    @CsvSource({
        "1,1,0,0,0,'','','',''",
        "1.2,1,2,0,0,'','','',''",
        "1.2.3,1,2,3,0,'','','',''",
        "1.2.3.4,1,2,3,4,'','','',''",
        "1.2.3.4-branch.1,1,2,3,4,branch.1,branch,1,''",
        "1.2.3.4-branch.1+meta,1,2,3,4,branch.1,branch,1,meta",
        "v1.2.3.4-branch.1+meta,1,2,3,4,branch.1,branch,1,meta",
        "V1.2.3.4-branch.hithere+meta,1,2,3,4,branch.hithere,branch,hithere,meta",
        "V1.2.3.4-branch-hithere+meta,1,2,3,4,branch-hithere,branch,hithere,meta",
        "V1.2.3.4-branch_hithere+meta,1,2,3,4,branch_hithere,branch,hithere,meta",
        "19.0.0.Final,19,0,0,0,Final,Final,'',''",
        "284.0.0-debian_component_based,284,0,0,0,debian_component_based,debian,component_based,''",
        "latest,0,0,0,0,latest,latest,'',''",
        "v1,1,0,0,0,'','','',''",
    })
    void versionPartsAreExtracted(
            String version,
            String major,
            String minor,
            String patch,
            String revision,
            String preRelease,
            String prefix,
            String counter,
            String metadata) {
        Map<String, String> variables = Map.of("Version", version);
        String template =
                "#{Version | VersionMajor}|#{Version | VersionMinor}|#{Version | VersionPatch}"
                        + "|#{Version | VersionRevision}|#{Version | VersionPreRelease}"
                        + "|#{Version | VersionPreReleasePrefix}|#{Version | VersionPreReleaseCounter}"
                        + "|#{Version | VersionMetadata}";
        assertThat(Template.render(template, variables).text())
                .isEqualTo(
                        String.join(
                                "|",
                                major,
                                minor,
                                patch,
                                revision,
                                preRelease,
                                prefix,
                                counter,
                                metadata));
    }
}
