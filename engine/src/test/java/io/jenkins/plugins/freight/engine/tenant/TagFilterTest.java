package io.jenkins.plugins.freight.engine.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagFilterTest {

    @Test
    void tagsOfOneSetAreAlternativesAndSetsMustAllMatch() {
        List<String> tenant = List.of("Tier/Gold", "Region/EU");
        assertThat(TagFilter.matches(tenant, List.of())).isTrue();
        assertThat(TagFilter.matches(tenant, List.of("Tier/Gold", "Tier/Silver"))).isTrue();
        assertThat(TagFilter.matches(tenant, List.of("tier/gold", "Region/EU"))).isTrue();
        assertThat(TagFilter.matches(tenant, List.of("Tier/Silver"))).isFalse();
        assertThat(TagFilter.matches(tenant, List.of("Tier/Gold", "Region/US"))).isFalse();
    }
}
