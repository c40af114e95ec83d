package io.github.krongkan.project;

import io.github.krongkan.document.Fields;
import io.github.krongkan.indicator.Instrument;
import io.github.krongkan.internal.Require;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One item of a project's monitoring and evaluation (การติดตามและประเมินผล): what is followed or
 * evaluated, how (method, instrument), when and by whom.
 *
 * <p>Proposals write this section as a table (seed 003's 6. การประเมินผล: ตัวชี้วัดความสำเร็จ |
 * วิธีการประเมินผล | เครื่องมือที่ใช้ในการประเมิน) or as numbered paragraphs (seed 000's 10.2
 * การติดตามความก้าวหน้า, 10.3 การประเมินผลโครงการ); each row or paragraph is one item. The older
 * free-text {@link Project#monitoring()} keeps its meaning; a project may have either or both.
 *
 * <pre>{@code
 * MonitoringItem item = MonitoringItem.builder()
 *         .kind(MonitoringKind.EVALUATION)
 *         .subject("ผลผลิต Outputs")
 *         .method("สอบถาม")
 *         .instrument(Instrument.QUESTIONNAIRE)
 *         .instrumentText("แบบสอบถาม")
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class MonitoringItem {
    MonitoringItem() {}

    /**
     * Whether the item follows progress or evaluates results.
     *
     * @return the kind
     */
    public abstract MonitoringKind kind();

    /**
     * The number the document gives the item (e.g. {@code 10.3.1}), if any.
     *
     * @return the number
     */
    public abstract Optional<String> number();

    /**
     * What is followed or evaluated, as written (e.g. {@code ผลผลิต Outputs}, {@code ความก้าวหน้า}),
     * if stated.
     *
     * @return the subject
     */
    public abstract Optional<String> subject();

    /**
     * The numbers of the {@linkplain Project#indicators() indicators} the item evaluates, as the
     * indicators are numbered (e.g. {@code ผลผลิต 1}); the reader does not check that they exist.
     *
     * @return the indicator numbers, possibly empty
     */
    public abstract List<String> indicatorNumbers();

    /**
     * How it is done (วิธีการ), as written (e.g. {@code สอบถาม}, {@code การนิเทศของศึกษานิเทศก์}), if stated.
     *
     * @return the method
     */
    public abstract Optional<String> method();

    /**
     * The instrument (เครื่องมือ), as one of the usual kinds, if it is one.
     *
     * @return the instrument
     */
    public abstract Optional<Instrument> instrument();

    /**
     * The instrument as worded (e.g. {@code แบบสอบถาม}), if stated.
     *
     * @return the instrument text
     */
    public abstract Optional<String> instrumentText();

    /**
     * When it is done (ระยะเวลา), as worded (e.g. {@code ตลอดปีงบประมาณ}, {@code ทุกไตรมาส}), if stated.
     *
     * @return the timing
     */
    public abstract Optional<String> timeframe();

    /**
     * Who does it (ผู้ติดตาม / ผู้ประเมิน), as written (e.g. {@code ศึกษานิเทศก์}), if stated.
     *
     * @return the evaluator
     */
    public abstract Optional<String> evaluator();

    /**
     * An item with its kind and method only.
     *
     * @param kind   whether it follows progress or evaluates results
     * @param method how it is done, as written
     * @return the item
     * @throws IllegalArgumentException if the method is blank
     */
    public static MonitoringItem of(MonitoringKind kind, String method) {
        return builder().kind(kind).method(method).build();
    }

    /**
     * A builder for a monitoring item.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link MonitoringItem}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link MonitoringItem#kind() kind}, and at least one of {@link
     * MonitoringItem#method() method}, {@link MonitoringItem#instrument() instrument}, {@link
     * MonitoringItem#instrumentText() instrumentText}, {@link MonitoringItem#timeframe() timeframe}
     * and {@link MonitoringItem#evaluator() evaluator}: an item that says none of them says nothing.
     * {@code build()} throws {@link IllegalStateException} if the kind was not set and {@link
     * IllegalArgumentException} if a text is blank or the item says nothing.
     */
    public static final class Builder extends ImmutableMonitoringItem.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        number().ifPresent(n -> Require.notBlank(n, Fields.NUMBER));
        subject().ifPresent(s -> Require.notBlank(s, Fields.SUBJECT));
        indicatorNumbers().forEach(n -> Require.notBlank(n, Fields.INDICATOR_NUMBERS));
        method().ifPresent(m -> Require.notBlank(m, Fields.METHOD));
        instrumentText().ifPresent(i -> Require.notBlank(i, Fields.INSTRUMENT_TEXT));
        timeframe().ifPresent(t -> Require.notBlank(t, Fields.TIMEFRAME));
        evaluator().ifPresent(e -> Require.notBlank(e, Fields.EVALUATOR));
        if (method().isEmpty()
                && instrument().isEmpty()
                && instrumentText().isEmpty()
                && timeframe().isEmpty()
                && evaluator().isEmpty()) {
            throw new IllegalArgumentException("a monitoring item (การติดตามและประเมินผล) needs at least one of "
                    + Fields.METHOD + ", " + Fields.INSTRUMENT + ", " + Fields.INSTRUMENT_TEXT + ", "
                    + Fields.TIMEFRAME + " and " + Fields.EVALUATOR);
        }
    }
}
