package io.github.krongkan.project;

import io.github.krongkan.document.Fields;
import io.github.krongkan.internal.Require;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One result (ผลการดำเนินงาน) of a {@link CloseOut}: what the project achieved, for one objective or
 * indicator (named by its number) or for the project as a whole, counted or described.
 *
 * <p>Seed 004's ผลสำเร็จที่ได้จากการดำเนินการ lists, under เชิงคุณภาพ, {@code 3) ผู้ประเมินคุณภาพสถานศึกษาจำนวน
 * 100 คน ได้รับการพัฒนาตามมาตรฐานผู้ประเมิน}, the result of indicator {@code ผลผลิต 3}:
 *
 * <pre>{@code
 * CloseOutResult result = CloseOutResult.builder()
 *         .kind(TargetKind.QUALITATIVE)
 *         .number("3")
 *         .indicatorNumber("ผลผลิต 3")
 *         .text("ผู้ประเมินคุณภาพสถานศึกษาจำนวน 100 คน ได้รับการพัฒนาตามมาตรฐานผู้ประเมิน")
 *         .build();
 * }</pre>
 *
 * <p>The numbers are kept as written and not checked against the project's objectives and
 * indicators when the value is built, so a result can be recorded before the rest of the project.
 */
@Value.Immutable
public abstract class CloseOutResult {
    CloseOutResult() {}

    /**
     * Whether the document lists the result as quantitative (เชิงปริมาณ) or qualitative (เชิงคุณภาพ),
     * if it says.
     *
     * @return the kind
     */
    public abstract Optional<TargetKind> kind();

    /**
     * The number of the result as written (e.g. {@code 3}), if any.
     *
     * @return the number
     */
    public abstract Optional<String> number();

    /**
     * The {@linkplain Objective#number() number of the objective} the result answers, if it names one.
     *
     * @return the objective number
     */
    public abstract Optional<String> objectiveNumber();

    /**
     * The {@linkplain io.github.krongkan.indicator.Indicator#number() number of the indicator} the
     * result reports on, if it names one.
     *
     * @return the indicator number
     */
    public abstract Optional<String> indicatorNumber();

    /**
     * The result as written.
     *
     * @return the text, never blank
     */
    public abstract String text();

    /**
     * Whether the result is about the project as a whole: it names neither an objective nor an
     * indicator.
     *
     * @return {@code true} for an overall result
     */
    public boolean isOverall() {
        return objectiveNumber().isEmpty() && indicatorNumber().isEmpty();
    }

    /**
     * An overall result, neither counted nor described.
     *
     * @param text the result as written
     * @return the result
     * @throws IllegalArgumentException if the text is blank
     */
    public static CloseOutResult of(String text) {
        return builder().text(text).build();
    }

    /**
     * An overall result of a kind.
     *
     * @param kind quantitative (เชิงปริมาณ) or qualitative (เชิงคุณภาพ)
     * @param text the result as written
     * @return the result
     * @throws IllegalArgumentException if the text is blank
     */
    public static CloseOutResult of(TargetKind kind, String text) {
        return builder().kind(kind).text(text).build();
    }

    /**
     * A builder for a result.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link CloseOutResult}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link CloseOutResult#text() text}. Every other attribute is optional;
     * {@code build()} throws {@link IllegalStateException} if the text was not set and {@link
     * IllegalArgumentException} if a text or number is blank.
     */
    public static final class Builder extends ImmutableCloseOutResult.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Require.notBlank(text(), Fields.TEXT);
        number().ifPresent(n -> Require.notBlank(n, Fields.NUMBER));
        objectiveNumber().ifPresent(n -> Require.notBlank(n, Fields.OBJECTIVE_NUMBER));
        indicatorNumber().ifPresent(n -> Require.notBlank(n, Fields.INDICATOR_NUMBER));
    }
}
