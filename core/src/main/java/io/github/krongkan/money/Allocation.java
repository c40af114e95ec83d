package io.github.krongkan.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Splits a total into shares that add up to it exactly, to the satang: a budget into networks,
 * schools or instalments.
 *
 * <p><b>Method.</b> Largest remainder (Hamilton): each share first gets its exact quotient
 * {@code total × weight / sum of weights} rounded down to the satang; the satang left over (fewer than
 * the number of shares) then go one each to the shares with the largest remainders. Ties are broken
 * by the lowest index first, so the result is deterministic and earlier shares are never smaller than
 * later ones of equal weight. Every share therefore differs from its exact quotient by less than one
 * satang, and {@code 100.00} split three ways is {@code 33.34, 33.33, 33.33}.
 *
 * <p><b>Negative totals</b> are split symmetrically: the shares of {@code -x} are the negated shares of
 * {@code x} (so -100.00 three ways is {@code -33.34, -33.33, -33.33}).
 *
 * <p><b>Weights</b> are exact: integers, {@link BigInteger}, {@link BigDecimal}; a {@code double} or
 * {@code float} weight is taken as its shortest decimal form ({@code 0.1} is exactly 1/10). A weight
 * may be zero (its share is then exactly zero) but not negative, and at least one must be positive.
 *
 * <p><b>Limits.</b> At most {@value #MAX_SHARES} shares, and weights of at most
 * {@value #MAX_WEIGHT_DIGITS} digits before and {@value #MAX_WEIGHT_DIGITS} after the decimal point
 * (trailing zeros aside; a weight given with more than {@value #MAX_WEIGHT_PRECISION} digits is
 * refused before it is looked at more closely). Beyond these a split in satang gains nothing, and
 * such arguments are refused at once with an {@link IllegalArgumentException} rather than costing
 * seconds of arithmetic or all the memory.
 */
public final class Allocation {
    /** The largest number of shares of a split. */
    public static final int MAX_SHARES = 1_000_000;

    /** The largest number of digits of a weight before, and after, the decimal point. */
    public static final int MAX_WEIGHT_DIGITS = 64;

    /** The largest number of digits a weight may be given with, trailing zeros included. */
    public static final int MAX_WEIGHT_PRECISION = 1_000;

    private Allocation() {}

    /**
     * Splits a total into equal shares: 200,000.00 into 5 is 40,000.00 each, 100.00 into 3 is
     * 33.34, 33.33, 33.33. The shares differ by at most one satang, the larger ones first.
     *
     * @param total  the amount to split; may be zero or negative
     * @param shares how many shares, 1 to {@link #MAX_SHARES}
     * @return the shares, unmodifiable, adding up exactly to {@code total}
     * @throws IllegalArgumentException if {@code shares} is less than 1 or more than {@link #MAX_SHARES}
     */
    public static List<Baht> equally(Baht total, int shares) {
        Objects.requireNonNull(total, "total");
        if (shares < 1) {
            throw new IllegalArgumentException("Cannot split an amount into " + shares + " shares; at least 1 needed");
        }
        checkShareCount(shares);
        long abs = Math.abs(total.satang());
        long base = abs / shares;
        long extra = abs % shares;
        Baht[] result = new Baht[shares];
        for (int i = 0; i < shares; i++) {
            result[i] = share(total, base + (i < extra ? 1 : 0));
        }
        return Collections.unmodifiableList(Arrays.asList(result));
    }

    /**
     * Splits a total in proportion to weights: 214,650.00 by {@code 40000, 40000, 40000, 40000, 40000,
     * 14650} gives those amounts back; 100.00 by {@code 1, 1, 1} is 33.34, 33.33, 33.33.
     *
     * @param total   the amount to split; may be zero or negative
     * @param weights one weight per share, in order: zero or positive, at least one positive; integers,
     *                {@link BigInteger}, {@link BigDecimal}, or finite {@code double}/{@code float}
     * @return the shares in the order of the weights, unmodifiable, adding up exactly to {@code total}
     * @throws IllegalArgumentException if {@code weights} is empty or has more than {@link #MAX_SHARES}
     *                                  weights, contains a negative, non-finite, {@code null} or too
     *                                  long weight (see the limits above), or has no positive weight
     */
    public static List<Baht> byWeights(Baht total, List<? extends Number> weights) {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(weights, "weights");
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("Cannot split an amount by an empty list of weights");
        }
        checkShareCount(weights.size());
        BigInteger[] scaled = scaledWeights(weights);
        BigInteger sum = BigInteger.ZERO;
        for (BigInteger w : scaled) {
            sum = sum.add(w);
        }
        if (sum.signum() == 0) {
            throw new IllegalArgumentException("Cannot split an amount by weights that are all zero: " + weights);
        }
        BigInteger abs = BigInteger.valueOf(Math.abs(total.satang()));
        long[] satang = new long[scaled.length];
        BigInteger[] remainders = new BigInteger[scaled.length];
        long handedOut = 0;
        for (int i = 0; i < scaled.length; i++) {
            BigInteger[] qr = abs.multiply(scaled[i]).divideAndRemainder(sum);
            satang[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            handedOut += satang[i];
        }
        List<Integer> order = new ArrayList<>(scaled.length);
        for (int i = 0; i < scaled.length; i++) {
            order.add(i);
        }
        order.sort(
                Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(Comparator.naturalOrder()));
        long leftOver = abs.longValueExact() - handedOut;
        for (int k = 0; k < leftOver; k++) {
            satang[order.get(k)]++;
        }
        Baht[] result = new Baht[scaled.length];
        for (int i = 0; i < scaled.length; i++) {
            result[i] = share(total, satang[i]);
        }
        return Collections.unmodifiableList(Arrays.asList(result));
    }

    private static void checkShareCount(int shares) {
        if (shares > MAX_SHARES) {
            throw new IllegalArgumentException(
                    "Cannot split an amount into " + shares + " shares; at most " + MAX_SHARES + " are supported");
        }
    }

    private static Baht share(Baht total, long absSatang) {
        return Baht.ofSatang(total.signum() < 0 ? -absSatang : absSatang);
    }

    /** The weights as integers, all multiplied by the same power of ten. */
    private static BigInteger[] scaledWeights(List<? extends Number> weights) {
        BigDecimal[] exact = new BigDecimal[weights.size()];
        int scale = 0;
        for (int i = 0; i < exact.length; i++) {
            exact[i] = exact(weights.get(i), i);
            if (exact[i].signum() < 0) {
                throw new IllegalArgumentException("Weight " + weights.get(i) + " at index " + i
                        + " is negative; weights must be zero or positive");
            }
            exact[i] = bounded(exact[i], i);
            scale = Math.max(scale, exact[i].scale());
        }
        BigInteger[] scaled = new BigInteger[exact.length];
        for (int i = 0; i < exact.length; i++) {
            scaled[i] = exact[i].setScale(scale).unscaledValue();
        }
        return scaled;
    }

    /** The weight without trailing zeros, refused if it has too many digits before or after the point. */
    private static BigDecimal bounded(BigDecimal weight, int index) {
        // Checked on precision and scale first: both are cheap, while stripping trailing zeros or
        // scaling a weight such as 1E-100000000 is not.
        if (weight.precision() > MAX_WEIGHT_PRECISION) {
            throw new IllegalArgumentException("Weight at index " + index + " has " + weight.precision()
                    + " digits; at most " + MAX_WEIGHT_PRECISION + " are accepted");
        }
        if (weight.signum() == 0) {
            return BigDecimal.ZERO;
        }
        long integerDigits = (long) weight.precision() - weight.scale();
        if (integerDigits > MAX_WEIGHT_DIGITS) {
            throw new IllegalArgumentException("Weight at index " + index + " has " + integerDigits
                    + " digits before the decimal point; at most " + MAX_WEIGHT_DIGITS + " are accepted");
        }
        BigDecimal stripped = weight.stripTrailingZeros();
        if (stripped.scale() > MAX_WEIGHT_DIGITS) {
            throw new IllegalArgumentException("Weight at index " + index + " has " + stripped.scale()
                    + " digits after the decimal point (" + stripped.toString() + "); at most "
                    + MAX_WEIGHT_DIGITS + " are accepted");
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal exact(Number weight, int index) {
        if (weight == null) {
            throw new IllegalArgumentException("Weight at index " + index + " is null");
        }
        if (weight instanceof BigDecimal decimal) {
            return decimal;
        }
        if (weight instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (weight instanceof Long
                || weight instanceof Integer
                || weight instanceof Short
                || weight instanceof Byte
                || weight instanceof AtomicLong
                || weight instanceof AtomicInteger) {
            return BigDecimal.valueOf(weight.longValue());
        }
        if (weight instanceof Double || weight instanceof Float) {
            double d = weight.doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("Weight " + weight + " at index " + index + " is not finite");
            }
            return new BigDecimal(weight.toString());
        }
        try {
            return new BigDecimal(weight.toString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "Weight " + weight + " at index " + index + " is not a decimal number", e);
        }
    }
}
