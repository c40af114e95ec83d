package io.github.krongkan.internal;

import io.github.krongkan.text.ThaiText;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Argument checks shared by the factories of every model package. Each throws an
 * {@link IllegalArgumentException} whose message starts with the field, as the caller names it
 * (e.g. {@code "School name"}), and says why. Not part of the public API.
 */
public final class Require {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

    private Require() {}

    /**
     * Refuses a value that is empty or only white space in the sense of {@link String#isBlank()}.
     * A value of no-break or zero-width spaces only is not blank here: it is kept as written, as
     * krongkan's JSON keeps every string (readers of amounts and dates skip those characters with
     * {@link ThaiText#isSpace(char)}).
     *
     * @param value the value
     * @param field the field as it should appear in the message
     * @throws IllegalArgumentException if the value is blank
     */
    public static void notBlank(String value, String field) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }

    /**
     * Refuses a blank id or one with leading or trailing white space.
     *
     * @param value the id
     * @param field the field as it should appear in the message, e.g. {@code "School id"}
     * @throws IllegalArgumentException if the id is blank or not stripped
     */
    public static void id(String value, String field) {
        notBlank(value, field);
        if (!value.equals(value.strip())) {
            throw new IllegalArgumentException(
                    field + " must not have leading or trailing white space: '" + value + "'");
        }
    }

    /**
     * Refuses anything but an identifier of ASCII letters and digits that starts with a letter, such
     * as {@code snacksGovernmentVenue} ({@code _ . -} allowed after the first letter).
     *
     * @param value the value
     * @param field the field as it should appear in the message
     * @throws IllegalArgumentException if the value is not such an identifier
     */
    public static void identifier(String value, String field) {
        if (!IDENTIFIER.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    field + " must be an identifier such as snacksGovernmentVenue: '" + value + "'");
        }
    }

    /**
     * Refuses a negative number.
     *
     * @param signum the sign of the value, -1, 0 or 1
     * @param value  the value, shown in the message
     * @param field  the field as it should appear in the message
     * @throws IllegalArgumentException if {@code signum} is negative
     */
    public static void notNegative(int signum, Object value, String field) {
        if (signum < 0) {
            throw new IllegalArgumentException(field + " must not be negative: " + value);
        }
    }

    /**
     * A decimal without trailing zeros and never with a negative scale: {@code 90.000} becomes
     * {@code 90}, {@code 1E+3} becomes {@code 1000}. The form in which model types keep measured
     * numbers, so that equal numbers are equal values and write back as they read.
     *
     * @param value the decimal
     * @return the decimal in plain form
     */
    public static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * A decimal with a negative scale written with scale 0 ({@code 1E+3} becomes {@code 1000}),
     * other decimals unchanged (their trailing zeros kept).
     *
     * @param value the decimal
     * @return the decimal with a scale of at least 0
     */
    public static BigDecimal noNegativeScale(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0) : value;
    }
}
