/**
 * Indicators (ตัวชี้วัด), their targets (ค่าเป้าหมาย) and measurements (ผลงานที่ทำได้).
 *
 * <p>An {@link io.github.krongkan.indicator.Indicator} has a name, a type (output ผลผลิต, outcome
 * ผลลัพธ์, impact ผลกระทบ, routine งานประจำ), a {@link io.github.krongkan.indicator.Measure measure}
 * and unit, a {@link io.github.krongkan.indicator.Formula formula} (a ratio
 * {@code numerator × factor / denominator}, a count, a mean, or a change against a baseline), a
 * {@link io.github.krongkan.indicator.Direction direction} (at least ไม่น้อยกว่า, at most ไม่เกิน,
 * exactly, reduce by at least ลดลงอย่างน้อย, increase by at least), cumulative or per-period
 * {@link io.github.krongkan.indicator.Accumulation accumulation}, targets per
 * {@link io.github.krongkan.time.FiscalPeriod period} (fiscal year, quarter or month), a
 * baseline and an instrument.
 *
 * <p>A {@link io.github.krongkan.indicator.Measurement} keeps the raw values (numerator and
 * denominator) and optionally the value the document reports. The indicator computes the achieved
 * value from the raw values; a missing numerator or denominator, or a zero denominator, gives no
 * value ({@link java.util.Optional#empty()}), never a made-up number.
 * {@link io.github.krongkan.indicator.Indicator#evaluate(Measurement)} compares the value with the
 * target and gives an {@link io.github.krongkan.indicator.Evaluation}: met or not met, and the
 * attainment ratio.
 *
 * <p><b>Roll-up.</b> {@link io.github.krongkan.indicator.Indicator#rollUp} sums raw values from
 * schools to networks and offices with
 * {@link io.github.krongkan.network.NetworkDirectory#rollUp(java.util.Map, java.util.function.BinaryOperator)}
 * and recomputes each ratio from the sums; it never averages percentages.
 * {@link io.github.krongkan.indicator.Indicator#rollUpMeanOfValues} averages per-school values, for
 * those who ask for exactly that.
 *
 * <p><b>Arithmetic.</b> Values are exact {@link java.math.BigDecimal}s. A division (ratio, mean,
 * relative change) is rounded half-up to {@value io.github.krongkan.indicator.Formula#SCALE} decimal
 * places; an attainment ratio is cut (rounded toward zero) to the same number of places, so that
 * "met" and "attainment at least 1" always agree.
 */
@io.github.krongkan.internal.KrongkanStyle
package io.github.krongkan.indicator;
