/**
 * The life of a project (วงจรชีวิตโครงการ): its stages, the transitions between them and the
 * workflow that says which transitions exist, as pure functions over immutable values.
 *
 * <p>A {@link io.github.krongkan.lifecycle.Workflow} is data: the moves from each {@link
 * io.github.krongkan.lifecycle.Stage}, the {@link io.github.krongkan.lifecycle.ReviewLevel review
 * levels} a proposal must pass before approval, the actions that need a reason and the {@link
 * io.github.krongkan.lifecycle.Guard guards}. {@link
 * io.github.krongkan.lifecycle.Workflow#apply(io.github.krongkan.project.Project, History,
 * Transition)} returns the longer {@link io.github.krongkan.lifecycle.History} or a {@link
 * io.github.krongkan.lifecycle.Refusal} that says why; a refusal is a value, never an exception.
 * {@link io.github.krongkan.lifecycle.Workflow#bma()} and {@link
 * io.github.krongkan.lifecycle.Workflow#obec()} are defaults for Bangkok district offices and OBEC
 * area offices, not law.
 *
 * <p>{@link io.github.krongkan.lifecycle.Lock} guards an approved version: {@link
 * io.github.krongkan.lifecycle.Lock#check(io.github.krongkan.project.Project)} says whether a change
 * may be made on it (new reports and ledger entries, status, what actually happened) or touches a
 * locked section and needs a revision with its own approval.
 *
 * <p>{@link io.github.krongkan.lifecycle.RecordCheck} checks a {@link
 * io.github.krongkan.lifecycle.ProjectRecord}: its versions with the project rules, its recorded
 * history replayed with its workflow (a refused step reported once, then taken as recorded), its
 * revisions against the lock and its network sub-projects, which {@link
 * io.github.krongkan.lifecycle.SubProjectRollUp} sums.
 *
 * <p>This package is the top layer of core: the default guard runs {@link
 * io.github.krongkan.check.ProjectCheck}.
 */
@io.github.krongkan.internal.KrongkanStyle
package io.github.krongkan.lifecycle;
