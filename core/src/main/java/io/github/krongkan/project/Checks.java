package io.github.krongkan.project;

/** Validation helpers for the factories of this package. */
final class Checks {
    private Checks() {}

    static void notBlank(String value, String field) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
