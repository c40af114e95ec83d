package io.github.krongkan.network;

/** Argument checks shared by the value types of this package; messages name the field. */
final class Require {
    private Require() {}

    /**
     * Refuses a blank value.
     *
     * @param value the value
     * @param field the field as it should appear in the message, e.g. {@code "School name"}
     */
    static void nonBlank(String value, String field) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }

    /**
     * Refuses a blank id or one with leading or trailing white space.
     *
     * @param value the id
     * @param field the field as it should appear in the message, e.g. {@code "School id"}
     */
    static void id(String value, String field) {
        nonBlank(value, field);
        if (!value.equals(value.strip())) {
            throw new IllegalArgumentException(
                    field + " must not have leading or trailing white space: '" + value + "'");
        }
    }
}
