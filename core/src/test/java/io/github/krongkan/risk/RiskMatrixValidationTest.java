package io.github.krongkan.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a risk matrix and its levels refuse, at the edges of their scales. */
class RiskMatrixValidationTest {
    private static final RiskLevel L = RiskLevel.LOW;
    private static final RiskLevel M = RiskLevel.MEDIUM;
    private static final RiskLevel H = RiskLevel.HIGH;

    @Test
    void scalesRunFromOneToTen() {
        assertThat(RiskMatrix.banded("ten", 10, 1, List.of(RiskBand.of(L, 1, 10)))
                        .likelihoodLevels())
                .isEqualTo(10);
        assertThat(RiskMatrix.banded("ten", 1, 10, List.of(RiskBand.of(L, 1, 10)))
                        .impactLevels())
                .isEqualTo(10);
        assertThat(RiskMatrix.banded("one", 1, 1, List.of(RiskBand.of(L, 1, 1))).score(1, 1))
                .isEqualTo(1);
        assertThatThrownBy(() -> RiskMatrix.banded("zero", 0, 5, List.of(RiskBand.of(L, 1, 5))))
                .hasMessageContaining("likelihoodLevels must be 1 to 10 but was 0");
        assertThatThrownBy(() -> RiskMatrix.banded("eleven", 11, 1, List.of(RiskBand.of(L, 1, 11))))
                .hasMessageContaining("likelihoodLevels must be 1 to 10 but was 11");
        assertThatThrownBy(() -> RiskMatrix.banded("zero", 5, 0, List.of(RiskBand.of(L, 1, 5))))
                .hasMessageContaining("impactLevels must be 1 to 10 but was 0");
        assertThatThrownBy(() -> RiskMatrix.banded("eleven", 1, 11, List.of(RiskBand.of(L, 1, 11))))
                .hasMessageContaining("impactLevels must be 1 to 10 but was 11");
        assertThatThrownBy(() -> RiskMatrix.banded(" ", 5, 5, List.of(RiskBand.of(L, 1, 25))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
    }

    @Test
    void ratingsOffTheScalesAreRefused() {
        RiskMatrix m = RiskMatrix.DEFAULT;
        assertThat(m.score(5, 5)).isEqualTo(25);
        assertThat(m.score(1, 1)).isEqualTo(1);
        assertThatThrownBy(() -> m.score(0, 1)).hasMessageContaining("likelihood");
        assertThatThrownBy(() -> m.score(6, 1)).hasMessageContaining("likelihood");
        assertThatThrownBy(() -> m.score(1, 0)).hasMessageContaining("impact");
        assertThatThrownBy(() -> m.score(1, 6)).hasMessageContaining("impact");
        RiskMatrix grid = RiskMatrix.gridded("2 × 3", List.of(L, M, H), List.of(List.of(L, M, H), List.of(M, H, H)));
        assertThat(grid.gridRow(2)).containsExactly(M, H, H);
        assertThat(grid.level(1, 3)).isEqualTo(H);
        assertThatThrownBy(() -> grid.gridRow(3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("likelihood");
        assertThatThrownBy(() -> grid.gridRow(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void gridsNeedRowsAndKnownLevels() {
        assertThatThrownBy(() -> RiskMatrix.gridded("empty", List.of(L), List.of()))
                .hasMessageContaining("at least one row");
        assertThatThrownBy(() -> RiskMatrix.gridded("stranger", List.of(L), List.of(List.of(M))))
                .hasMessageContaining("not among the matrix's levels");
        assertThatThrownBy(() -> RiskMatrix.builder()
                        .name("none")
                        .levels(List.of())
                        .addGridCells(L)
                        .build())
                .hasMessageContaining("levels must not be empty");
        assertThatThrownBy(() ->
                        RiskMatrix.gridded("falls", List.of(L, M, H), List.of(List.of(L, M, M), List.of(M, H, M))))
                .hasMessageContaining("falls as the impact rises: likelihood 2, impact 3");
        assertThatThrownBy(() -> RiskMatrix.gridded(
                        "falls", List.of(L, M, H), List.of(List.of(L, M, H), List.of(M, H, H), List.of(M, M, H))))
                .hasMessageContaining("falls as the likelihood rises: likelihood 3, impact 2");
    }

    @Test
    void levelsNeedLabelsThatDoNotRepeat() {
        assertThatThrownBy(() -> RiskMatrix.builder()
                        .name("dup")
                        .levels(List.of(L, RiskLevel.of("other", L.thaiLabel(), "red")))
                        .addBands(RiskBand.of(L, 1, 25))
                        .build())
                .hasMessageContaining("duplicate thaiLabel");
        assertThatThrownBy(() -> RiskLevel.of(" ", "ต่ำ", "green")).hasMessageContaining("englishLabel");
        assertThatThrownBy(() -> RiskLevel.of("low", " ", "green")).hasMessageContaining("thaiLabel");
        assertThatThrownBy(() -> RiskLevel.builder()
                        .from(RiskLevel.of("low", "ต่ำ", "green"))
                        .addOtherLabels(" ")
                        .build())
                .hasMessageContaining("otherLabels");
        assertThatThrownBy(() -> RiskLevel.builder()
                        .from(RiskLevel.of("low", "ต่ำ", "green"))
                        .addOtherLabels("น้อย", "น้อย")
                        .build())
                .hasMessageContaining("repeats the label 'น้อย'");
        assertThatThrownBy(() -> RiskLevel.builder()
                        .from(RiskLevel.of("low", "ต่ำ", "green"))
                        .addOtherLabels("ต่ำ")
                        .build())
                .hasMessageContaining("repeats the label 'ต่ำ'");
        assertThatThrownBy(() -> RiskLevel.builder()
                        .from(RiskLevel.of("low", "ต่ำ", "green"))
                        .addOtherLabels("LOW")
                        .build())
                .hasMessageContaining("repeats the label 'LOW'");
        RiskLevel plain = RiskLevel.of("low", "ต่ำ", "green");
        assertThat(plain.requiresResponse()).isFalse();
        RiskLevel urgent = RiskLevel.of("urgent", "เร่งด่วน", "red", true);
        assertThat(urgent.requiresResponse()).isTrue();
        assertThat(urgent.englishLabel()).isEqualTo("urgent");
        RiskLevel labelled =
                RiskLevel.builder().from(plain).addOtherLabels("น้อย").build();
        assertThat(labelled.labels()).containsExactly("low", "ต่ำ", "น้อย");
        assertThat(labelled.isLabelled(" น้อย ")).isTrue();
    }
}
