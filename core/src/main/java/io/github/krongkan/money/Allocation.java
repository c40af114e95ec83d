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
 */
public final class Allocation {

    private Allocation() {}

    /**
     * Splits a total into equal shares: 200,000.00 into 5 is 40,000.00 each, 100.00 into 3 is
     * 33.34, 33.33, 33.33. The shares differ by at most one satang, the larger ones first.
     *
     * @param total  the amount to split; may be zero or negative
     * @param shares how many shares, at least 1
     * @return the shares, unmodifiable, adding up exactly to {@code total}
     * @throws IllegalArgumentException if {@code shares} is less than 1
     */
    public static List<Baht> equally(Baht total, int shares) {
        Objects.requireNonNull(total, "total");
        if (shares < 1) {
            throw new IllegalArgumentException("Cannot split an amount into " + shares + " shares; at least 1 needed");
        }
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
     * @throws IllegalArgumentException if {@code weights} is empty, contains a negative, non-finite or
     *                                  {@code null} weight, or has no positive weight
     */
    public static List<Baht> byWeights(Baht total, List<? extends Number> weights) {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(weights, "weights");
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("Cannot split an amount by an empty list of weights");
        }
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

    private static Baht share(Baht total, long absSatang) {
        return Baht.ofSatang(total.isNegative() ? -absSatang : absSatang);
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
            scale = Math.max(scale, exact[i].stripTrailingZeros().scale());
        }
        BigInteger[] scaled = new BigInteger[exact.length];
        for (int i = 0; i < exact.length; i++) {
            scaled[i] = exact[i].setScale(scale).unscaledValue();
        }
        return scaled;
    }

    private static BigDecimal exact(Number weight, int index) {
        if (weight == null) {
            throw new IllegalArgumentException("Weight at index " + index + " is null");
        }
        if (weight instanceof BigDecimal) {
            return (BigDecimal) weight;
        }
        if (weight instanceof BigInteger) {
            return new BigDecimal((BigInteger) weight);
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
