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
}
