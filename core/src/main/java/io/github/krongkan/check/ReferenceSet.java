package io.github.krongkan.check;

import io.github.krongkan.budget.DisbursementTargets;
import io.github.krongkan.budget.RateTable;
import io.github.krongkan.budget.RateTables;
import io.github.krongkan.network.SizeScheme;
import io.github.krongkan.rubric.QualityScale;
import io.github.krongkan.rubric.Rubric;
import io.github.krongkan.time.FiscalYear;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * Reference data (ข้อมูลอ้างอิง) that checks and analyses use but that documents do not carry: rate
 * ceilings of Ministry of Finance circulars, the Cabinet's yearly disbursement targets, school-size
 * schemes, quality scales and rubrics. An office keeps them as files, one kind or several per file
 * (the JSON form {@code krongkan-reference/1}, see {@code docs/reference-data.md}), and follows a
 * new circular by adding a file rather than waiting for a release.
 *
 * <p>Each kind is keyed: a rate table by the day it takes effect, targets by fiscal year, schemes,
 * scales and rubrics by name; a set holds each key once. {@link #merge(ReferenceSet)} joins sets
 * that must not overlap (the files of one directory); {@link #over(ReferenceSet)} lays a set over
 * another, its entries replacing those with the same key (an office's files over the
 * {@link #defaults() shipped defaults}).
 *
 * <pre>{@code
 * ReferenceSet mine = ReferenceJson.readDirectory(Path.of("reference"));   // json-adapter
 * ProjectCheck check = ProjectCheck.standard(CheckOptions.builder()
 *         .reference(mine.over(ReferenceSet.defaults()))
 *         .build());
 * }</pre>
 */
@Value.Immutable
public abstract class ReferenceSet {
    ReferenceSet() {}

    /**
     * Rate tables, in any order; no two take effect on the same day.
     *
     * @return the rate tables
     */
    public abstract List<RateTable> rateTables();

    /**
     * Disbursement targets, at most one per fiscal year.
     *
     * @return the targets
     */
    public abstract List<DisbursementTargets> disbursementTargets();

    /**
     * School-size schemes, with distinct names.
     *
     * @return the schemes
     */
    public abstract List<SizeScheme> sizeSchemes();

    /**
     * Quality scales, with distinct names.
     *
     * @return the scales
     */
    public abstract List<QualityScale> qualityScales();

    /**
     * Rubrics, with distinct names.
     *
     * @return the rubrics
     */
    public abstract List<Rubric> rubrics();

    /**
     * The rate tables as {@link RateTables}, which pick the table in force on a date.
     *
     * @return the rate tables
     */
    public RateTables rates() {
        return RateTables.of(rateTables());
    }

    /**
     * The targets of a fiscal year.
     *
     * @param year the fiscal year
     * @return the targets, if the set has them
     */
    public Optional<DisbursementTargets> targetsFor(FiscalYear year) {
        Objects.requireNonNull(year, "year");
        return disbursementTargets().stream()
                .filter(t -> t.fiscalYear().equals(year))
                .findFirst();
    }

    /**
     * The size scheme with a name.
     *
     * @param name the name
     * @return the scheme, if any
     */
    public Optional<SizeScheme> sizeScheme(String name) {
        Objects.requireNonNull(name, "name");
        return sizeSchemes().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /**
     * The quality scale with a name.
     *
     * @param name the name
     * @return the scale, if any
     */
    public Optional<QualityScale> qualityScale(String name) {
        Objects.requireNonNull(name, "name");
        return qualityScales().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /**
     * The rubric with a name.
     *
     * @param name the name
     * @return the rubric, if any
     */
    public Optional<Rubric> rubric(String name) {
        Objects.requireNonNull(name, "name");
        return rubrics().stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /**
     * Whether the set holds nothing.
     *
     * @return {@code true} if every list is empty
     */
    public boolean isEmpty() {
        return rateTables().isEmpty()
                && disbursementTargets().isEmpty()
                && sizeSchemes().isEmpty()
                && qualityScales().isEmpty()
                && rubrics().isEmpty();
    }

    /**
     * This set and another, which must not share a key.
     *
     * @param other the other set
     * @return the entries of both, this set's first
     * @throws IllegalArgumentException if both hold a rate table taking effect on the same day, targets
     *                                  of the same fiscal year, or a scheme, scale or rubric of the same name
     */
    public ReferenceSet merge(ReferenceSet other) {
        Objects.requireNonNull(other, "other");
        return builder()
                .from(this)
                .addAllRateTables(other.rateTables())
                .addAllDisbursementTargets(other.disbursementTargets())
                .addAllSizeSchemes(other.sizeSchemes())
                .addAllQualityScales(other.qualityScales())
                .addAllRubrics(other.rubrics())
                .build();
    }

    /**
     * This set laid over a base: the base's entries whose key this set also has are replaced by this
     * set's, the rest kept. Use it to put an office's own files over {@link #defaults()}.
     *
     * @param base the set underneath, e.g. the defaults
     * @return this set's entries, then the base's that this set does not replace
     */
    public ReferenceSet over(ReferenceSet base) {
        Objects.requireNonNull(base, "base");
        return builder()
                .from(this)
                .addAllRateTables(notIn(base.rateTables(), rateTables(), RateTable::effectiveFrom))
                .addAllDisbursementTargets(
                        notIn(base.disbursementTargets(), disbursementTargets(), DisbursementTargets::fiscalYear))
                .addAllSizeSchemes(notIn(base.sizeSchemes(), sizeSchemes(), SizeScheme::name))
                .addAllQualityScales(notIn(base.qualityScales(), qualityScales(), QualityScale::name))
                .addAllRubrics(notIn(base.rubrics(), rubrics(), Rubric::name))
                .build();
    }

    private static <T, K> List<T> notIn(List<T> base, List<T> top, Function<T, K> key) {
        Set<K> replaced = new HashSet<>();
        top.forEach(t -> replaced.add(key.apply(t)));
        List<T> kept = new ArrayList<>();
        for (T t : base) {
            if (!replaced.contains(key.apply(t))) {
                kept.add(t);
            }
        }
        return kept;
    }

    /**
     * The reference data the library ships: the rate table of {@link RateTables#defaults()}, the size
     * schemes {@link SizeScheme#OBEC_PRIMARY_4} and {@link SizeScheme#OBEC_SECONDARY_4}, and the quality
     * scales {@link QualityScale#OBEC_2561}, {@link QualityScale#OBEC_LEGACY} and
     * {@link QualityScale#QUESTIONNAIRE_MEAN}. No disbursement targets and no rubrics are shipped: they
     * are set anew every year or by each office. The json-adapter jar carries the same data as dated
     * {@code krongkan-reference/1} resources, and a test proves them equal.
     *
     * @return the shipped reference data
     */
    public static ReferenceSet defaults() {
        return DEFAULTS;
    }

    private static final ReferenceSet DEFAULTS = builder()
            .addAllRateTables(RateTables.defaults().tables())
            .addSizeSchemes(SizeScheme.OBEC_PRIMARY_4, SizeScheme.OBEC_SECONDARY_4)
            .addQualityScales(QualityScale.OBEC_2561, QualityScale.OBEC_LEGACY, QualityScale.QUESTIONNAIRE_MEAN)
            .build();

    /**
     * A set that holds nothing.
     *
     * @return the empty set
     */
    public static ReferenceSet empty() {
        return builder().build();
    }

    /**
     * A builder for a reference set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link ReferenceSet}; {@code build()} refuses a key held twice.
     *
     * <p>No attribute is required: every attribute is a list.
     */
    public static final class Builder extends ImmutableReferenceSet.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        unique(rateTables(), RateTable::effectiveFrom, "rateTables: two rate tables take effect on ");
        unique(
                disbursementTargets(),
                t -> t.fiscalYear().buddhistEraYear(),
                "disbursementTargets: two for fiscal year ");
        unique(sizeSchemes(), SizeScheme::name, "sizeSchemes: two schemes are named ");
        unique(qualityScales(), QualityScale::name, "qualityScales: two scales are named ");
        unique(rubrics(), Rubric::name, "rubrics: two rubrics are named ");
    }

    private static <T> void unique(List<T> items, Function<T, ?> key, String message) {
        Set<Object> seen = new HashSet<>();
        for (T t : items) {
            Object k = key.apply(t);
            if (!seen.add(k)) {
                throw new IllegalArgumentException(message + k);
            }
        }
    }
}
