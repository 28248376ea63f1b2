package com.cloudbees.plugins.credentials.domains;

import java.util.List;

/**
 * Domain requirements for a URI.
 *
 * @since credentials 1.6
 */
public class URIRequirementBuilder {

    private URIRequirementBuilder() {}

    public static URIRequirementBuilder fromUri(String uri) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public List<DomainRequirement> build() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
