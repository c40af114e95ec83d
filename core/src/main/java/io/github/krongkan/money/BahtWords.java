package io.github.krongkan.money;

import java.util.Objects;
import java.util.Optional;

/**
 * Thai baht words read by {@link BahtText#read(CharSequence)}: the amount they say and the
 * {@link BahtTextConvention} they were written in, where the words tell.
 *
 * <p>Many amounts read the same in both conventions (90,000 {@code เก้าหมื่นบาทถ้วน}, 21
 * {@code ยี่สิบเอ็ดบาทถ้วน}); for those {@link #convention()} is empty and {@link #conformsTo} is
 * {@code true} for both. Immutable; equal when amount and convention are equal.
 */
public final class BahtWords {
    private final Baht amount;
    private final BahtTextConvention convention;
    private final boolean withoutExact;

    private BahtWords(Baht amount, BahtTextConvention convention, boolean withoutExact) {
        this.amount = amount;
        this.convention = convention;
        this.withoutExact = withoutExact;
    }

    /**
     * Words read as {@code amount}, written in {@code convention}.
     *
     * @param amount     the amount the words say
     * @param convention the convention the words show, or {@code null} when they read the same in both
     * @return the reading
     */
    static BahtWords of(Baht amount, BahtTextConvention convention) {
        return of(amount, convention, false);
    }

    /**
     * Words read as {@code amount}, written in {@code convention}, perhaps without the closing
     * {@code ถ้วน}.
     *
     * @param amount       the amount the words say
     * @param convention   the convention the words show, or {@code null} when they read the same in both
     * @param withoutExact whether the words are a whole amount that ends {@code บาท} without {@code ถ้วน}
     * @return the reading
     */
    static BahtWords of(Baht amount, BahtTextConvention convention, boolean withoutExact) {
        return new BahtWords(Objects.requireNonNull(amount, "amount"), convention, withoutExact);
    }

    /**
     * The amount the words say.
     *
     * @return the amount, exact to the satang
     */
    public Baht amount() {
        return amount;
    }

    /**
     * The convention the words were written in.
     *
     * @return {@link BahtTextConvention#ROYAL_INSTITUTE} if they contain a {@code เอ็ด} that only that
     *         convention writes (101 {@code หนึ่งร้อยเอ็ด}), {@link BahtTextConvention#TENS_ONLY} if they
     *         contain a {@code หนึ่ง} that only that convention writes (101 {@code หนึ่งร้อยหนึ่ง}), and
     *         empty when the amount has no digit on which the two differ
     */
    public Optional<BahtTextConvention> convention() {
        return Optional.ofNullable(convention);
    }

    /**
     * Tells whether the words are exactly what {@link BahtText#format(Baht, BahtTextConvention)} writes
     * for this amount in the given convention, as far as the choice of {@code เอ็ด} goes.
     *
     * @param candidate the convention to test
     * @return {@code true} if the words do not contradict {@code candidate}
     */
    public boolean conformsTo(BahtTextConvention candidate) {
        Objects.requireNonNull(candidate, "candidate");
        return convention == null || convention == candidate;
    }

    /**
     * Tells whether the words are a whole amount written without the closing {@code ถ้วน}
     * ({@code เก้าหมื่นบาท}), which only {@link BahtText#readLenient(CharSequence)} accepts.
     *
     * @return {@code true} if {@code ถ้วน} is missing after {@code บาท}
     */
    public boolean withoutExact() {
        return withoutExact;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BahtWords other
                && other.amount.equals(amount)
                && other.convention == convention
                && other.withoutExact == withoutExact;
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, convention, withoutExact);
    }

    /**
     * A short description for logs and test failures.
     *
     * @return e.g. {@code BahtWords[90000.00, either convention]}
     */
    @Override
    public String toString() {
        return "BahtWords[" + amount + ", " + (convention == null ? "either convention" : convention)
                + (withoutExact ? ", without ถ้วน" : "") + "]";
    }
}
