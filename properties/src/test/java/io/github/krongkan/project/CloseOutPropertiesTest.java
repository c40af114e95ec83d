package io.github.krongkan.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import io.github.krongkan.time.FiscalYear;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Properties of close-outs and evidence references: which digests they keep, what a project carries. */
class CloseOutPropertiesTest {
    private static final int EXAMPLES = 1000;

    /** Any text of 0 to 70 code points of the basic multilingual plane. */
    private static Gen<String> anyStrings() {
        return (random, size) -> {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(71); i > 0; i--) {
                s.appendCodePoint(random.nextInt(0x10000));
            }
            return s.toString();
        };
    }

    /**
     * Texts of hexadecimal digits in either case, of about the length of a digest, now and then
     * with one character that is not one: the strings near the edge that any text almost never hits.
     */
    private static Gen<String> nearDigests() {
        String digits = "0123456789abcdefABCDEF";
        List<String> others = List.of("g", "G", " ", "-", "\u0660", "\uFF10", "๐", "x");
        return (random, size) -> {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(62, 67); i > 0; i--) {
                s.append(digits.charAt(random.nextInt(digits.length())));
            }
            if (random.nextInt(4) == 0 && s.length() > 0) {
                int at = random.nextInt(s.length());
                s.replace(at, at + 1, others.get(random.nextInt(others.size())));
            }
            return s.toString();
        };
    }

    @Test
    void onlySixtyFourHexadecimalDigitsAreADigest() {
        Property.forAll(Gen.anyOf(List.of(anyStrings(), anyStrings(), nearDigests())))
                .examples(EXAMPLES)
                .classify(
                        "a digest",
                        s -> s.length() == 64 && s.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 128))
                .check(s -> {
                    boolean hex = s.length() == 64 && s.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 128);
                    Evidence.Builder b = Evidence.builder()
                            .kind(EvidenceKind.OTHER)
                            .title("ก")
                            .sha256(s);
                    if (hex) {
                        assertThat(b.build().sha256()).hasValue(s.toLowerCase(Locale.ROOT));
                    } else {
                        assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class);
                    }
                });
    }

    @Test
    void aProjectCarriesItsCloseOutCertificationsAndMonitoringItemsBesideTheMonitoringText() {
        Property.forAll(Gen.ints(2485, 2999)).examples(EXAMPLES).check(year -> {
            Project p = Project.builder()
                    .name("ส่งเสริมระบบประกันคุณภาพการศึกษา")
                    .fiscalYear(FiscalYear.ofBuddhistEra(year))
                    .monitoring("ติดตามโดยศึกษานิเทศก์")
                    .addMonitoringItem(MonitoringItem.of(MonitoringKind.MONITORING, "ติดตามโดยศึกษานิเทศก์"))
                    .closeOut(CloseOut.builder().addSuggestion("-").build())
                    .addCertification(Certification.of("ขอรับรอง"))
                    .build();
            assertThat(p.monitoring()).isPresent();
            assertThat(p.monitoringItems()).hasSize(1);
            assertThat(p.closeOut().orElseThrow().suggestions()).containsExactly("-");
            assertThat(p.certifications()).hasSize(1);
        });
    }
}
