package io.github.krongkan.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.text.ThaiParseException;
import io.github.krongkan.time.DateReading;
import io.github.krongkan.time.ThaiDates;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The remembered readings of dates as written are the readings. */
class WrittenDatesTest {
    @Test
    void aRememberedReadingIsTheReadingOfThatText() {
        List<String> texts = new ArrayList<>();
        for (int day = 1; day <= 28; day++) {
            texts.add(day + " ม.ค. 2569");
            texts.add(day + "/3/69");
            texts.add("๒๕๖๘-0" + (1 + day % 9) + "-" + (10 + day % 18));
            texts.add("not a date " + day);
        }
        // Every text twice, over more texts than the cache holds, so slots are shared and replaced.
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 400; i++) {
                String text = texts.get((i * 7 + round) % texts.size()) + (i >= texts.size() ? " " : "");
                DateReading expected;
                try {
                    expected = ThaiDates.read(text);
                } catch (ThaiParseException e) {
                    assertThatThrownBy(() -> WrittenDates.read(text)).isInstanceOf(ThaiParseException.class)
                            .hasMessage(e.getMessage());
                    continue;
                }
                assertThat(WrittenDates.read(text)).isEqualTo(expected);
                assertThat(WrittenDates.read(new String(text))).isEqualTo(expected);
            }
        }
    }
}
