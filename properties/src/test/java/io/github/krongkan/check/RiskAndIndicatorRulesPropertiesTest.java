package io.github.krongkan.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.project.Project;
import io.github.krongkan.risk.Risk;
import io.github.krongkan.risk.RiskMatrix;
import io.github.krongkan.risk.RiskRating;
import io.github.krongkan.risk.RiskResponse;
import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import io.github.krongkan.testkit.PropertyResult;
import io.github.krongkan.testkit.RiskGens;
import io.github.krongkan.time.FiscalYear;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of the risk rules over every rating of the default matrix. */
class RiskAndIndicatorRulesPropertiesTest {
    private static final FiscalYear FY2569 = FiscalYear.ofBuddhistEra(2569);

    private static List<Finding> findings(Project project, String code) {
        return ProjectCheck.standard().check(project).stream()
                .filter(f -> f.code().equals(code))
                .toList();
    }

    private record Ratings(RiskRating inherent, RiskRating residual) {
        boolean worse() {
            RiskMatrix m = RiskMatrix.DEFAULT;
            int l1 = inherent.likelihood();
            int i1 = inherent.impact();
            int l2 = residual.likelihood();
            int i2 = residual.impact();
            int byRank = Integer.compare(m.rank(m.level(l2, i2)), m.rank(m.level(l1, i1)));
            return byRank > 0 || (byRank == 0 && l2 * i2 > l1 * i1);
        }
    }

    @Test
    void residualRuleFiresExactlyWhenTheResidualRanksOrScoresHigher() {
        // the testkit's ratings on the default matrix: every likelihood and impact 1–5, the corners
        // mixed in, stated levels right, wrong or absent (which this rule does not read)
        Gen<RiskRating> ratings = RiskGens.ratings(RiskMatrix.DEFAULT);
        Gen<Ratings> pairs = (random, size) -> new Ratings(ratings.next(random, size), ratings.next(random, size));
        PropertyResult result = Property.forAll(pairs)
                .examples(1000)
                .classify("residual worse", Ratings::worse)
                .classify("residual no worse", r -> !r.worse())
                .check(r -> {
                    Risk risk = Risk.builder()
                            .description("x")
                            .inherent(r.inherent())
                            .residual(r.residual())
                            .response(RiskResponse.REDUCE)
                            .build();
                    Project project = Project.builder()
                            .name("โครงการ")
                            .fiscalYear(FY2569)
                            .addRisk(risk)
                            .build();
                    assertThat(findings(project, "RESIDUAL_RISK_ABOVE_INHERENT"))
                            .hasSize(r.worse() ? 1 : 0);
                });
        assertThat(result.classified())
                .allSatisfy((label, count) -> assertThat(count).as(label).isPositive());
    }
}
