package io.github.krongkan.time;

import java.util.Comparator;

/** The constants of {@link FiscalPeriod}, kept out of its public API. */
final class FiscalPeriods {
    static final Comparator<FiscalPeriod> CHRONOLOGICAL =
            Comparator.comparing(FiscalPeriod::end).thenComparing(FiscalPeriod::granularity);

    private FiscalPeriods() {}
}
