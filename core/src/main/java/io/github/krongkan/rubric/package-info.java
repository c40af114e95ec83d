/**
 * Network quality rubrics (เกณฑ์การประเมินคุณภาพเครือข่าย): criteria with weights and scored levels,
 * assessments of schools and networks against them, and quality scales.
 *
 * <p>A {@link io.github.krongkan.rubric.Rubric} has {@link io.github.krongkan.rubric.Criterion criteria},
 * each with a weight and {@link io.github.krongkan.rubric.CriterionLevel levels} that carry a score.
 * An {@link io.github.krongkan.rubric.Assessment} of a school or a network picks one level's score per
 * criterion; {@link io.github.krongkan.rubric.Rubric#evaluate(Assessment)} gives the weighted score in
 * percent of the maximum and the quality level of a {@link io.github.krongkan.rubric.QualityScale}
 * (OBEC standards 2561: ยอดเยี่ยม / ดีเลิศ / ดี / ปานกลาง / กำลังพัฒนา; the older forms: ดีเยี่ยม /
 * ดีมาก / ดี / พอใช้ / ปรับปรุง). A subject meets the rubric's criteria when its level is at or above
 * the rubric's passing level, which gives the numerator of seed 000's KPI, "schools meeting the
 * criteria × 100 / schools" ({@link io.github.krongkan.rubric.Rubric#meetingCriteria}).
 */
@io.github.krongkan.internal.KrongkanStyle
package io.github.krongkan.rubric;
