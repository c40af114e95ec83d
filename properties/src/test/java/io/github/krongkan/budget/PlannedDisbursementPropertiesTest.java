package io.github.krongkan.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.money.Baht;
import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import io.github.krongkan.time.FiscalMonth;
import io.github.krongkan.time.FiscalYear;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of {@link Budget#plannedThrough(FiscalMonth)}, across every supported fiscal year. */
class PlannedDisbursementPropertiesTest {
    /** A plan and a month to sum it through. */
    private record Case(Budget budget, FiscalMonth through) {}

    /** Plans of up to twelve months of one fiscal year, the first and the last year often. */
    private static Gen<Case> cases() {
        return (r, size) -> {
            int be = switch (r.nextInt(4)) {
                case 0 -> FiscalYear.MAX.buddhistEraYear();
                case 1 -> FiscalYear.MIN.buddhistEraYear();
                default -> r.nextInt(FiscalYear.MIN.buddhistEraYear(), FiscalYear.MAX.buddhistEraYear() + 1);
            };
            FiscalYear year = FiscalYear.ofBuddhistEra(be);
            Budget.Builder b = Budget.builder();
            for (int m = 1; m <= 12; m++) {
                if (r.nextInt(3) > 0) {
                    b.putPlannedDisbursement(FiscalMonth.of(year, m), Baht.ofSatang(r.nextLong(0, 10_000_000_00L)));
                }
            }
            return new Case(b.build(), FiscalMonth.of(year, r.nextInt(1, 13)));
        };
    }

    @Test
    void plannedThroughSumsTheMonthsUpToAndIncludingTheMonth() {
        Property.forAll(cases()).check(c -> {
            List<Baht> upTo = new ArrayList<>();
            c.budget().plannedDisbursements().forEach((month, amount) -> {
                if (month.compareTo(c.through()) <= 0) {
                    upTo.add(amount);
                }
            });
            assertThat(c.budget().plannedThrough(c.through())).isEqualTo(Baht.sum(upTo));
            FiscalMonth september = FiscalMonth.of(c.through().fiscalYear(), 12);
            assertThat(c.budget().plannedThrough(september))
                    .isEqualTo(c.budget().plannedTotal());
        });
    }
}
