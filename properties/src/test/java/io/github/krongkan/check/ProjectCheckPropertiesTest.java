package io.github.krongkan.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectPeriod;
import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import io.github.krongkan.testkit.PropertyResult;
import io.github.krongkan.time.FiscalYear;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of {@link ProjectCheck}'s rule on the planned period. */
class ProjectCheckPropertiesTest {
    private static final FiscalYear FY2569 = FiscalYear.ofBuddhistEra(2569);
    private static final LocalDate BASE = FY2569.start().minusDays(100);

    private static Project withPeriod(ProjectPeriod period) {
        return Project.builder()
                .name("โครงการ")
                .fiscalYear(FY2569)
                .plannedPeriod(period)
                .build();
    }

    /** A period that starts {@code offset} days after 100 days before the fiscal year and lasts {@code length} more. */
    private record Span(int offset, int length) {
        LocalDate start() {
            return BASE.plusDays(offset);
        }

        LocalDate end() {
            return start().plusDays(length);
        }

        boolean inside() {
            return !start().isBefore(FY2569.start()) && !end().isAfter(FY2569.end());
        }
    }

    /**
     * Offsets 0–600 and lengths 0–500, with the ends of both ranges and the periods that start or end
     * on the fiscal year's first or last day, or the day beside it, mixed in.
     */
    private static Gen<Span> spans() {
        Gen<Integer> offsets = Gen.ints(0, 600).withEdgeCases(List.of(0, 600, 99, 100, 101));
        Gen<Integer> lengths = Gen.ints(0, 500).withEdgeCases(List.of(0, 500));
        Gen<Span> any = (random, size) -> new Span(offsets.next(random, size), lengths.next(random, size));
        int lastDay = 100 + FY2569.lengthInDays() - 1;
        Gen<Span> atTheEnd = (random, size) -> {
            int offset = random.nextInt(0, lastDay + 2);
            return new Span(offset, lastDay - offset + random.nextInt(-1, 2));
        };
        return Gen.anyOf(List.of(any, any, any, any, any, any, any, any, any, atTheEnd))
                .map(s -> new Span(s.offset(), Math.max(0, Math.min(500, s.length()))));
    }

    @Test
    void periodRuleFiresExactlyWhenAnEndLeavesTheFiscalYear() {
        PropertyResult result = Property.forAll(spans())
                .examples(2000)
                .classify("inside", Span::inside)
                .classify("outside", s -> !s.inside())
                .check(s -> {
                    List<Finding> findings =
                            ProjectCheck.standard().check(withPeriod(ProjectPeriod.of(s.start(), s.end())));
                    assertThat(findings.stream().anyMatch(f -> f.code().equals("PERIOD_OUTSIDE_FISCAL_YEAR")))
                            .isEqualTo(!s.inside());
                });
        assertThat(result.classified())
                .allSatisfy((label, count) -> assertThat(count).as(label).isPositive());
    }
}
