package io.jenkins.plugins.freight.engine.security;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/** The rules a user's details follow; every broken rule is reported at once. */
final class UserValidation {

    private UserValidation() {}

    static UserDetails validate(UserDetails details) {
        List<String> errors = new ArrayList<>();
        String username = strip(details.username());
        String displayName = strip(details.displayName());
        String email = strip(details.emailAddress());
        if (username.isEmpty()) {
            errors.add("Username is required.");
        } else if (username.length() > 200 || !username.matches("[\\p{L}\\p{N}._@+\\\\-]+")) {
            errors.add(
                    "Username must be at most 200 letters, digits and the characters . _ @ + - \\.");
        }
        if (displayName.isEmpty()) {
            errors.add("Display name is required.");
        } else if (displayName.length() > 200
                || displayName.chars().anyMatch(Character::isISOControl)) {
            errors.add("Display name must be at most 200 characters without control characters.");
        }
        if (!email.isEmpty() && (email.length() > 400 || !email.matches("[^@\\s]+@[^@\\s]+"))) {
            errors.add("Email address must look like name@example.com.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The user details are not valid.", errors);
        }
        return new UserDetails(username, displayName, email, details.active(), details.service());
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
