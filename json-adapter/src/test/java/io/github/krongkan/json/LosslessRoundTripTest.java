package io.github.krongkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.budget.QuantityFactor;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.Target;
import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.ProjectGens;
import io.github.krongkan.testkit.Property;
import io.github.krongkan.time.FiscalYear;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The round trip is lossless: write → read gives an equal project (decimals with their scale, text
 * code unit for code unit, no normalisation), and writing again gives the same bytes. Over
 * {@value #DEFAULT_PROJECTS} generated projects per build, half from the testkit's
 * {@link ProjectGens} at every size, half from {@link RandomProjects}; more with
 * {@code -Dkrongkan.roundTrips=200000} (see docs/reliability.md).
 */
class LosslessRoundTripTest {
    static final int DEFAULT_PROJECTS = 10_000;
    private static final int PROJECTS = Integer.getInteger("krongkan.roundTrips", DEFAULT_PROJECTS);

    /** A project to write and read, and whether its compact form is read back too (one in ten). */
    private record Case(Project project, boolean compactToo) {}

    private static Gen<Case> cases(Gen<Project> projects) {
        return (random, size) -> new Case(projects.next(random, size), random.nextInt(10) == 0);
    }

    @Test
    void writeThenReadGivesAnEqualTestkitProject() {
        Property.forAll(cases(ProjectGens.projects()))
                .examples(PROJECTS / 2)
                .check(c -> assertLossless(c.project(), c.compactToo()));
    }

    @Test
    void writeThenReadGivesAnEqualRandomProject() {
        Property.forAll(cases(RandomProjects.gen()))
                .examples(PROJECTS - PROJECTS / 2)
                .check(c -> assertLossless(c.project(), c.compactToo()));
    }

    @Test
    void decimalsKeepTheirScaleAndThaiTextItsForm() {
        Project project = Project.builder()
                .name("ก\u0E48\u0E38ม น\u0E49\u0E4D\u0E32 e\u0301 \uFEFF\u0000")
                .fiscalYear(FiscalYear.ofBuddhistEra(2569))
                .addTarget(Target.quantitative("x", new BigDecimal("1.500000000000000000000000000000000000"), "คน"))
                .addTarget(Target.quantitative("y", new BigDecimal("0.000"), "คน"))
                .budget(Budget.builder()
                        .addActivity(BudgetActivity.builder()
                                .name("a")
                                .addLine(BudgetLine.builder()
                                        .unitCost(Baht.parse("35.00"))
                                        .addFactor(QuantityFactor.of(new BigDecimal("2.50"), "วัน"))
                                        .addFactor(QuantityFactor.of(new BigDecimal("1E+2"), "คน"))
                                        .build())
                                .build())
                        .build())
                .build();
        Project back = assertLossless(project, true);
        assertThat(back.targets().get(0).quantity().orElseThrow().scale()).isEqualTo(36);
        assertThat(back.targets().get(1).quantity().orElseThrow().scale()).isEqualTo(3);
        assertThat(back.name()).isEqualTo(project.name());
        assertThat(KrongkanJson.writeCompact(project))
                .contains("\"quantity\":1.500000000000000000000000000000000000,")
                .contains("\"count\":2.50,")
                .contains("\"count\":100,");
    }

    @Test
    void valuesTheReaderWouldRefuseAreRefusedWhenWriting() {
        Project base = Project.builder()
                .name("x")
                .fiscalYear(FiscalYear.ofBuddhistEra(2569))
                .build();
        Project lone = Project.builder().from(base).name("a\uD800b").build();
        assertThatThrownBy(() -> KrongkanJson.write(lone)).isInstanceOfSatisfying(KrongkanJsonException.class, e -> {
            assertThat(e.pointer()).isEqualTo("/name");
            assertThat(e.reason()).contains("lone surrogate U+D800");
        });
        Project longText = Project.builder()
                .from(base)
                .addResponsibleUnit("u")
                .addResponsibleUnit("ก".repeat(1_000_001))
                .build();
        assertThatThrownBy(() -> KrongkanJson.writeCompact(longText))
                .isInstanceOfSatisfying(
                        KrongkanJsonException.class,
                        e -> assertThat(e.pointer()).isEqualTo("/responsibleUnits/1"));
        Project longNumber = Project.builder()
                .from(base)
                .addTarget(Target.quantitative("t", BigDecimal.ONE, "คน"))
                .addTarget(Target.quantitative("t", new BigDecimal("1." + "0".repeat(39)), "คน"))
                .build();
        assertThatThrownBy(() -> KrongkanJson.write(longNumber))
                .isInstanceOfSatisfying(KrongkanJsonException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/targets/1/quantity");
                    assertThat(e.reason()).contains("more than 40 characters");
                });
        Project.Builder manyUnits = Project.builder().from(base);
        for (int i = 0; i <= KrongkanJson.MAX_ARRAY_LENGTH; i++) {
            manyUnits.addResponsibleUnit("u");
        }
        Project tooMany = manyUnits.build();
        assertThatThrownBy(() -> KrongkanJson.writeCompact(tooMany))
                .isInstanceOfSatisfying(KrongkanJsonException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/responsibleUnits/100000");
                    assertThat(e.reason()).contains("more than 100000 items");
                });
        assertLossless(
                Project.builder()
                        .from(tooMany)
                        .responsibleUnits(tooMany.responsibleUnits().subList(0, KrongkanJson.MAX_ARRAY_LENGTH))
                        .build(),
                false);
        Project atTheLimit = Project.builder()
                .from(base)
                .addTarget(Target.quantitative("t", new BigDecimal("1." + "0".repeat(38)), "คน"))
                .addResponsibleUnit("ก".repeat(1_000_000))
                .build();
        assertLossless(atTheLimit, true);
    }

    /** Write → read → equal, and written again the same bytes; the compact form only where asked. */
    private static Project assertLossless(Project project, boolean compactToo) {
        String written = KrongkanJson.write(project);
        Project back = KrongkanJson.readProject(written);
        assertThat(back).isEqualTo(project);
        assertThat(KrongkanJson.write(back)).isEqualTo(written);
        if (!compactToo) {
            return back;
        }
        byte[] compact = KrongkanJson.writeCompact(project).getBytes(StandardCharsets.UTF_8);
        assertThat(KrongkanJson.readProject(new ByteArrayInputStream(compact))).isEqualTo(project);
        return back;
    }
}
