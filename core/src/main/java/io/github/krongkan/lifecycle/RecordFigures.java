package io.github.krongkan.lifecycle;

import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.Ledger;
import io.github.krongkan.budget.NetworkMoney;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectStatus;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The figures of one project record at its current version, as {@link SubProjectRollUp} sums them:
 * where it stands and its money, exact to the satang.
 *
 * <p>Each figure is taken from the record's {@link ProjectRecord#current() current version}:
 *
 * <ul>
 *   <li>{@code allocation}: the current budget's total as written ({@link Budget#writtenAmount()},
 *       the latest budget revision if there is one), else the ledger's received amount, else zero;
 *   <li>{@code disbursed}: the amount of the latest progress report (by date, the later in the list
 *       on the same date) that states one, else the ledger's disbursements when there are any, else, for a sub-project,
 *       what the parent's latest report naming the sub-project's network in its network money says
 *       it disbursed, else zero;
 *   <li>{@code returned}: the ledger's returns when there are any, else, for a sub-project, what the
 *       parent's latest report naming its network says it returned, else zero;
 *   <li>{@code progress}: the progress of the latest report, if there is a report.
 * </ul>
 *
 * @param id the record's id, if it has one
 * @param networkId the parent's network the record is the project of, if it names one
 * @param stage the stage the record's history leads to ({@link ProjectRecord#stage()})
 * @param status the status the history gives ({@link ProjectRecord#status()})
 * @param allocation the money allocated to the project
 * @param disbursed the money disbursed so far
 * @param returned the money sent back
 * @param progress the latest reported progress in percent, if any report states it
 */
public record RecordFigures(
        Optional<String> id,
        Optional<String> networkId,
        Stage stage,
        ProjectStatus status,
        Baht allocation,
        Baht disbursed,
        Baht returned,
        Optional<BigDecimal> progress) {
    /**
     * Figures from their parts.
     *
     * @param id the id
     * @param networkId the network id
     * @param stage the stage
     * @param status the status
     * @param allocation the allocation
     * @param disbursed the disbursed amount
     * @param returned the returned amount
     * @param progress the progress
     * @throws NullPointerException if a component is null
     */
    public RecordFigures {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(networkId, "networkId");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(allocation, "allocation");
        Objects.requireNonNull(disbursed, "disbursed");
        Objects.requireNonNull(returned, "returned");
        Objects.requireNonNull(progress, "progress");
    }

    /**
     * The figures of a record on its own, without a parent to fall back on.
     *
     * @param record the record
     * @return its figures
     */
    public static RecordFigures of(ProjectRecord record) {
        return of(record, Optional.empty());
    }

    /**
     * The figures of a sub-project, falling back on its parent's network money for what its own
     * documents do not state.
     *
     * @param child the sub-project's record
     * @param parent the parent's current project, if the figures are for a sub-project
     * @return its figures
     */
    public static RecordFigures of(ProjectRecord child, Optional<Project> parent) {
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(parent, "parent");
        Project project = child.current().project();
        Optional<Ledger> ledger = project.ledger();
        Baht allocation = project.currentBudget()
                .map(Budget::writtenAmount)
                .or(() -> ledger.map(Ledger::received))
                .orElse(Baht.ZERO);
        Optional<NetworkMoney> fromParent =
                parent.flatMap(p -> child.networkId().flatMap(n -> networkMoney(p, n)));
        Baht disbursed = latest(project, ProgressReport::disbursed)
                .or(() -> ledger.map(Ledger::disbursed).filter(d -> d.signum() != 0))
                .or(() -> fromParent.flatMap(NetworkMoney::disbursed))
                .orElse(Baht.ZERO);
        Baht returned = ledger.map(Ledger::returned)
                .filter(r -> r.signum() != 0)
                .or(() -> fromParent.flatMap(NetworkMoney::returned))
                .orElse(Baht.ZERO);
        Optional<BigDecimal> progress = latest(project, r -> Optional.of(r.progress()));
        return new RecordFigures(
                child.id(),
                child.networkId(),
                child.stage(),
                child.status(),
                allocation,
                disbursed,
                returned,
                progress);
    }

    /** The value of the latest report (by date, the later in the list on the same date) that states one. */
    private static <T> Optional<T> latest(Project project, Function<ProgressReport, Optional<T>> value) {
        ProgressReport latest = null;
        for (ProgressReport report : project.progressReports()) {
            if (value.apply(report).isPresent()
                    && (latest == null || !report.date().isBefore(latest.date()))) {
                latest = report;
            }
        }
        return latest == null ? Optional.empty() : value.apply(latest);
    }

    /** The network money line of the parent's latest report that has one for the network. */
    private static Optional<NetworkMoney> networkMoney(Project parent, String networkId) {
        return latest(
                parent,
                r -> r.networkMoney().stream()
                        .filter(m -> m.networkId().filter(networkId::equals).isPresent())
                        .findFirst());
    }
}
