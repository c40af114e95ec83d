package io.github.krongkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.indicator.IndicatorType;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.TargetQuantity;
import org.junit.jupiter.api.Test;

/**
 * The members that give the seeds' facts a typed home: target quantities and groups, school counts,
 * agency codes, co-owners, indicator types and plan levels; how they read, write and refuse.
 */
class FactsJsonTest {
    private static final String HEAD = "{\"format\":\"krongkan/1\",\"name\":\"โครงการ\",\"fiscalYear\":2560,";

    private static Project read(String members) {
        return KrongkanJson.readProject(HEAD + members + "}");
    }

    private static void assertError(String members, String pointer, String reasonPart) {
        assertThatThrownBy(() -> read(members)).isInstanceOfSatisfying(KrongkanJsonException.class, e -> {
            assertThat(e.pointer()).isEqualTo(pointer);
            assertThat(e.reason()).contains(reasonPart);
        });
    }

    @Test
    void aTargetOfSeveralQuantitiesReadsInEitherFormAndWritesBoth() {
        String quantities = "\"quantities\":[{\"quantity\":20,\"unit\":\"คน\"},{\"quantity\":2,\"unit\":\"วัน\"},"
                + "{\"quantity\":200,\"unit\":\"ชุด\"}]";
        Project onlyList = read("\"targets\":[{\"kind\":\"quantitative\",\"text\":\"3.1.1\"," + quantities + "}]");
        Project both = read("\"targets\":[{\"kind\":\"quantitative\",\"text\":\"3.1.1\",\"quantity\":20,"
                + "\"unit\":\"คน\"," + quantities + "}]");
        assertThat(onlyList).isEqualTo(both);
        assertThat(both.targets().get(0).quantities()).hasSize(3).contains(TargetQuantity.of(200, "ชุด"));
        String written = KrongkanJson.write(both);
        assertThat(written).contains("\"quantity\": 20,\n      \"unit\": \"คน\",\n      \"quantities\"");
        assertThat(KrongkanJson.readProject(written)).isEqualTo(both);
        Project single =
                read("\"targets\":[{\"kind\":\"quantitative\",\"text\":\"5\",\"quantity\":5,\"unit\":\"คน\"}]");
        assertThat(KrongkanJson.write(single)).doesNotContain("quantities");
    }

    @Test
    void contradictionsAndEmptyListsAreRefusedWithTheirPointer() {
        assertError(
                "\"targets\":[{\"kind\":\"quantitative\",\"text\":\"t\",\"quantity\":200,\"unit\":\"ชุด\","
                        + "\"quantities\":[{\"quantity\":20,\"unit\":\"คน\"},{\"quantity\":200,\"unit\":\"ชุด\"}]}]",
                "/targets/0",
                "first of quantities");
        assertError(
                "\"targets\":[{\"kind\":\"quantitative\",\"text\":\"t\",\"quantities\":[]}]",
                "/targets/0/quantities",
                "quantities is empty");
        assertError(
                "\"indicators\":[{\"name\":\"k\",\"measure\":\"count\",\"type\":\"impact\",\"types\":[\"output\"]}]",
                "/indicators/0",
                "not among its types");
        assertError(
                "\"indicators\":[{\"name\":\"k\",\"measure\":\"count\",\"types\":[\"output\",\"output\"]}]",
                "/indicators/0/types",
                "twice");
        assertError("\"agencyCode\":\"5028-0700\"", "", "eight digits");
        assertError("\"schoolCount\":-1", "", "schoolCount");
        assertError(
                "\"alignments\":[{\"plan\":\"p\",\"code\":\"5\",\"levels\":[{\"code\":\"4\",\"label\":\"l\"}]}]",
                "/alignments/0",
                "code 5");
        assertError(
                "\"alignments\":[{\"plan\":\"p\",\"levels\":[{\"name\":\"เป้าหมาย\",\"title\":\"x\"}]}]",
                "/alignments/0/levels/0/title",
                "unknown field \"title\"");
        assertError("\"targetGroups\":[{\"name\":\"ครู\",\"quantity\":20}]", "/targetGroups/0", "together");
    }

    @Test
    void projectFactsReadAndWriteBack() {
        Project p =
                read("\"code\":\"50140000-3629\",\"targetGroups\":[{\"name\":\"ครู\",\"quantity\":20,\"unit\":\"คน\"},"
                        + "{\"name\":\"นักเรียน\"}],\"schoolCount\":71,\"agencyCode\":\"50140000\","
                        + "\"coOwners\":[\"โรงเรียนในสังกัด\"],\"networks\":[{\"id\":\"19\",\"officeId\":\"o\",\"schoolCount\":5}],"
                        + "\"alignments\":[{\"plan\":\"แผน\",\"planId\":\"BMA-20\",\"levels\":[{\"name\":\"ด้าน\",\"code\":\"๗\","
                        + "\"label\":\"การบริหาร\"},{\"code\":\"๗.๒\"}]}],"
                        + "\"indicators\":[{\"name\":\"k\",\"measure\":\"count\",\"types\":[\"routine\",\"output\"]}]");
        assertThat(p.schoolCount()).contains(71);
        assertThat(p.networks().get(0).schoolCount()).contains(5);
        assertThat(p.alignments().get(0).code()).contains("7.2");
        assertThat(p.alignments().get(0).labels()).containsExactly("การบริหาร");
        assertThat(p.indicators().get(0).type()).contains(IndicatorType.OUTPUT);
        String written = KrongkanJson.write(p);
        assertThat(written).doesNotContain("\"labels\"");
        assertThat(written).containsPattern("\"types\": \\[\\s*\"output\",\\s*\"routine\"\\s*\\]");
        assertThat(KrongkanJson.readProject(written)).isEqualTo(p);
    }
}
