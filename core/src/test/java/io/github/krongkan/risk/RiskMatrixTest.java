package io.github.krongkan.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RiskMatrixTest {
    private static final RiskLevel L = RiskLevel.LOW;
    private static final RiskLevel M = RiskLevel.MEDIUM;
    private static final RiskLevel H = RiskLevel.HIGH;
    private static final RiskLevel V = RiskLevel.VERY_HIGH;

    @Test
    void defaultIsFiveByFiveProductWithTheUniversityBands() {
        RiskMatrix m = RiskMatrix.DEFAULT;
        assertThat(m).isSameAs(RiskMatrix.FIVE_BY_FIVE);
        assertThat(m.likelihoodLevels()).isEqualTo(5);
        assertThat(m.impactLevels()).isEqualTo(5);
        assertThat(m.scoreRule()).isEqualTo(RiskScoreRule.PRODUCT);
        assertThat(m.reachableScores()).containsExactly(1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25);
        assertThat(m.levels()).containsExactly(L, M, H, V);
        assertThat(m.levels()).extracting(RiskLevel::colour).containsExactly("green", "yellow", "orange", "red");
        assertThat(m.levels()).extracting(RiskLevel::thaiLabel).containsExactly("ต่ำ", "ปานกลาง", "สูง", "สูงมาก");
        assertThat(m.level(1, 3)).isEqualTo(L);
        assertThat(m.level(2, 2)).isEqualTo(M);
        assertThat(m.level(3, 2)).isEqualTo(M);
        assertThat(m.level(2, 4)).isEqualTo(H);
        assertThat(m.level(4, 3)).isEqualTo(H);
        assertThat(m.level(3, 5)).isEqualTo(V);
        assertThat(m.level(5, 5)).isEqualTo(V);
    }

    @Test
    void seed000TwoTimesOneIsTwoLow() {
        RiskCell cell = RiskMatrix.DEFAULT.cell(RiskRating.of(2, 1, "2 (น้อย)"));
        assertThat(cell.score()).isEqualTo(2);
        assertThat(cell.level()).isEqualTo(RiskLevel.LOW);
        assertThat(cell.colour()).isEqualTo("green");
        assertThat(cell.level().isLabelled("น้อย")).isTrue();
        assertThat(cell.describe()).isEqualTo("2 × 1 = 2 low (ต่ำ)");
    }

    @Test
    void otherPresets() {
        RiskMatrix wide = RiskMatrix.FIVE_BY_FIVE_WIDE_LOW;
        assertThat(wide.level(2, 2)).isEqualTo(L);
        assertThat(wide.level(1, 5)).isEqualTo(M);
        assertThat(wide.level(3, 3)).isEqualTo(M);
        assertThat(wide.level(2, 5)).isEqualTo(H);
        assertThat(wide.level(4, 4)).isEqualTo(H);
        assertThat(wide.level(4, 5)).isEqualTo(V);
        RiskMatrix four = RiskMatrix.FOUR_BY_FOUR;
        assertThat(four.reachableScores()).containsExactly(1, 2, 3, 4, 6, 8, 9, 12, 16);
        assertThat(four.level(1, 2)).isEqualTo(L);
        assertThat(four.level(1, 3)).isEqualTo(M);
        assertThat(four.level(2, 3)).isEqualTo(H);
        assertThat(four.level(3, 3)).isEqualTo(V);
        assertThatThrownBy(() -> four.level(5, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("likelihood (โอกาสที่จะเกิด) 5 is outside 1–4");
        assertThat(RiskMatrix.presets()).hasSize(3);
    }

    @Test
    void heatMapListsEveryCellHighestLikelihoodFirst() {
        List<RiskCell> cells = RiskMatrix.DEFAULT.heatMap();
        assertThat(cells).hasSize(25);
        assertThat(cells.get(0)).isEqualTo(new RiskCell(5, 1, 5, M));
        assertThat(cells.get(4)).isEqualTo(new RiskCell(5, 5, 25, V));
        assertThat(cells.get(24)).isEqualTo(new RiskCell(1, 5, 5, M));
        assertThat(cells)
                .filteredOn(c -> c.level().equals(V))
                .extracting(RiskCell::score)
                .containsOnly(15, 16, 20, 25)
                .hasSize(6);
        assertThat(RiskMatrix.FOUR_BY_FOUR.heatMap()).hasSize(16);
    }

    @Test
    void bandsThatLeaveAReachableScoreUncoveredAreRefused() {
        assertThatThrownBy(() -> RiskMatrix.banded(
                        "gap",
                        5,
                        5,
                        List.of(
                                RiskBand.of(L, 1, 3),
                                RiskBand.of(M, 5, 6),
                                RiskBand.of(H, 8, 12),
                                RiskBand.of(V, 15, 25))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("leave the reachable score 4 (likelihood 1, impact 4) uncovered");
    }

    @Test
    void unreachableGapsAreFine() {
        // 7, 11, 13, 14 cannot be made on a 5 × 5 product: nothing needs to cover them.
        RiskMatrix m = RiskMatrix.banded(
                "ok", 5, 5, List.of(RiskBand.of(L, 1, 6), RiskBand.of(H, 8, 12), RiskBand.of(V, 15, 25)));
        assertThat(m.bandOf(7)).isEmpty();
        assertThat(m.bandOf(12)).map(RiskBand::level).contains(H);
    }

    @Test
    void bandsThatCoverAScoreTwiceAreRefused() {
        assertThatThrownBy(() -> RiskMatrix.banded(
                        "overlap",
                        5,
                        5,
                        List.of(
                                RiskBand.of(L, 1, 4),
                                RiskBand.of(M, 4, 9),
                                RiskBand.of(H, 10, 16),
                                RiskBand.of(V, 17, 25))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cover the score 4 more than once: [low (1–4), medium (4–9)]");
    }

    @Test
    void bandsThatCoverNoReachableScoreOrFallAreRefused() {
        assertThatThrownBy(() -> RiskMatrix.banded(
                        "useless", 5, 5, List.of(RiskBand.of(L, 1, 6), RiskBand.of(M, 7, 7), RiskBand.of(H, 8, 25))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("band medium (7–7) covers no reachable score");
        assertThatThrownBy(() -> RiskMatrix.builder()
                        .name("falling")
                        .levels(List.of(L, H))
                        .addBands(RiskBand.of(H, 1, 5), RiskBand.of(L, 6, 25))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must rise with the score, but low (6–25) ranks below high (1–5)");
        assertThatThrownBy(() -> RiskMatrix.builder()
                        .name("stranger")
                        .levels(List.of(L))
                        .addBands(RiskBand.of(M, 1, 25))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not among the matrix's levels");
        assertThatThrownBy(() -> RiskBand.of(L, 0, 3)).hasMessageContaining("minScore must be at least 1");
        assertThatThrownBy(() -> RiskBand.of(L, 5, 3)).hasMessageContaining("maxScore 3 is below minScore 5");
    }

    @Test
    void scalesOtherThanFiveAndTheSumRule() {
        RiskMatrix sum = RiskMatrix.banded(
                "3 × 3 sum",
                3,
                3,
                RiskScoreRule.SUM,
                List.of(RiskBand.of(L, 2, 3), RiskBand.of(M, 4, 4), RiskBand.of(H, 5, 6)));
        assertThat(sum.reachableScores()).containsExactly(2, 3, 4, 5, 6);
        assertThat(sum.score(3, 2)).isEqualTo(5);
        assertThat(sum.level(3, 2)).isEqualTo(H);
        assertThat(sum.level(1, 1)).isEqualTo(L);
        assertThatThrownBy(() -> RiskMatrix.banded("big", 11, 5, List.of(RiskBand.of(L, 1, 55))))
                .hasMessageContaining("likelihoodLevels must be 1 to 10 but was 11");
    }

    @Test
    void explicitGridsGiveTheLevelOfEachCell() {
        RiskMatrix grid = RiskMatrix.gridded(
                "agency 3 × 3", List.of(L, M, H), List.of(List.of(L, L, M), List.of(L, M, H), List.of(M, H, H)));
        assertThat(grid.isGrid()).isTrue();
        assertThat(grid.likelihoodLevels()).isEqualTo(3);
        assertThat(grid.impactLevels()).isEqualTo(3);
        assertThat(grid.level(1, 3)).isEqualTo(M);
        assertThat(grid.level(3, 1)).isEqualTo(M);
        assertThat(grid.level(2, 3)).isEqualTo(H);
        assertThat(grid.cell(2, 3)).isEqualTo(new RiskCell(2, 3, 6, H));
        assertThat(grid.gridRow(2)).containsExactly(L, M, H);
        assertThat(grid.bandOf(3)).isEmpty();
        assertThatThrownBy(() -> RiskMatrix.DEFAULT.gridRow(1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void gridsThatFallOrDoNotFitAreRefused() {
        assertThatThrownBy(() -> RiskMatrix.gridded("falls", List.of(L, M), List.of(List.of(L, M), List.of(L, L))))
                .hasMessageContaining("falls as the likelihood rises: likelihood 2, impact 2");
        assertThatThrownBy(() -> RiskMatrix.gridded("falls", List.of(L, M), List.of(List.of(M, L))))
                .hasMessageContaining("falls as the impact rises: likelihood 1, impact 2");
        assertThatThrownBy(() -> RiskMatrix.gridded("ragged", List.of(L), List.of(List.of(L, L), List.of(L))))
                .hasMessageContaining("row for likelihood 2 has 1 cells but the first row has 2");
        assertThatThrownBy(() -> RiskMatrix.builder()
                        .name("short")
                        .likelihoodLevels(2)
                        .impactLevels(2)
                        .levels(List.of(L))
                        .addGridCells(L, L, L)
                        .build())
                .hasMessageContaining("= 4 cells but has 3");
        assertThatThrownBy(() -> RiskMatrix.builder()
                        .name("both")
                        .levels(List.of(L))
                        .addBands(RiskBand.of(L, 1, 25))
                        .addGridCells(L)
                        .build())
                .hasMessageContaining("either bands or a grid, and not both");
        assertThatThrownBy(() ->
                        RiskMatrix.builder().name("neither").levels(List.of(L)).build())
                .hasMessageContaining("either bands or a grid");
    }

    @Test
    void levelsNeedDistinctLabelsAndACssColour() {
        assertThatThrownBy(() -> RiskMatrix.builder()
                        .name("dup")
                        .levels(List.of(L, RiskLevel.of("LOW", "x", "red")))
                        .addBands(RiskBand.of(L, 1, 25))
                        .build())
                .hasMessageContaining("duplicate englishLabel 'LOW'");
        assertThatThrownBy(() -> RiskLevel.of("low", "ต่ำ", "Green!"))
                .hasMessageContaining("colour must be a lower-case CSS keyword");
        assertThat(RiskLevel.of("low", "ต่ำ", "#2E7D32").colour()).isEqualTo("#2E7D32");
        assertThatThrownBy(() -> RiskLevel.builder()
                        .englishLabel("low")
                        .thaiLabel("ต่ำ")
                        .addOtherLabel("ต่ำ")
                        .colour("green")
                        .build())
                .hasMessageContaining("repeats the label 'ต่ำ'");
    }

    @Test
    void levelsAreFoundByAnyOfTheirLabels() {
        assertThat(RiskMatrix.DEFAULT.levelLabelled("น้อย")).contains(L);
        assertThat(RiskMatrix.DEFAULT.levelLabelled(" Very High ")).contains(V);
        assertThat(RiskMatrix.DEFAULT.levelLabelled("สูง")).contains(H);
        assertThat(RiskMatrix.DEFAULT.levelLabelled("กลาง")).isEmpty();
        assertThat(RiskMatrix.DEFAULT.rank(V)).isEqualTo(3);
        assertThatThrownBy(() -> RiskMatrix.DEFAULT.rank(RiskLevel.of("x", "y", "red")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
