package io.github.krongkan.risk;

/** Argument checks shared by the value types of this package; messages name the field. */
final class Require {
    private Require() {}

    static void notBlank(String value, String field) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
