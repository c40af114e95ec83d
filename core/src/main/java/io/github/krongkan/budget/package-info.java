/**
 * The budget (งบประมาณ) of a project and the money that moves through it.
 *
 * <p><b>Plan.</b> A {@link io.github.krongkan.budget.Budget} groups expense lines
 * ({@link io.github.krongkan.budget.BudgetLine}, รายการค่าใช้จ่าย) into activities
 * ({@link io.github.krongkan.budget.BudgetActivity}, กิจกรรม). A line is either a unit cost times
 * quantity factors ({@code 35 บาท/20 คน/4 มื้อ}) or a lump sum ({@code ค่าวัสดุ 90,000.-}); a line,
 * an activity and a budget each keep the amount the document <em>states</em> beside the amount the
 * arithmetic <em>computes</em>, so that a wrong multiplication or a subtotal that does not add up is
 * visible instead of silently corrected. {@link io.github.krongkan.budget.BudgetLine#parse(CharSequence)}
 * reads the line forms of Thai project documents.
 *
 * <p><b>Versions.</b> The approved budget is never overwritten: a revision
 * ({@link io.github.krongkan.budget.BudgetRevision}, ปรับแผน) carries a round number, a reason, a
 * date and a whole new budget.
 *
 * <p><b>Money that moves.</b> {@link io.github.krongkan.budget.BudgetAllocation} splits a total
 * among school groups or networks (จัดสรร); {@link io.github.krongkan.budget.Ledger} records what was
 * received, disbursed (เบิกจ่าย), obliged (ก่อหนี้ผูกพัน), returned (ส่งคืน) and what remains
 * (คงเหลือ), with cumulative disbursement and spending rates by fiscal quarter against
 * {@link io.github.krongkan.budget.DisbursementTargets}.
 *
 * <p><b>Rate ceilings.</b> {@link io.github.krongkan.budget.RateTables} holds dated tables of
 * ceilings ({@link io.github.krongkan.budget.RateTable}, {@link io.github.krongkan.budget.RateCeiling});
 * the default is the Ministry of Finance letter กค 0406.4/ว 5 (in force from 14 January 2556).
 *
 * <p>As everywhere in krongkan, construction refuses what is impossible (a negative unit cost, a
 * line with quantity factors but no unit cost) and the rules of {@code io.github.krongkan.check}
 * report what is suspicious (a stated amount that is not unit cost × quantities).
 */
@io.github.krongkan.internal.KrongkanStyle
package io.github.krongkan.budget;
