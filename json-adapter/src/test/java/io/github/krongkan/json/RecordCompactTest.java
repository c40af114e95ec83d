package io.github.krongkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.krongkan.testkit.Property;
import io.github.krongkan.testkit.RecordGens;
import org.junit.jupiter.api.Test;

/** {@link KrongkanJson#writeRecordCompact}: one line, the same members as the indented form, read back equal. */
class RecordCompactTest {
    private static final ObjectMapper TREES = new ObjectMapper();

    @Test
    void aCompactRecordIsOneLineWithTheMembersOfTheIndentedOne() {
        Property.forAll(RecordGens.records()).examples(100).check(record -> {
            String compact = KrongkanJson.writeRecordCompact(record);
            assertThat(compact).doesNotContain("\n").startsWith("{\"format\":\"krongkan/1\"");
            assertThat(KrongkanJson.readRecord(compact)).isEqualTo(record);
            try {
                assertThat(TREES.readTree(compact)).isEqualTo(TREES.readTree(KrongkanJson.writeRecord(record)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
