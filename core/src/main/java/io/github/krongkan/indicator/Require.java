package io.github.krongkan.indicator;

import java.math.BigDecimal;

/** Argument checks and number helpers shared by this package; messages name the field. */
final class Require {
    private Require() {}

    static void notBlank(String value, String field) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }

    /** Without trailing zeros, and never with a negative scale: 90.000 → 90, 1E+3 → 1000. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A decimal with a negative scale written with scale 0 (1E+3 → 1000), else the same. */
    static BigDecimal noNegativeScale(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0) : value;
    }
}
