package io.github.krongkan.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.text.ThaiParseException;
import io.github.krongkan.time.DateReading;
import io.github.krongkan.time.ThaiDates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A report's reading of its date as written is the reading of that text, made once. */
class WrittenDatesTest {
    private static ProgressReport report(String written) {
        return ProgressReport.builder()
                .date(LocalDate.of(2026, 1, 5))
                .dateAsWritten(written)
                .progress(new BigDecimal("10"))
                .build();
    }

    @Test
    void theReadingOfAReportIsTheReadingOfItsText() {
        List<String> texts = new ArrayList<>();
        for (int day = 1; day <= 28; day++) {
            texts.add(day + " ม.ค. 2569");
            texts.add(day + "/3/69");
            texts.add("๒๕๖๘-0" + (1 + day % 9) + "-" + (10 + day % 18));
            texts.add("not a date " + day);
        }
        for (String text : texts) {
            ProgressReport report = report(text);
            Optional<DateReading> reading = report.dateAsWrittenReading();
            assertThat(report.dateAsWrittenReading()).isSameAs(reading);
            DateReading expected;
            try {
                expected = ThaiDates.read(text);
            } catch (ThaiParseException e) {
                assertThat(reading).isEmpty();
                assertThatThrownBy(() -> WrittenDates.read(report))
                        .isInstanceOf(ThaiParseException.class)
                        .hasMessage(e.getMessage());
                continue;
            }
            assertThat(reading).contains(expected);
            assertThat(WrittenDates.read(report)).isEqualTo(expected);
        }
    }

    @Test
    void aReportWithoutADateAsWrittenHasNoReadingAndTheReadingIsNotPartOfEquality() {
        ProgressReport plain = ProgressReport.builder()
                .date(LocalDate.of(2026, 1, 5))
                .progress(BigDecimal.TEN)
                .build();
        assertThat(plain.dateAsWrittenReading()).isEmpty();
        ProgressReport read = report("5/1/2569");
        ProgressReport unread = report("5/1/2569");
        read.dateAsWrittenReading();
        assertThat(read).isEqualTo(unread).hasSameHashCodeAs(unread);
    }
}
