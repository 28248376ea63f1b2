package io.jenkins.plugins.freight.engine.version;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SortKeyPrefixTest {

    @Test
    void prefixBoundsTheKeysOfMatchingVersions() {
        String low = OctopusVersion.sortKeyPrefix(1, 2);
        String high = OctopusVersion.sortKeyPrefix(1, 3);
        for (String inside : new String[] {"1.2", "1.2.0-alpha", "1.2.99.7", "1.2.3-beta.4"}) {
            String key = OctopusVersion.parse(inside).sortKey();
            assertThat(key).as(inside).startsWith(low).isLessThan(high);
        }
        for (String outside : new String[] {"1.1.99", "1.3.0-alpha", "2.2.0", "0.2.0"}) {
            String key = OctopusVersion.parse(outside).sortKey();
            assertThat(key.compareTo(low) < 0 || key.compareTo(high) >= 0).as(outside).isTrue();
        }
    }
}
