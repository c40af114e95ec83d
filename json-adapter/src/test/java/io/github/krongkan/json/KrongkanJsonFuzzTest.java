package io.github.krongkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.krongkan.project.Portfolio;
import io.github.krongkan.project.Project;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz targets of the document reader (Jazzer). The property: reading any bytes or text either
 * gives a project (portfolio) or ends in a {@link KrongkanJsonException}, nothing else; and a
 * project that was read is written and read back equal, the written bytes stable.
 *
 * <p>Every build runs these in regression mode over {@code KrongkanJsonFuzzTestInputs/<method>/}
 * in the test resources. A campaign: {@code JAZZER_FUZZ=1 ./mvnw -B -pl json-adapter -am test
 * -Dtest=KrongkanJsonFuzzTest#projectBytes -Dsurefire.failIfNoSpecifiedTests=false
 * -Djazzer.max_duration=5m} (see docs/reliability.md).
 */
class KrongkanJsonFuzzTest {
    @FuzzTest
    @DictionaryEntries({
        "\"format\"",
        "\"krongkan/1\"",
        "\"name\"",
        "\"fiscalYear\"",
        "\"budget\"",
        "\"statedTotal\"",
        "\"activities\"",
        "\"lines\"",
        "\"unitCost\"",
        "\"factors\"",
        "\"count\"",
        "\"unit\"",
        "\"objectives\"",
        "\"targets\"",
        "\"quantity\"",
        "\"risks\"",
        "\"indicators\"",
        "\"progressReports\"",
        "\"plannedPeriod\"",
        "\"projects\"",
        "\"offices\"",
        "\"status\"",
        "\\uD800",
        "\uFEFF",
        "1e999999999",
        "\"90000.00\"",
        "2569"
    })
    void projectBytes(byte[] bytes) {
        Project project;
        try {
            project = KrongkanJson.readProject(new ByteArrayInputStream(bytes));
        } catch (KrongkanJsonException expected) {
            return;
        }
        roundTrip(project);
    }

    @FuzzTest
    @DictionaryEntries({
        "\"format\"",
        "\"krongkan/1\"",
        "\"projects\"",
        "\"offices\"",
        "\"networks\"",
        "\"schools\"",
        "\"id\"",
        "\"kind\"",
        "\"name\"",
        "\"fiscalYear\"",
        "\"bmaDistrictOffice\"",
        "2569"
    })
    void portfolioBytes(byte[] bytes) {
        Portfolio portfolio;
        try {
            portfolio = KrongkanJson.readPortfolio(new ByteArrayInputStream(bytes));
        } catch (KrongkanJsonException expected) {
            return;
        }
        String written = KrongkanJson.writePortfolio(portfolio);
        assertThat(KrongkanJson.readPortfolio(written)).isEqualTo(portfolio);
    }

    /**
     * Text input, which may hold what bytes cannot: lone surrogates. The bytes are read as UTF-16
     * (big-endian, any 16 bits a char) after a first byte 1, as UTF-8 otherwise.
     */
    @FuzzTest
    void projectText(byte[] bytes) {
        String text = text(bytes);
        Project project;
        try {
            project = KrongkanJson.readProject(text);
        } catch (KrongkanJsonException expected) {
            return;
        }
        roundTrip(project);
    }

    static String text(byte[] bytes) {
        if (bytes.length > 0 && bytes[0] == 1) {
            char[] chars = new char[(bytes.length - 1) / 2];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = (char) (((bytes[1 + 2 * i] & 0xFF) << 8) | (bytes[2 + 2 * i] & 0xFF));
            }
            return new String(chars);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void roundTrip(Project project) {
        String written = KrongkanJson.write(project);
        Project back = KrongkanJson.readProject(written);
        assertThat(back).isEqualTo(project);
        assertThat(KrongkanJson.write(back)).isEqualTo(written);
        assertThat(KrongkanJson.readProject(new ByteArrayInputStream(
                        KrongkanJson.writeCompact(project).getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(project);
    }
}
