package io.github.krongkan.lifecycle;

import io.github.krongkan.check.Finding;
import io.github.krongkan.check.RuleCode;
import io.github.krongkan.diff.MoneyChange;
import io.github.krongkan.diff.ProjectDiff;
import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.ProjectStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules of a record's history and versions, each a static method giving its findings with
 * pointers into the record document ({@code at} is where the record is: the root, or a child).
 *
 * <ul>
 *   <li>{@link #replay}: the recorded transitions replayed with the workflow; a refused one is
 *       reported by the code of its {@link RefusalKind} and then taken as if accepted, since the
 *       document says it happened, so one mistake gives one finding ({@code STATUS_MOVED_BACKWARDS},
 *       {@code TRANSITION_NOT_ALLOWED}, {@code APPROVAL_WITHOUT_APPROVER}, {@code
 *       REVIEW_LEVEL_SKIPPED}, {@code TRANSITION_REFUSED});
 *   <li>{@link #reportsAfterClosure}: {@code REPORT_AFTER_CLOSURE};
 *   <li>{@link #revisionsNotApproved}: {@code REVISION_NOT_APPROVED};
 *   <li>{@link #statusAgainstHistory}: {@code STATUS_DISAGREES_WITH_HISTORY}.
 * </ul>
 */
final class HistoryRules {
    private HistoryRules() {}

    /**
     * The order of the stages along a project's life, to tell a step back from a jump ahead: a
     * returned or withdrawn project is back at the start.
     */
    static int rank(Stage stage) {
        return switch (stage) {
            case DRAFT, RETURNED, WITHDRAWN -> 0;
            case PROPOSED -> 1;
            case ENDORSED -> 2;
            case APPROVED -> 3;
            case IN_PROGRESS, DELAYED -> 4;
            case COMPLETED, CANCELLED -> 5;
            case CLOSED -> 6;
        };
    }

    static Finding.Builder finding(RuleCode code, DocumentPath path) {
        return Finding.builder().code(code.code()).severity(code.severity()).path(path);
    }

    /** Replays the history, reporting each refused transition and going on as if it were accepted. */
    static List<Finding> replay(ProjectRecord record, Workflow workflow, DocumentPath at) {
        List<Finding> out = new ArrayList<>();
        History history = History.startingAt(record.initialStage().orElse(Stage.DRAFT));
        for (int i = 0; i < record.history().size(); i++) {
            Transition t = record.history().get(i);
            Outcome outcome = workflow.apply(record.versionAt(t).project(), history, t);
            if (outcome instanceof Outcome.Refused refused) {
                out.add(refusal(
                        workflow,
                        history.stage(),
                        t,
                        refused.refusal(),
                        at.field(Fields.HISTORY).index(i)));
            }
            history = history.with(t);
        }
        return out;
    }

    private static Finding refusal(Workflow workflow, Stage stage, Transition t, Refusal refusal, DocumentPath step) {
        String what = Fields.enumValue(t.action()) + " on " + t.date() + ": ";
        String whatThai = t.action().thai() + " วันที่ " + t.date() + ": ";
        switch (refusal.kind()) {
            case WRONG_STAGE -> {
                Stage target = t.target().orElse(stage);
                if (rank(target) < rank(stage)) {
                    return finding(RuleCode.STATUS_MOVED_BACKWARDS, step.field(Fields.ACTION))
                            .message(what + "moves the project back from " + Fields.enumValue(stage) + " to "
                                    + Fields.enumValue(target) + ", which workflow " + workflow.name()
                                    + " does not allow")
                            .messageThai(whatThai + "สถานะโครงการย้อนกลับจาก " + stage.thai() + " เป็น " + target.thai()
                                    + " ซึ่งไม่เป็นไปตามขั้นตอนการดำเนินงาน")
                            .build();
                }
                return finding(RuleCode.TRANSITION_NOT_ALLOWED, step.field(Fields.ACTION))
                        .message(what + refusal.message())
                        .messageThai(whatThai + refusal.messageThai())
                        .build();
            }
            case ACTOR_REQUIRED -> {
                return finding(RuleCode.APPROVAL_WITHOUT_APPROVER, step)
                        .message(what + refusal.message())
                        .messageThai(whatThai + refusal.messageThai())
                        .build();
            }
            case MISSING_LEVEL, WRONG_LEVEL -> {
                return finding(RuleCode.REVIEW_LEVEL_SKIPPED, t.level().isPresent() ? step.field(Fields.LEVEL) : step)
                        .message(what + refusal.message())
                        .messageThai(whatThai + refusal.messageThai())
                        .build();
            }
            default -> {
                DocumentPath path = refusal.kind() == RefusalKind.DATE_BEFORE_PREVIOUS
                        ? step.field(Fields.DATE)
                        : refusal.kind() == RefusalKind.APPROVER_IS_PROPOSER
                                        && t.actor().isPresent()
                                ? step.field(Fields.ACTOR)
                                : step;
                return finding(RuleCode.TRANSITION_REFUSED, path)
                        .message(what + refusal.message())
                        .messageThai(whatThai + refusal.messageThai())
                        .build();
            }
        }
    }

    /**
     * {@code REPORT_AFTER_CLOSURE}: every progress report, in any version, dated after the first
     * recorded {@link Action#CLOSE}; a report that a later version repeats is reported once, where
     * it first appears. Reports on the day of closure pass.
     */
    static List<Finding> reportsAfterClosure(ProjectRecord record, DocumentPath at) {
        Optional<LocalDate> closed = record.history().stream()
                .filter(t -> t.action() == Action.CLOSE)
                .map(Transition::date)
                .findFirst();
        if (closed.isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        Set<ProgressReport> seen = new HashSet<>();
        for (int v = 0; v < record.versions().size(); v++) {
            List<ProgressReport> reports = record.versions().get(v).project().progressReports();
            for (int r = 0; r < reports.size(); r++) {
                ProgressReport report = reports.get(r);
                if (report.date().isAfter(closed.get()) && seen.add(report)) {
                    out.add(finding(
                                    RuleCode.REPORT_AFTER_CLOSURE,
                                    at.field(Fields.VERSIONS)
                                            .index(v)
                                            .field(Fields.PROJECT)
                                            .field(Fields.PROGRESS_REPORTS)
                                            .index(r))
                            .message("A progress report of " + report.date() + " follows the closure of the project on "
                                    + closed.get())
                            .messageThai("มีรายงานความก้าวหน้าวันที่ " + report.date() + " หลังปิดโครงการเมื่อ "
                                    + closed.get())
                            .expected("no report after " + closed.get())
                            .actual(report.date().toString())
                            .build());
                }
            }
        }
        return out;
    }

    /**
     * Whether a version is approved: it is of kind {@link VersionKind#APPROVED}, or an {@link
     * Action#APPROVE} or {@link Action#APPROVE_REVISION} transition concerns it ({@link
     * ProjectRecord#versionAt}: the version it names, else the one it covers by date).
     */
    static boolean approved(ProjectRecord record, Version version) {
        if (version.kind() == VersionKind.APPROVED) {
            return true;
        }
        for (Transition t : record.history()) {
            if ((t.action() == Action.APPROVE || t.action() == Action.APPROVE_REVISION)
                    && record.versionAt(t).number() == version.number()) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code REVISION_NOT_APPROVED}: from the first approved version on, each later version that is
     * not approved itself is compared with the version before it by its {@link Lock}; one that
     * changes locked content is reported, with the money changes when there are some.
     */
    static List<Finding> revisionsNotApproved(ProjectRecord record, DocumentPath at) {
        List<Finding> out = new ArrayList<>();
        boolean afterApproval = false;
        for (int v = 0; v < record.versions().size(); v++) {
            Version version = record.versions().get(v);
            boolean approved = approved(record, version);
            if (afterApproval && !approved) {
                Version previous = record.versions().get(v - 1);
                LockCheck lock = Lock.of(previous.project()).check(version.project());
                if (lock instanceof LockCheck.NeedsRevision revision) {
                    out.add(revision(
                            version,
                            previous,
                            revision,
                            at.field(Fields.VERSIONS).index(v)));
                }
            }
            afterApproval |= approved;
        }
        return out;
    }

    private static Finding revision(
            Version version, Version previous, LockCheck.NeedsRevision revision, DocumentPath path) {
        Set<String> sections = new LinkedHashSet<>();
        revision.lockedChanges().forEach(c -> sections.add(c.section()));
        String changed = String.join(", ", sections);
        List<MoneyChange> money =
                ProjectDiff.between(previous.project(), version.project()).money();
        String english = "Version " + version.number() + " changes the locked " + changed + " of version "
                + previous.number() + ", but no approveRevision or approve step concerns it";
        String thai = "ฉบับที่ " + version.number() + " แก้ไขส่วนที่ล็อกแล้ว (" + changed + ") ของฉบับที่ "
                + previous.number() + " โดยไม่มีการอนุมัติการปรับปรุงโครงการ";
        if (!money.isEmpty()) {
            english += ": " + money.stream().map(MoneyChange::english).collect(Collectors.joining("; "));
            thai += ": " + money.stream().map(MoneyChange::thai).collect(Collectors.joining("; "));
        }
        return finding(RuleCode.REVISION_NOT_APPROVED, path)
                .message(english)
                .messageThai(thai)
                .build();
    }

    /**
     * {@code STATUS_DISAGREES_WITH_HISTORY}: the current version states a status other than the one
     * the recorded history gives ({@link ProjectRecord#status()}). Not checked without a history,
     * nor when the version states draft, which is also what a document that states no status reads
     * as.
     */
    static List<Finding> statusAgainstHistory(ProjectRecord record, DocumentPath at) {
        if (record.history().isEmpty()) {
            return List.of();
        }
        ProjectStatus stated = record.current().project().status();
        ProjectStatus derived = record.status();
        if (stated == ProjectStatus.DRAFT || stated == derived) {
            return List.of();
        }
        return List.of(finding(
                        RuleCode.STATUS_DISAGREES_WITH_HISTORY,
                        at.field(Fields.VERSIONS)
                                .index(record.versions().size() - 1)
                                .field(Fields.PROJECT)
                                .field(Fields.STATUS))
                .message("Version " + record.current().number() + " states the status " + Fields.enumValue(stated)
                        + " but its history gives " + Fields.enumValue(derived))
                .messageThai("ฉบับที่ " + record.current().number() + " ระบุสถานะ "
                        + Stage.of(stated).thai() + " แต่ตามประวัติการดำเนินงานสถานะคือ "
                        + Stage.of(derived).thai())
                .expected(Fields.enumValue(derived))
                .actual(Fields.enumValue(stated))
                .build());
    }
}
