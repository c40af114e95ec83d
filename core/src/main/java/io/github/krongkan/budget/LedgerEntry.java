package io.github.krongkan.budget;

import io.github.krongkan.internal.Require;
import io.github.krongkan.money.Baht;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One movement of a project's money: a disbursement (เบิกจ่าย), an outstanding obligation
 * (ก่อหนี้ผูกพัน) or a return (ส่งคืน), with its date and instalment (งวด) where known.
 *
 * <p>Entries without a date count in the ledger's totals but in no quarter's cumulative rate.
 *
 * <p>An entry can name the network it belongs to ({@link #networkId()}, one of the project's
 * networks) or the school, group or network by name as written ({@link #party()}): who was paid
 * or, for a return, who sent the money back; its {@link #note()} then says why.
 */
@Value.Immutable
public abstract class LedgerEntry {
    LedgerEntry() {}

    /**
     * What the entry records.
     *
     * @return the kind
     */
    public abstract LedgerEntryKind kind();

    /**
     * The amount.
     *
     * @return the amount, positive
     */
    public abstract Baht amount();

    /**
     * The date of the movement, if known.
     *
     * @return the date
     */
    public abstract Optional<LocalDate> date();

    /**
     * The instalment (งวดที่) the money belongs to, if known.
     *
     * @return the instalment number, at least 1
     */
    public abstract Optional<Integer> instalment();

    /**
     * A note as written, e.g. what was bought or who returned the money.
     *
     * @return the note
     */
    public abstract Optional<String> note();

    /**
     * The id of the project's network the money belongs to (the network that disbursed it or sent
     * it back), if the entry names one.
     *
     * @return the network id, one of the project's networks
     */
    public abstract Optional<String> networkId();

    /**
     * The school, school group or network the money belongs to, by name as written (e.g.
     * {@code กลุ่มโรงเรียนบางพลี 1}), if the entry names one.
     *
     * @return the name
     */
    public abstract Optional<String> party();

    /**
     * A dated disbursement.
     *
     * @param date   the date
     * @param amount the amount
     * @return the entry
     * @throws IllegalArgumentException if the amount is not positive
     */
    public static LedgerEntry disbursement(LocalDate date, Baht amount) {
        return builder()
                .kind(LedgerEntryKind.DISBURSEMENT)
                .date(date)
                .amount(amount)
                .build();
    }

    /**
     * A dated outstanding obligation.
     *
     * @param date   the date it was incurred
     * @param amount the amount
     * @return the entry
     * @throws IllegalArgumentException if the amount is not positive
     */
    public static LedgerEntry obligation(LocalDate date, Baht amount) {
        return builder()
                .kind(LedgerEntryKind.OBLIGATION)
                .date(date)
                .amount(amount)
                .build();
    }

    /**
     * A dated return of money.
     *
     * @param date   the date
     * @param amount the amount
     * @return the entry
     * @throws IllegalArgumentException if the amount is not positive
     */
    public static LedgerEntry returned(LocalDate date, Baht amount) {
        return builder().kind(LedgerEntryKind.RETURN).date(date).amount(amount).build();
    }

    /**
     * A builder for an entry.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link LedgerEntry}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link LedgerEntry#kind() kind}, {@link LedgerEntry#amount() amount}.
     * Every other attribute is optional, a list or has a default; {@code build()} throws {@link
     * IllegalStateException} naming each required attribute that was not set.
     */
    public static final class Builder extends ImmutableLedgerEntry.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        if (amount().signum() <= 0) {
            throw new IllegalArgumentException("amount of a ledger entry must be positive: " + amount());
        }
        instalment().ifPresent(i -> {
            if (i < 1) {
                throw new IllegalArgumentException("instalment (งวดที่) must be at least 1: " + i);
            }
        });
        note().ifPresent(n -> Require.notBlank(n, "note of a ledger entry"));
        Parties.check(networkId(), party(), "a ledger entry");
    }
}
