/**
 * The project (โครงการ) aggregate: what a Thai education office proposes, approves and reports on.
 *
 * <p>{@link io.github.krongkan.project.Project} holds the proposal document's content: code, name,
 * fiscal year, responsible unit, people, rationale, objectives, targets, nature, strategic
 * alignments, periods, action plan, progress reports, location, benefits, monitoring, risks with
 * the risk matrix that grades them ({@link io.github.krongkan.risk}), indicators with their
 * targets and measurements ({@link io.github.krongkan.indicator}), status and approvals.
 *
 * <p>What the project did belongs to the same record: its monitoring and evaluation item by item
 * ({@link io.github.krongkan.project.MonitoringItem}), its close-out ({@link
 * io.github.krongkan.project.CloseOut}: results, problems, suggestions, lessons and {@link
 * io.github.krongkan.project.Evidence evidence references}) and the {@link
 * io.github.krongkan.project.Certification certifications} of the printed record.
 *
 * <p><b>Impossible versus suspicious.</b> Construction rejects what cannot be true of any project
 * (a blank name, a period that ends before it starts, a quantitative target without a quantity):
 * the builder throws {@link java.lang.IllegalArgumentException} naming the field, and no
 * half-built value escapes. What is possible but suspicious (a planned period outside the fiscal
 * year, an approved project without an approval record) is accepted here and reported as a
 * {@link io.github.krongkan.check.Finding} by {@link io.github.krongkan.check.ProjectCheck}.
 */
@io.github.krongkan.internal.KrongkanStyle
package io.github.krongkan.project;
