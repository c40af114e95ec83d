package io.github.krongkan.money;

import io.github.krongkan.text.ThaiParseException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Thai baht text ({@code เงินบาทเป็นตัวอักษร}): an amount written in Thai words as Excel's
 * {@code BAHTTEXT} writes it, and the reverse.
 *
 * <p><b>Writing.</b> {@link #format(Baht)} writes:
 * <ul>
 *   <li>whole amounts with {@code บาทถ้วน}: 90,000 {@code เก้าหมื่นบาทถ้วน}, 0 {@code ศูนย์บาทถ้วน};</li>
 *   <li>satang as their own number 1 to 99 followed by {@code สตางค์}: 1.01
 *       {@code หนึ่งบาทหนึ่งสตางค์}, 10.10 {@code สิบบาทสิบสตางค์}, 0.50 {@code ห้าสิบสตางค์} (no
 *       {@code บาท} when there are no baht), 0.21 {@code ยี่สิบเอ็ดสตางค์};</li>
 *   <li>the places {@code สิบ ร้อย พัน หมื่น แสน} with the digit always spoken, except 10
 *       {@code สิบ} and 20 {@code ยี่สิบ}: 100 {@code หนึ่งร้อย}, 1,000 {@code หนึ่งพัน};</li>
 *   <li>{@code ล้าน} after every six digits, repeated: 10<sup>12</sup> {@code หนึ่งล้านล้าน},
 *       2,000,005,000,000 {@code สองล้านห้าล้าน};</li>
 *   <li>negative amounts with the prefix {@code ลบ}: -0.50 {@code ลบห้าสิบสตางค์};</li>
 *   <li>a units digit 1 as {@code เอ็ด} or {@code หนึ่ง} according to a {@link BahtTextConvention}, by
 *       default {@link BahtTextConvention#ROYAL_INSTITUTE}: 101 {@code หนึ่งร้อยเอ็ดบาทถ้วน}, 1,000,001
 *       {@code หนึ่งล้านเอ็ดบาทถ้วน}, 11,000,000 {@code สิบเอ็ดล้านบาทถ้วน}, 21,000,001
 *       {@code ยี่สิบเอ็ดล้านเอ็ดบาทถ้วน}, but 1 {@code หนึ่งบาทถ้วน} and 1,000,000
 *       {@code หนึ่งล้านบาทถ้วน}.</li>
 * </ul>
 * Where an amount has more than two decimals, {@link #format(BigDecimal)} rounds it
 * {@link RoundingMode#HALF_UP HALF_UP} to the satang (1.005 is {@code หนึ่งบาทหนึ่งสตางค์}); many public
 * implementations truncate instead.
 *
 * <p><b>Reading.</b> {@link #read(CharSequence)} reads words in either convention and says which one
 * they show. It is strict: it accepts what {@code format} writes in either convention, plus
 * surrounding white space, one frame as documents and cheques print them ({@code (เก้าหมื่นบาทถ้วน)},
 * {@code (-เก้าหมื่นบาทถ้วน-)}, {@code “เก้าหมื่นบาทถ้วน”}, {@code "เก้าหมื่นบาทถ้วน"}) and the long form {@code ศูนย์บาทห้าสิบสตางค์}; everything else, such
 * as {@code สองสิบ}, {@code หนึ่งสิบ}, {@code สิบหนึ่ง}, a missing {@code บาท} or {@code ถ้วน}, or
 * {@code บาทตรง}, is refused with a {@link ThaiParseException} that gives the position.
 */
public final class BahtText {
    static final String MINUS = "ลบ";
    static final String ZERO = "ศูนย์";
    static final String BAHT = "บาท";
    static final String EXACT = "ถ้วน";
    static final String SATANG = "สตางค์";
    static final String MILLION = "ล้าน";
    static final String ET = "เอ็ด";
    static final String YI = "ยี่";
    static final String[] DIGITS = {"", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"};
    /** Place words by power of ten within a six-digit group, index 1 to 5. */
    static final String[] PLACES = {"", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน"};

    private static final long ONE_MILLION = 1_000_000L;

    private BahtText() {}

    /**
     * Writes an amount in Thai words, Royal Institute convention (as Excel's {@code BAHTTEXT}).
     *
     * @param amount the amount
     * @return the words, e.g. {@code เก้าหมื่นบาทถ้วน} for 90,000
     */
    public static String format(Baht amount) {
        return format(amount, BahtTextConvention.ROYAL_INSTITUTE);
    }

    /**
     * Writes an amount in Thai words in the given convention.
     *
     * @param amount     the amount
     * @param convention where to write {@code เอ็ด} for a units digit 1
     * @return the words, e.g. {@code หนึ่งร้อยหนึ่งบาทถ้วน} for 101 in
     *         {@link BahtTextConvention#TENS_ONLY}
     */
    public static String format(Baht amount, BahtTextConvention convention) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(convention, "convention");
        long abs = Math.abs(amount.satang());
        long baht = abs / 100;
        int satang = (int) (abs % 100);
        StringBuilder out = new StringBuilder(64);
        if (amount.signum() < 0) {
            out.append(MINUS);
        }
        if (baht > 0) {
            appendBaht(out, baht, convention);
            out.append(BAHT);
        } else if (satang == 0) {
            out.append(ZERO).append(BAHT);
        }
        if (satang == 0) {
            out.append(EXACT);
        } else {
            appendGroup(out, satang, BahtTextConvention.TENS_ONLY, false);
            out.append(SATANG);
        }
        return out.toString();
    }

    /**
     * Writes a decimal amount in Thai words, Royal Institute convention, after rounding it
     * {@link RoundingMode#HALF_UP HALF_UP} (away from zero on a tie) to the satang: 1.005 is
     * {@code หนึ่งบาทหนึ่งสตางค์}, 0.995 is {@code หนึ่งบาทถ้วน}.
     *
     * @param amount the amount in baht, any number of decimals
     * @return the words for the rounded amount
     * @throws ArithmeticException if the rounded amount is beyond {@link Baht#MAX_ABSOLUTE}
     */
    public static String format(BigDecimal amount) {
        return format(amount, RoundingMode.HALF_UP);
    }

    /**
     * Writes a decimal amount in Thai words, Royal Institute convention, after rounding it to the
     * satang with the given mode.
     *
     * @param amount   the amount in baht, any number of decimals
     * @param rounding how to round to two decimals
     * @return the words for the rounded amount
     * @throws ArithmeticException if the rounded amount is beyond {@link Baht#MAX_ABSOLUTE}, or if
     *                             {@code rounding} is {@code UNNECESSARY} and rounding is needed
     */
    public static String format(BigDecimal amount, RoundingMode rounding) {
        return format(Baht.of(amount, rounding));
    }

    /**
     * Reads Thai baht words, in either convention.
     *
     * <p>Accepted: optional white space and one optional frame around the words (parentheses
     * {@code (…)}, dashed parentheses {@code (-…-)}, quotation marks {@code “…”} or {@code "…"}); an
     * optional {@code ลบ}; then {@code …บาทถ้วน}, {@code …บาท…สตางค์}, {@code …สตางค์} (satang only) or
     * {@code ศูนย์บาท…}. The words inside may not contain white space and must be spelled as
     * {@link #format(Baht, BahtTextConvention)} spells them: {@code ยี่สิบ} not {@code สองสิบ},
     * {@code สิบ} not {@code หนึ่งสิบ}, {@code สิบเอ็ด} not {@code สิบหนึ่ง}, {@code หนึ่งร้อย} not
     * {@code ร้อย}, places in descending order, and one convention throughout.
     *
     * @param words the words, e.g. {@code (เก้าหมื่นบาทถ้วน)}
     * @return the amount and the convention the words show
     * @throws ThaiParseException  with the position of the first word that does not fit, and an English
     *                             message that quotes it
     * @throws ArithmeticException if the amount is beyond {@link Baht#MAX_ABSOLUTE}
     */
    public static BahtWords read(CharSequence words) {
        Objects.requireNonNull(words, "words");
        return new BahtTextParser(words.toString()).parse();
    }

    /**
     * Reads Thai baht words as {@link #read(CharSequence)} does, and also accepts a whole amount that
     * ends {@code บาท} without {@code ถ้วน} ({@code เก้าหมื่นบาท}, {@code (-เก้าหมื่นบาท-)}); the
     * reading's {@link BahtWords#withoutExact()} tells whether {@code ถ้วน} was missing.
     *
     * @param words the words, e.g. {@code เก้าหมื่นบาท}
     * @return the amount, the convention the words show and whether {@code ถ้วน} was missing
     * @throws ThaiParseException  with the position of the first word that does not fit
     * @throws ArithmeticException if the amount is beyond {@link Baht#MAX_ABSOLUTE}
     */
    public static BahtWords readLenient(CharSequence words) {
        Objects.requireNonNull(words, "words");
        return new BahtTextParser(words.toString(), true).parse();
    }

    /**
     * Tells whether a document's words say the given amount, in either convention; for the pair
     * {@code 90,000.-บาท (เก้าหมื่นบาทถ้วน)}. Words that cannot be read do not match. To learn which
     * convention they use, or why they cannot be read, use {@link #read(CharSequence)}.
     *
     * @param amount the amount written in digits
     * @param words  the amount written in words
     * @return {@code true} if the words can be read and say exactly {@code amount}
     */
    public static boolean matches(Baht amount, CharSequence words) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(words, "words");
        try {
            return read(words).amount().equals(amount);
        } catch (ThaiParseException | ArithmeticException e) {
            return false;
        }
    }

    private static void appendBaht(StringBuilder out, long baht, BahtTextConvention convention) {
        if (baht >= ONE_MILLION) {
            appendBaht(out, baht / ONE_MILLION, convention);
            out.append(MILLION);
            int low = (int) (baht % ONE_MILLION);
            if (low > 0) {
                appendGroup(out, low, convention, true);
            }
        } else {
            appendGroup(out, (int) baht, convention, false);
        }
    }

    /**
     * Appends a six-digit group, 1 to 999,999.
     *
     * @param higherNonZero whether a non-zero digit stands above this group in the same amount
     */
    private static void appendGroup(
            StringBuilder out, int value, BahtTextConvention convention, boolean higherNonZero) {
        int rest = value;
        for (int power = 5, divisor = 100_000; power >= 2; power--, divisor /= 10) {
            int digit = rest / divisor;
            rest %= divisor;
            if (digit > 0) {
                out.append(DIGITS[digit]).append(PLACES[power]);
            }
        }
        int tens = rest / 10;
        int units = rest % 10;
        if (tens == 2) {
            out.append(YI);
        } else if (tens > 2) {
            out.append(DIGITS[tens]);
        }
        if (tens > 0) {
            out.append(PLACES[1]);
        }
        if (units == 1) {
            boolean et = tens > 0 || (convention == BahtTextConvention.ROYAL_INSTITUTE && (higherNonZero || value > 1));
            out.append(et ? ET : DIGITS[1]);
        } else if (units > 1) {
            out.append(DIGITS[units]);
        }
    }
}
