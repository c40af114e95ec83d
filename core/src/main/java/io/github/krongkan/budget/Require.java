package io.github.krongkan.budget;

import io.github.krongkan.money.Baht;

/** Argument checks shared by the value types of this package; messages name the field. */
final class Require {
    private Require() {}

    static void nonBlank(String value, String field) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }

    /** A rate kind: an identifier of letters and digits such as {@code snacksGovernmentVenue}. */
    static void rateKind(String value, String field) {
        if (!value.matches("[A-Za-z][A-Za-z0-9_.-]*")) {
            throw new IllegalArgumentException(
                    field + " must be an identifier such as snacksGovernmentVenue: '" + value + "'");
        }
    }

    static void notNegative(Baht amount, String field) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException(field + " must not be negative: " + amount);
        }
    }
}
