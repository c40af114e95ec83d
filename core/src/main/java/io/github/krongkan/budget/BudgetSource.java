package io.github.krongkan.budget;

import io.github.krongkan.internal.Require;
import io.github.krongkan.money.Baht;
import io.github.krongkan.time.FiscalYear;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The source of a budget (แหล่งงบประมาณ): a kind to group and filter by, and the text as the
 * document writes it, e.g. {@code เบิกจ่ายจากงบประมาณรายจ่ายประจำปี พ.ศ.๒๕69 งานงบประมาณโรงเรียน งบรายจ่ายอื่น}.
 *
 * <p>As one of a budget's {@linkplain Budget#fundingSources() funding sources} it also carries the
 * amount the source gives and the fiscal year it gives it in, e.g. seed 004's
 * {@code เงินงบประมาณตามแผนปฏิบัติการ 120,000 บาท}. A source whose amount the document leaves blank
 * has no amount: blank is not zero.
 */
@Value.Immutable
public abstract class BudgetSource {
    BudgetSource() {}

    /**
     * The kind of source.
     *
     * @return the kind
     */
    public abstract BudgetSourceKind kind();

    /**
     * The source as written, if the document words it.
     *
     * @return the text
     */
    public abstract Optional<String> text();

    /**
     * The amount the source gives, if the document states it.
     *
     * @return the amount, not negative
     */
    public abstract Optional<Baht> amount();

    /**
     * The fiscal year (ปีงบประมาณ) the source gives the amount in, if stated; a project spanning
     * years can have a source per year.
     *
     * @return the fiscal year
     */
    public abstract Optional<FiscalYear> fiscalYear();

    /**
     * A source of the given kind without text.
     *
     * @param kind the kind
     * @return the source
     */
    public static BudgetSource of(BudgetSourceKind kind) {
        return builder().kind(kind).build();
    }

    /**
     * A source of the given kind, as written.
     *
     * @param kind the kind
     * @param text the text as written
     * @return the source
     * @throws IllegalArgumentException if the text is blank
     */
    public static BudgetSource of(BudgetSourceKind kind, String text) {
        return builder().kind(kind).text(text).build();
    }

    /**
     * A builder for a budget source.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link BudgetSource}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link BudgetSource#kind() kind}. Every other attribute is optional, a
     * list or has a default; {@code build()} throws {@link IllegalStateException} naming each
     * required attribute that was not set.
     */
    public static final class Builder extends ImmutableBudgetSource.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        text().ifPresent(t -> Require.notBlank(t, "text of a budget source (แหล่งงบประมาณ)"));
        amount().ifPresent(a -> Require.notNegative(a.signum(), a, "amount of a budget source (แหล่งงบประมาณ)"));
    }
}
