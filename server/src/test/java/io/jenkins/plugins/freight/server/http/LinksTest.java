package io.jenkins.plugins.freight.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinksTest {

    @Test
    void webLinksArePathsTheUiRoutesServeUnderTheMountPoint() {
        Links links = new Links("/jenkins/freight/");
        assertThat(links.web("/Spaces-1/releases/Releases-3"))
                .isEqualTo("/jenkins/freight/app/Spaces-1/releases/Releases-3");
        assertThat(links.web("/Spaces-1/tasks/ServerTasks-9")).doesNotContain("#");
    }

    @Test
    void apiLinksSitUnderTheMountPoint() {
        assertThat(new Links("").api("/tasks/ServerTasks-1")).isEqualTo("/api/tasks/ServerTasks-1");
    }

    @Test
    void segmentsArePercentEncodedLikeUrlEncoderWithSpacesAsPercent20() {
        for (String value :
                new String[] {
                    "ServerTasks-12", "a.b_c-D9", "My Project", "a+b", "ä/ö?x=1&y", "*", "~", ""
                }) {
            assertThat(Links.segment(value))
                    .as(value)
                    .isEqualTo(
                            java.net.URLEncoder.encode(
                                            value, java.nio.charset.StandardCharsets.UTF_8)
                                    .replace("+", "%20"));
        }
    }
}
