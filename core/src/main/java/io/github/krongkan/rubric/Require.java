package io.github.krongkan.rubric;

import java.math.BigDecimal;

/** Argument checks shared by this package; messages name the field. */
final class Require {
    private Require() {}

    static void notBlank(String value, String field) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }

    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
