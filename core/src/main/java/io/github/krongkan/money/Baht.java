package io.github.krongkan.money;

import io.github.krongkan.text.TextCursor;
import io.github.krongkan.text.ThaiParseException;
import io.github.krongkan.text.ThaiText;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount of Thai baht (บาท) in satang (สตางค์) precision: one baht is 100 satang.
 *
 * <p>Amounts are held as a whole number of satang, so sums and differences are exact. Values are
 * immutable and compare by amount; {@code Baht.parse("90000")} equals {@code Baht.parse("90000.00")}.
 *
 * <p><b>Limits.</b> The absolute value may not exceed {@link #MAX_ABSOLUTE} (10<sup>15</sup> baht,
 * far above any public budget). Factories and arithmetic that would go past it throw an
 * {@link ArithmeticException} that says so; nothing silently overflows.
 *
 * <p><b>Rounding.</b> Nothing rounds unless a {@link RoundingMode} is passed: factories refuse more
 * than two decimals and {@link #times(BigDecimal)} refuses a product that is not a whole number of
 * satang, as Joda-Money's {@code multipliedBy} does. Pass {@link RoundingMode#HALF_UP HALF_UP}, the
 * rule of Thai government accounting, to {@link #of(BigDecimal, RoundingMode)} or
 * {@link #times(BigDecimal, RoundingMode)} to round.
 *
 * <p><b>Text.</b> {@link #parse(CharSequence)} is strict, the inverse of {@link #toString()}
 * ({@code 90000.00}); {@link #read(CharSequence)} is lenient and reads the forms found in Thai
 * project documents: {@code 90,000}, {@code 90,000.-}, {@code 90,000.50 บาท}, {@code ๙๐,๐๐๐.- บาท}.
 * The same split holds for dates ({@code ThaiDates.parse} and {@code ThaiDates.read}).
 *
 * <p><b>Serialization.</b> A {@code Baht} is serialized through a proxy that holds the satang;
 * reading it back goes through {@link #ofSatang(long)}, so a forged stream cannot make an amount
 * beyond the limit.
 *
 * <p><b>JSON.</b> Register krongkan's Jackson module ({@code KrongkanModule} in
 * {@code krongkan-json-adapter}): it writes an amount as a decimal string ({@code "90000.00"}).
 * Without it a {@code Baht} has no bean property at all (the sign is {@link #signum()}, the amount
 * {@link #satang()} and {@link #toBigDecimal()}, none of them a getter), so a plain
 * {@code ObjectMapper} fails loudly with an {@code InvalidDefinitionException} ("no serializer
 * found") instead of writing an object that no reader takes back.
 *
 * <p>Instances are immutable, safe to share between threads and a hand-written final class rather
 * than an Immutables value: the hot path of every sum is one {@code long}.
 */
public final class Baht implements Comparable<Baht>, Serializable {
    private static final long serialVersionUID = 1L;

    private static final long MAX_SATANG = 100_000_000_000_000_000L; // 10^15 baht
    private static final String BAHT_WORD = "บาท";

    /** Zero baht. */
    public static final Baht ZERO = new Baht(0);

    /** The largest absolute amount a {@code Baht} can hold: 1,000,000,000,000,000.00 baht (10<sup>15</sup>). */
    public static final Baht MAX_ABSOLUTE = new Baht(MAX_SATANG);

    private final long satang;

    private Baht(long satang) {
        this.satang = satang;
    }

    /**
     * An amount from a whole number of satang.
     *
     * @param satang the amount in satang (1/100 baht)
     * @return the amount
     * @throws ArithmeticException if the absolute value is above {@link #MAX_ABSOLUTE}
     */
    public static Baht ofSatang(long satang) {
        if (satang == 0) {
            return ZERO;
        }
        if (satang > MAX_SATANG || satang < -MAX_SATANG) {
            throw new ArithmeticException(
                    "Amount of " + satang + " satang is beyond the supported " + "limit of ±10^15 baht");
        }
        return new Baht(satang);
    }

    /**
     * An amount from a whole number of baht.
     *
     * @param baht the amount in baht
     * @return the amount
     * @throws ArithmeticException if the absolute value is above {@link #MAX_ABSOLUTE}
     */
    public static Baht ofBaht(long baht) {
        if (baht > MAX_SATANG / 100 || baht < -MAX_SATANG / 100) {
            throw new ArithmeticException("Amount of " + baht + " baht is beyond the supported limit of ±10^15 baht");
        }
        return ofSatang(baht * 100);
    }

    /**
     * An amount from an exact decimal with at most two decimals.
     *
     * @param amount the amount in baht, e.g. {@code 90000.5}
     * @return the amount
     * @throws ArithmeticException if {@code amount} has more than two non-zero decimals, or is
     *                             beyond {@link #MAX_ABSOLUTE}
     */
    public static Baht of(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > 2) {
            throw new ArithmeticException("Amount " + amount.toPlainString() + " has more than two decimals"
                    + " (satang precision); pass a RoundingMode to round it");
        }
        return fromScaled(amount.setScale(2, RoundingMode.UNNECESSARY), amount.toPlainString());
    }

    /**
     * An amount from a decimal, rounded to the satang with the given rounding mode.
     *
     * @param amount   the amount in baht
     * @param rounding how to round to two decimals ({@link RoundingMode#HALF_UP} is the usual rule)
     * @return the rounded amount
     * @throws ArithmeticException if the rounded amount is beyond {@link #MAX_ABSOLUTE}, or if
     *                             {@code rounding} is {@code UNNECESSARY} and rounding is needed
     */
    public static Baht of(BigDecimal amount, RoundingMode rounding) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(rounding, "rounding");
        return fromScaled(amount.setScale(2, rounding), amount.toPlainString());
    }

    /**
     * Parses the form of {@link #toString()}, strictly: a plain decimal string such as
     * {@code "90000.00"}, {@code "90000"} or {@code "-12.5"}, that is an optional minus sign, ASCII
     * digits, an optional point and decimals of which at most two are not zero. No white space, no
     * grouping commas, no exponent, no Thai digits, no currency word: this is the inverse of
     * {@link #toString()} and the form of krongkan's JSON, as {@code LocalDate.parse} is for
     * {@code LocalDate}. For amounts as documents write them ({@code 90,000.-บาท}) use
     * {@link #read(CharSequence)}.
     *
     * @param text the decimal string
     * @return the amount
     * @throws ThaiParseException  if the text is not a plain decimal, or has more than two decimals
     * @throws ArithmeticException if the amount is beyond {@link #MAX_ABSOLUTE}
     */
    public static Baht parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String amount = text.toString();
        int i = 0;
        int n = amount.length();
        if (n > 0 && amount.charAt(0) == '-') {
            i = 1;
        }
        int digitsStart = i;
        while (i < n && isAsciiDigit(amount.charAt(i))) {
            i++;
        }
        if (i == digitsStart) {
            throw new ThaiParseException("Expected a plain decimal amount such as \"90000.00\"", amount, i);
        }
        int digitsEnd = i;
        checkIntegerDigits(amount.subSequence(digitsStart, digitsEnd), amount);
        long satang = 0;
        for (int k = digitsStart; k < digitsEnd; k++) {
            satang = satang * 10 + (amount.charAt(k) - '0'); // at most 16 significant digits: no overflow
        }
        satang *= 100;
        if (i < n && amount.charAt(i) == '.') {
            int fractionStart = ++i;
            while (i < n && isAsciiDigit(amount.charAt(i))) {
                i++;
            }
            if (i == fractionStart) {
                throw new ThaiParseException("Expected digits after the decimal point", amount, i);
            }
            for (int k = fractionStart + 2; k < i; k++) {
                if (amount.charAt(k) != '0') {
                    throw new ThaiParseException(
                            "More than two decimals (satang precision); use "
                                    + "Baht.of(BigDecimal, RoundingMode) to round",
                            amount,
                            k);
                }
            }
            satang += 10L * (amount.charAt(fractionStart) - '0');
            if (i > fractionStart + 1) {
                satang += amount.charAt(fractionStart + 1) - '0';
            }
        }
        if (i < n) {
            char c = amount.charAt(i);
            String why = c == 'e' || c == 'E'
                    ? "Exponent notation is not accepted in an amount"
                    : "Unexpected character '" + c + "' in a plain decimal amount";
            throw new ThaiParseException(why, amount, i);
        }
        // Built from the digits themselves, never through a BigDecimal of the whole text: trailing
        // zeros of any length (scale) and leading zeros cost one pass, not a huge setScale.
        if (satang > MAX_SATANG) {
            throw new ArithmeticException(
                    "Amount " + shorten(amount) + " is beyond the supported limit of ±10^15 baht");
        }
        return ofSatang(digitsStart == 1 ? -satang : satang);
    }

    /**
     * Reads an amount as Thai documents write it, leniently.
     *
     * <p>Accepted: an optional minus sign; digits, ASCII or Thai ({@code ๙๐,๐๐๐}); grouping commas
     * between groups of three digits; an optional fraction of one or two digits or the dash form
     * {@code .-} meaning "no satang"; an optional trailing {@code บาท}, with or without a space.
     * Surrounding white space in the sense of {@link ThaiText#isSpace(char)} (no-break and
     * zero-width spaces, byte order marks) is ignored. Examples: {@code 90,000}, {@code 90,000.-},
     * {@code 90,000.-บาท}, {@code 90,000.50 บาท}, {@code ๑๒,๕๐๐.๒๕}. Everything that
     * {@link #parse(CharSequence)} accepts with at most two decimals is read to the same amount.
     *
     * @param text the text of one amount
     * @return the amount
     * @throws ThaiParseException  with the position of the first character that does not fit
     * @throws ArithmeticException if the amount is beyond {@link #MAX_ABSOLUTE}
     */
    public static Baht read(CharSequence text) {
        Objects.requireNonNull(text, "text");
        TextCursor cursor = new TextCursor(text);
        boolean negative = cursor.skip("-");
        StringBuilder digits = new StringBuilder();
        int groupLength = 0;
        boolean grouped = false;
        while (!cursor.atEnd()) {
            char c = cursor.peek();
            if (isAsciiDigit(c)) {
                digits.append(c);
                groupLength++;
            } else if (c == ',') {
                if (groupLength == 0 || (grouped && groupLength != 3) || (!grouped && groupLength > 3)) {
                    throw cursor.error("Misplaced grouping comma; groups of three digits expected", cursor.position());
                }
                grouped = true;
                groupLength = 0;
            } else {
                break;
            }
            cursor.moveTo(cursor.position() + 1);
        }
        if (digits.length() == 0) {
            throw cursor.error("Expected an amount in baht, such as \"90,000.-\"", cursor.position());
        }
        if (grouped && groupLength != 3) {
            throw cursor.error(
                    "Misplaced grouping comma; groups of three digits expected", cursor.position() - groupLength - 1);
        }
        checkIntegerDigits(digits, cursor.input());
        String fraction = "";
        if (cursor.skip(".") && !cursor.skip("-")) {
            int start = cursor.position();
            int length = cursor.digitRun();
            if (length == 0) {
                throw cursor.error("Expected satang digits or \"-\" after the decimal point", start);
            }
            if (length > 2) {
                throw cursor.error("More than two decimals (satang precision)", start + 2);
            }
            fraction = cursor.rest().substring(0, length);
            cursor.moveTo(start + length);
        }
        cursor.skipSpace();
        if (cursor.skip(BAHT_WORD)) {
            cursor.skipSpace();
        }
        if (!cursor.atEnd()) {
            char c = cursor.peek();
            String why = c == 'e' || c == 'E'
                    ? "Exponent notation is not accepted in an amount"
                    : "Unexpected text after the amount";
            throw cursor.error(why, cursor.position());
        }
        BigDecimal value = new BigDecimal(digits + (fraction.isEmpty() ? "" : "." + fraction));
        if (negative) {
            value = value.negate();
        }
        return fromScaled(value.setScale(2, RoundingMode.UNNECESSARY), ThaiText.strip(cursor.input()));
    }

    private static Baht fromScaled(BigDecimal scaled, String shown) {
        BigInteger units = scaled.unscaledValue();
        if (units.bitLength() > 63 || Math.abs(units.longValue()) > MAX_SATANG) {
            throw new ArithmeticException("Amount " + shown + " is beyond the supported limit of ±10^15 baht");
        }
        return ofSatang(units.longValue());
    }

    /** Refuses absurd magnitudes before any BigDecimal is built from a very long digit string. */
    private static void checkIntegerDigits(CharSequence digits, String shown) {
        int significant = 0;
        for (int k = 0; k < digits.length(); k++) {
            if (significant > 0 || digits.charAt(k) != '0') {
                significant++;
            }
        }
        if (significant > 16) {
            throw new ArithmeticException("Amount with " + significant + " integer digits is beyond the supported "
                    + "limit of ±10^15 baht: " + shorten(shown));
        }
    }

    private static String shorten(String shown) {
        return shown.length() > 40 ? shown.substring(0, 40) + "…" : shown;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The sum of some amounts.
     *
     * @param amounts the amounts to add; may be empty
     * @return their exact sum, {@link #ZERO} for none
     * @throws ArithmeticException if the sum is beyond {@link #MAX_ABSOLUTE}
     */
    public static Baht sum(Iterable<Baht> amounts) {
        long total = 0;
        for (Baht amount : amounts) {
            total = Math.addExact(total, amount.satang);
            if (total > MAX_SATANG || total < -MAX_SATANG) {
                throw new ArithmeticException("Sum is beyond the supported limit of ±10^15 baht");
            }
        }
        return ofSatang(total);
    }

    /**
     * The amount in satang.
     *
     * @return the whole number of satang
     */
    public long satang() {
        return satang;
    }

    /**
     * The amount as a decimal in baht with scale 2, e.g. {@code 90000.00}.
     *
     * @return the amount in baht, always with two decimals
     */
    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(satang, 2);
    }

    /**
     * This amount plus another.
     *
     * @param other the amount to add
     * @return the exact sum
     * @throws ArithmeticException if the result is beyond {@link #MAX_ABSOLUTE}
     */
    public Baht plus(Baht other) {
        return ofSatang(satang + other.satang);
    }

    /**
     * This amount minus another.
     *
     * @param other the amount to subtract
     * @return the exact difference
     * @throws ArithmeticException if the result is beyond {@link #MAX_ABSOLUTE}
     */
    public Baht minus(Baht other) {
        return ofSatang(satang - other.satang);
    }

    /**
     * This amount times a whole quantity (people, meals, days, sets...).
     *
     * @param quantity the quantity; may be zero or negative
     * @return the exact product
     * @throws ArithmeticException if the result is beyond {@link #MAX_ABSOLUTE}
     */
    public Baht times(long quantity) {
        try {
            return ofSatang(Math.multiplyExact(satang, quantity));
        } catch (ArithmeticException e) {
            throw new ArithmeticException(this + " × " + quantity + " is beyond the supported limit of ±10^15 baht");
        }
    }

    /**
     * This amount times a decimal factor, exactly: the product must be a whole number of satang.
     *
     * @param factor the factor, e.g. {@code 3}, {@code 0.5} or {@code 1.07}
     * @return the exact product
     * @throws ArithmeticException if the product has more than two decimals (use
     *                             {@link #times(BigDecimal, RoundingMode)}), or is beyond
     *                             {@link #MAX_ABSOLUTE}
     */
    public Baht times(BigDecimal factor) {
        return times(factor, RoundingMode.UNNECESSARY);
    }

    /**
     * This amount times a decimal factor, rounded to the satang with the given rounding mode.
     *
     * @param factor   the factor, e.g. {@code 0.5} or {@code 1.07}
     * @param rounding how to round the product to two decimals; {@link RoundingMode#HALF_UP} is the
     *                 rule of Thai government accounting
     * @return the rounded product
     * @throws ArithmeticException if the product is beyond {@link #MAX_ABSOLUTE}, or if
     *                             {@code rounding} is {@code UNNECESSARY} and rounding is needed
     */
    public Baht times(BigDecimal factor, RoundingMode rounding) {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(rounding, "rounding");
        if (factor.scale() == 0 && factor.precision() <= 18) {
            // A whole factor (the usual count of people or days): the product is exact, no rounding.
            long whole = factor.longValue();
            long high = Math.multiplyHigh(satang, whole);
            long product = satang * whole;
            if (((high == 0 && product >= 0) || (high == -1 && product < 0))
                    && product <= MAX_SATANG
                    && product >= -MAX_SATANG) {
                return ofSatang(product);
            }
            // Beyond the limit: refused below, with the same message as any product.
        }
        BigDecimal product = toBigDecimal().multiply(factor);
        if (rounding == RoundingMode.UNNECESSARY && product.stripTrailingZeros().scale() > 2) {
            throw new ArithmeticException(this + " × " + factor.toPlainString() + " = " + product.toPlainString()
                    + " is not a whole number of satang; pass a RoundingMode to round it");
        }
        return of(product, rounding);
    }

    /**
     * The amount with the opposite sign.
     *
     * @return {@code -this}
     */
    public Baht negated() {
        return ofSatang(-satang);
    }

    /**
     * The absolute value.
     *
     * @return this amount if not negative, else its negation
     */
    public Baht abs() {
        return satang < 0 ? negated() : this;
    }

    /**
     * The sign of the amount: test zero with {@code signum() == 0} and a negative amount with
     * {@code signum() < 0}.
     *
     * @return -1, 0 or 1
     */
    public int signum() {
        return Long.signum(satang);
    }

    /**
     * Tells whether this amount is greater than another.
     *
     * @param other the amount to compare with
     * @return {@code true} if {@code this > other}
     */
    public boolean isGreaterThan(Baht other) {
        return satang > other.satang;
    }

    /**
     * Tells whether this amount is less than another.
     *
     * @param other the amount to compare with
     * @return {@code true} if {@code this < other}
     */
    public boolean isLessThan(Baht other) {
        return satang < other.satang;
    }

    /**
     * Compares by amount.
     *
     * @param other the amount to compare with
     * @return negative, zero or positive as this amount is less than, equal to or greater than {@code other}
     */
    @Override
    public int compareTo(Baht other) {
        return Long.compare(satang, other.satang);
    }

    /**
     * The amount with grouping commas and two decimals, as documents print it: {@code 90,000.00}.
     *
     * @return the amount for display, e.g. {@code -1,234.50}
     */
    public String toGroupedString() {
        long abs = Math.abs(satang);
        // As String.format("%,d.%02d") in Locale.ROOT writes it, without the formatter's cost.
        String whole = Long.toString(abs / 100);
        StringBuilder s = new StringBuilder(whole.length() + whole.length() / 3 + 4);
        if (satang < 0) {
            s.append('-');
        }
        int first = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        s.append(whole, 0, first);
        for (int i = first; i < whole.length(); i += 3) {
            s.append(',').append(whole, i, i + 3);
        }
        int cents = (int) (abs % 100);
        return s.append('.')
                .append((char) ('0' + cents / 10))
                .append((char) ('0' + cents % 10))
                .toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Baht other && other.satang == satang;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(satang);
    }

    /**
     * The amount as a plain decimal string with two decimals, e.g. {@code 90000.00}; the inverse of
     * {@link #parse(CharSequence)} and the form used in krongkan's JSON.
     *
     * @return the plain decimal string
     */
    @Override
    public String toString() {
        return toBigDecimal().toPlainString();
    }

    /**
     * Serializes the amount as a proxy holding its satang.
     *
     * @return the proxy
     */
    private Object writeReplace() {
        return new Serial(satang);
    }

    /**
     * Refuses a stream that claims to hold a {@code Baht} directly: only the proxy is accepted.
     *
     * @param in the stream
     * @throws InvalidObjectException always
     */
    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("A Baht is read through its serialization proxy only");
    }

    /** The serialized form of a {@link Baht}: the satang, checked again by {@link #ofSatang(long)} on reading. */
    private static final class Serial implements Serializable {
        private static final long serialVersionUID = 1L;

        /** The amount in satang. */
        private final long satang;

        Serial(long satang) {
            this.satang = satang;
        }

        /**
         * The amount, checked against the limit.
         *
         * @return the amount
         * @throws InvalidObjectException if the satang are beyond the limit of ±10^15 baht
         */
        private Object readResolve() throws InvalidObjectException {
            try {
                return ofSatang(satang);
            } catch (ArithmeticException e) {
                InvalidObjectException invalid = new InvalidObjectException(e.getMessage());
                invalid.initCause(e);
                throw invalid;
            }
        }
    }
}
