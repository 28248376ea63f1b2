package hudson.security.csrf;

import hudson.ExtensionPoint;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Lets selected POST requests through without a CSRF crumb. (Not in the shared signature reference:
 * checked against the supplementary reference in this module's tests, written from the Jenkins
 * 2.555.3 source.)
 *
 * @since 1.448 (the jakarta {@code process} overload since 2.475)
 */
public abstract class CrumbExclusion implements ExtensionPoint {

    public boolean process(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
