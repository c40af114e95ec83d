package io.github.krongkan.lifecycle;

import io.github.krongkan.budget.Ledger;
import io.github.krongkan.diff.Change;
import io.github.krongkan.diff.ChangeKind;
import io.github.krongkan.diff.ProjectDiff;
import io.github.krongkan.document.Fields;
import io.github.krongkan.project.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The lock of an approved version (ฉบับที่อนุมัติแล้ว): what may still change on it and what needs
 * a revision, a new version with a reason and its own approval (งบประมาณที่ปรับปรุง).
 *
 * <p>{@link #check(Project)} compares a changed project with the approved one by {@link
 * ProjectDiff#between} and sorts every change by the top-level member of its JSON pointer. What
 * the approval did not decide stays open:
 *
 * <ul>
 *   <li>{@code progressReports}: new reports may be added (the approved reports stay, in their
 *       order); changing or removing a report is locked;
 *   <li>{@code ledger}: new entries may be added and the stated {@code remaining} updated; a
 *       ledger may be started where there was none; changing the received amount or an entry
 *       already written is locked;
 *   <li>{@code status}: the stage is the workflow's business ({@link Workflow#apply}), not the
 *       lock's;
 *   <li>what actually happened: {@code actualPeriod}, each action step's {@code actualMonths},
 *       each indicator's {@code measurements} and the {@code closeOut}.
 * </ul>
 *
 * <p>Everything else is locked: the budget with its activities, lines, allocations and planned
 * disbursements, budget revisions, objectives, targets, indicators and their targets, the action
 * plan's steps, networks, the planned period, approvals, risks and every other member. A member
 * this class does not name is locked too, so a new member of the format is safe until it is
 * opened here on purpose.
 *
 * <pre>{@code
 * LockCheck result = Lock.of(approved).check(changed);
 * if (result instanceof LockCheck.NeedsRevision revision) {
 *     revision.lockedChanges().forEach(c -> System.out.println(c.path() + " " + c.thai()));
 * }
 * }</pre>
 */
public final class Lock {
    private static final Set<String> OPEN = Set.of(Fields.STATUS, Fields.ACTUAL_PERIOD, Fields.CLOSE_OUT);

    private static final Map<String, String[]> SECTIONS = Map.ofEntries(
            Map.entry(Fields.BUDGET, new String[] {"budget", "งบประมาณ"}),
            Map.entry(Fields.BUDGET_REVISIONS, new String[] {"budget revisions", "การปรับปรุงงบประมาณ"}),
            Map.entry(Fields.OBJECTIVES, new String[] {"objectives", "วัตถุประสงค์"}),
            Map.entry(Fields.TARGETS, new String[] {"targets", "เป้าหมาย"}),
            Map.entry(Fields.INDICATORS, new String[] {"indicators and their targets", "ตัวชี้วัดและค่าเป้าหมาย"}),
            Map.entry(Fields.ACTION_PLAN, new String[] {"action plan", "แผนการดำเนินงาน"}),
            Map.entry(Fields.NETWORKS, new String[] {"networks", "เครือข่าย"}),
            Map.entry(Fields.PLANNED_PERIOD, new String[] {"planned period", "ระยะเวลาดำเนินการ"}),
            Map.entry(Fields.APPROVALS, new String[] {"approvals", "การอนุมัติ"}));

    private final Project approved;

    private Lock(Project approved) {
        this.approved = approved;
    }

    /**
     * The lock of an approved version.
     *
     * @param approved the approved version
     * @return the lock
     */
    public static Lock of(Project approved) {
        return new Lock(Objects.requireNonNull(approved, "approved"));
    }

    /**
     * The approved version this lock guards.
     *
     * @return the approved project
     */
    public Project approved() {
        return approved;
    }

    /**
     * Whether {@code changed} may replace the approved version as it is, or needs a revision.
     *
     * @param changed the changed project
     * @return {@link LockCheck.Allowed} with the changes when none touches a locked section (also
     *     when there is no change at all), else {@link LockCheck.NeedsRevision} with the locked
     *     changes, their pointers and reasons
     */
    public LockCheck check(Project changed) {
        Objects.requireNonNull(changed, "changed");
        boolean reportsAdded = keptInOrder(approved.progressReports(), changed.progressReports());
        boolean ledgerAdded = ledgerAdded(approved.ledger(), changed.ledger());
        List<Change> allowed = new ArrayList<>();
        List<LockedChange> locked = new ArrayList<>();
        for (Change change : ProjectDiff.between(approved, changed).changes()) {
            List<String> at = change.path().segments();
            String section = at.isEmpty() ? "" : at.get(0);
            if (open(section, at, change, reportsAdded, ledgerAdded)) {
                allowed.add(change);
            } else {
                locked.add(locked(section, change));
            }
        }
        return locked.isEmpty() ? new LockCheck.Allowed(allowed) : new LockCheck.NeedsRevision(locked, allowed);
    }

    private static boolean open(
            String section, List<String> at, Change change, boolean reportsAdded, boolean ledgerAdded) {
        if (OPEN.contains(section)) {
            return true;
        }
        if (section.equals(Fields.PROGRESS_REPORTS)) {
            return reportsAdded || (change.kind() == ChangeKind.ADDED && at.size() == 2);
        }
        if (section.equals(Fields.LEDGER)) {
            return ledgerAdded;
        }
        if (section.equals(Fields.ACTION_PLAN)) {
            return at.size() >= 4 && at.get(1).equals(Fields.STEPS) && at.get(3).equals(Fields.ACTUAL_MONTHS);
        }
        if (section.equals(Fields.INDICATORS)) {
            return at.size() >= 3 && at.get(2).equals(Fields.MEASUREMENTS);
        }
        return false;
    }

    private static LockedChange locked(String section, Change change) {
        if (section.equals(Fields.PROGRESS_REPORTS)) {
            return new LockedChange(
                    change,
                    section,
                    "a progress report of the approved version is part of its record: add a new report"
                            + " rather than change or remove one, or make a revision with its own approval",
                    "รายงานความก้าวหน้าที่มีอยู่ในฉบับที่อนุมัติแล้วแก้ไขหรือลบไม่ได้ ให้เพิ่มรายงานฉบับใหม่"
                            + " หรือจัดทำฉบับปรับปรุงและได้รับอนุมัติใหม่");
        }
        if (section.equals(Fields.LEDGER)) {
            return new LockedChange(
                    change,
                    section,
                    "the received amount and the entries already in the ledger of the approved version"
                            + " are locked: only new entries can be added; anything else needs a revision with its own"
                            + " approval",
                    "ยอดเงินที่ได้รับและรายการเงินที่บันทึกแล้วในฉบับที่อนุมัติแล้วแก้ไขหรือลบไม่ได้"
                            + " เพิ่มได้เฉพาะรายการใหม่ นอกนั้นต้องจัดทำฉบับปรับปรุงและได้รับอนุมัติใหม่");
        }
        String[] names = SECTIONS.getOrDefault(section, new String[] {"approved content", "เนื้อหาที่อนุมัติแล้ว"});
        return new LockedChange(
                change,
                section,
                "the " + names[0] + " of the approved version is locked: change it by a revision"
                        + " (งบประมาณที่ปรับปรุง) with a reason and its own approval",
                names[1] + "ของฉบับที่อนุมัติแล้วถูกล็อก ต้องจัดทำฉบับปรับปรุงที่ระบุเหตุผลและได้รับอนุมัติใหม่");
    }

    private static boolean ledgerAdded(Optional<Ledger> before, Optional<Ledger> after) {
        if (before.isEmpty()) {
            return true;
        }
        return after.isPresent()
                && before.orElseThrow().received().equals(after.orElseThrow().received())
                && keptInOrder(
                        before.orElseThrow().entries(), after.orElseThrow().entries());
    }

    /** Whether every item of {@code before} is in {@code after}, in the same order. */
    private static boolean keptInOrder(List<?> before, List<?> after) {
        int i = 0;
        for (Object item : after) {
            if (i < before.size() && before.get(i).equals(item)) {
                i++;
            }
        }
        return i == before.size();
    }
}
