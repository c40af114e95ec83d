/**
 * Progress (ความก้าวหน้า) of a project under way: the monthly progress reports
 * (รายงานความก้าวหน้า) of the tracking systems, their history in date order, earned value against
 * the planned curve of the action plan, and the quarterly view against disbursement targets.
 *
 * <ul>
 *   <li>{@link io.github.krongkan.project.ProgressReport}: one report as the source gives it:
 *       number, date (and the date as written), cumulative progress, cumulative disbursement, the
 *       on-plan and on-target claims, narrative, problems, obstacles and a status change.
 *       {@link io.github.krongkan.project.Project#progressReports()} keeps them in document
 *       order.</li>
 *   <li>{@link io.github.krongkan.progress.ProgressHistory}: the reports in date order, whatever
 *       order the document lists them in, with the latest report and the status as of a date.</li>
 *   <li>{@link io.github.krongkan.progress.EarnedValue}: the earned-value figures (PV, EV, AC,
 *       SV, CV, SPI, CPI, EAC, ETC, VAC, TCPI) of one report date, computed, never stored;
 *       {@link io.github.krongkan.progress.ProgressBaseline} supplies the budget and the plan.</li>
 *   <li>{@link io.github.krongkan.progress.QuarterProgress}: progress and disbursement rate at the
 *       end of each fiscal quarter, against cumulative disbursement targets.</li>
 * </ul>
 *
 * <p>This is a package of its own, beside {@code schedule} (the plan), because it holds what
 * happened rather than what was planned; it reads the plan's
 * {@link io.github.krongkan.schedule.ProgressCurve} and reuses
 * {@link io.github.krongkan.project.ProjectStatus} for status changes.
 */
@io.github.krongkan.internal.KrongkanStyle
package io.github.krongkan.progress;
