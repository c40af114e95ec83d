package io.github.krongkan.lifecycle;

import io.github.krongkan.check.Finding;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.check.RuleCode;
import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a {@link ProjectRecord}: every version with a {@link ProjectCheck}, then the record rules
 * ({@link RuleCode#recordCodes()}: the recorded history replayed with a {@link Workflow}, reports
 * after closure, revisions without approval, the stated status against the history, the network
 * sub-projects), then the children the same way. Each finding's path is a JSON
 * pointer into the record document: {@code /versions/1/project/budget/...} for a finding of the
 * second version, {@code /history/3} for a transition, {@code /children/0/...} for a sub-project.
 *
 * <pre>{@code
 * List<Finding> findings = RecordCheck.standard().check(record);
 * }</pre>
 */
public final class RecordCheck {
    private final ProjectCheck projectCheck;
    private final Optional<Workflow> workflow;

    private RecordCheck(ProjectCheck projectCheck, Optional<Workflow> workflow) {
        this.projectCheck = projectCheck;
        this.workflow = workflow;
    }

    /**
     * The standard check: {@link ProjectCheck#standard()} on every version, and the workflow each
     * record names ({@link Workflow#named}), {@link Workflow#bma()} where it names none.
     *
     * @return the check
     */
    public static RecordCheck standard() {
        return new RecordCheck(ProjectCheck.standard(), Optional.empty());
    }

    /**
     * A check with a project check of one's own and, if given, one workflow for every record
     * whatever it names.
     *
     * @param projectCheck the check run on every version
     * @param workflow the workflow, or empty to use the one each record names
     * @return the check
     */
    public static RecordCheck of(ProjectCheck projectCheck, Optional<Workflow> workflow) {
        return new RecordCheck(
                Objects.requireNonNull(projectCheck, "projectCheck"), Objects.requireNonNull(workflow, "workflow"));
    }

    /**
     * The workflow this check uses for a record.
     *
     * @param record the record
     * @return the workflow given to {@link #of}, else the one the record names, else {@link Workflow#bma()}
     * @throws IllegalArgumentException if the record names a workflow that is not a default and none
     *     was given to {@link #of}
     */
    public Workflow workflowFor(ProjectRecord record) {
        Objects.requireNonNull(record, "record");
        return workflow.orElseGet(() -> record.workflow().map(Workflow::named).orElseGet(Workflow::bma));
    }

    /**
     * Checks a record and its children.
     *
     * <p>For each record: every version with the project check; then the record rules in the order
     * of {@link RuleCode#recordCodes()}: the history replayed with {@link #workflowFor} (each refused
     * transition reported once and then taken as recorded), reports after closure, revisions
     * without approval, the stated status against the history, and the sub-projects; then each
     * child the same way, with the parent's workflow when the child names none.
     *
     * @param record the record
     * @return the findings, version by version, then the record's, then each child's
     */
    public List<Finding> check(ProjectRecord record) {
        Objects.requireNonNull(record, "record");
        List<Finding> out = new ArrayList<>();
        check(record, workflowFor(record), DocumentPath.root(), out);
        return List.copyOf(out);
    }

    private void check(ProjectRecord record, Workflow recordWorkflow, DocumentPath at, List<Finding> out) {
        for (int i = 0; i < record.versions().size(); i++) {
            DocumentPath project = at.field(Fields.VERSIONS).index(i).field(Fields.PROJECT);
            for (Finding f : projectCheck.check(record.versions().get(i).project())) {
                out.add(within(project, f));
            }
        }
        List<Finding> own = new ArrayList<>();
        own.addAll(HistoryRules.replay(record, recordWorkflow, at));
        own.addAll(HistoryRules.reportsAfterClosure(record, at));
        own.addAll(HistoryRules.revisionsNotApproved(record, at));
        own.addAll(HistoryRules.statusAgainstHistory(record, at));
        own.addAll(SubProjectRules.notDone(record, at));
        own.addAll(SubProjectRules.unknownNetworks(record, at));
        own.sort(Comparator.comparing(f -> RuleCode.of(f.code())));
        out.addAll(own);
        for (int i = 0; i < record.children().size(); i++) {
            ProjectRecord child = record.children().get(i);
            Workflow childWorkflow = workflow.isPresent() || child.workflow().isEmpty()
                    ? recordWorkflow
                    : Workflow.named(child.workflow().get());
            check(child, childWorkflow, at.field(Fields.CHILDREN).index(i), out);
        }
    }

    /**
     * A finding of a project moved into a record: its path prefixed with where the project is.
     *
     * @param at where the project is in the record document
     * @param finding the finding, its path relative to the project
     * @return the finding with the full path
     */
    static Finding within(DocumentPath at, Finding finding) {
        return Finding.builder()
                .from(finding)
                .path(at.toString() + finding.path())
                .build();
    }
}
