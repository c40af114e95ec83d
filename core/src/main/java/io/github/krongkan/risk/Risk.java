package io.github.krongkan.risk;

import io.github.krongkan.internal.Require;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A risk of a project (ความเสี่ยง) with its assessments and its response (แนวทางการบริหารความเสี่ยง).
 *
 * <p>The assessments are kept apart: {@link #inherent()} before any response, {@link #current()}
 * as things stand, {@link #residual()} expected after the response. Each is optional, because
 * documents often rate only once (seed 000: likelihood 2 × impact 1 = 2, {@code น้อย}) or not at all
 * (seed 004 lists risk factors with a response only). Scores and levels come from the project's
 * {@link RiskMatrix}: {@link #inherentCell(RiskMatrix)}.
 *
 * <pre>{@code
 * Risk risk = Risk.builder()
 *         .description("ผู้เข้าร่วมโครงการอาจมีภารกิจซ้ำซ้อนไม่สามารถเข้าร่วมกิจกรรมครบตามจำนวนที่กำหนด")
 *         .inherent(RiskRating.of(2, 1, "2 (น้อย)"))
 *         .responseText("ประชาสัมพันธ์การดำเนินงานล่วงหน้าเป็นระยะเวลานาน")
 *         .build();
 * risk.inherentCell(RiskMatrix.DEFAULT);   // 2 × 1 = 2 low (ต่ำ)
 * }</pre>
 */
@Value.Immutable
public abstract class Risk {
    Risk() {}

    /**
     * The number the document gives the risk, e.g. {@code 1.1}, if any.
     *
     * @return the number, not blank
     */
    public abstract Optional<String> number();

    /**
     * What may go wrong, as the document words it.
     *
     * @return the description, not blank
     */
    public abstract String description();

    /**
     * The assessment before any response (ความเสี่ยงก่อนการจัดการ), if rated.
     *
     * @return the inherent rating
     */
    public abstract Optional<RiskRating> inherent();

    /**
     * The assessment as things stand (ความเสี่ยงปัจจุบัน), if rated.
     *
     * @return the current rating
     */
    public abstract Optional<RiskRating> current();

    /**
     * The assessment expected after the response (ความเสี่ยงคงเหลือ), if rated.
     *
     * @return the residual rating
     */
    public abstract Optional<RiskRating> residual();

    /**
     * The response strategy, if the document names one.
     *
     * @return the strategy
     */
    public abstract Optional<RiskResponse> response();

    /**
     * The response as the document words it (แนวทางการบริหารความเสี่ยง), if any.
     *
     * @return the response text, not blank
     */
    public abstract Optional<String> responseText();

    /**
     * A risk with an inherent rating and nothing else.
     *
     * @param description what may go wrong
     * @param likelihood  the inherent likelihood, at least 1
     * @param impact      the inherent impact, at least 1
     * @return the risk
     * @throws IllegalArgumentException if the description is blank or a rating below 1
     */
    public static Risk of(String description, int likelihood, int impact) {
        return builder()
                .description(description)
                .inherent(RiskRating.of(likelihood, impact))
                .build();
    }

    /**
     * Whether the risk has a response: a strategy, a text or both.
     *
     * @return {@code true} if either is present
     */
    public boolean hasResponse() {
        return response().isPresent() || responseText().isPresent();
    }

    /**
     * The inherent rating's cell on a matrix.
     *
     * @param matrix the matrix the project uses
     * @return score, level and colour; empty if not rated
     * @throws IllegalArgumentException if the rating is beyond the matrix's scales
     */
    public Optional<RiskCell> inherentCell(RiskMatrix matrix) {
        return inherent().map(matrix::cell);
    }

    /**
     * The current rating's cell on a matrix.
     *
     * @param matrix the matrix the project uses
     * @return score, level and colour; empty if not rated
     * @throws IllegalArgumentException if the rating is beyond the matrix's scales
     */
    public Optional<RiskCell> currentCell(RiskMatrix matrix) {
        return current().map(matrix::cell);
    }

    /**
     * The residual rating's cell on a matrix.
     *
     * @param matrix the matrix the project uses
     * @return score, level and colour; empty if not rated
     * @throws IllegalArgumentException if the rating is beyond the matrix's scales
     */
    public Optional<RiskCell> residualCell(RiskMatrix matrix) {
        return residual().map(matrix::cell);
    }

    /**
     * A builder for a risk.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Risk}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link Risk#description() description}. Every other attribute is
     * optional, a list or has a default; {@code build()} throws {@link IllegalStateException}
     * naming each required attribute that was not set.
     */
    public static final class Builder extends ImmutableRisk.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Require.notBlank(description(), "Risk description");
        number().ifPresent(n -> Require.notBlank(n, "Risk number"));
        responseText().ifPresent(t -> Require.notBlank(t, "Risk responseText"));
    }
}
