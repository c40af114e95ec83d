package io.github.krongkan.project;

import io.github.krongkan.network.Network;
import io.github.krongkan.network.RollUp;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Budgets and disbursement of many projects summed by network and by office in one pass, one
 * project at a time, so that a portfolio read as a stream (e.g. JSON Lines) never has to be held
 * in memory: memory grows with the number of networks and offices, not of projects.
 *
 * <pre>{@code
 * PortfolioRollUp rollUp = new PortfolioRollUp();
 * projects.forEach(rollUp::add);
 * RollUp<ProjectTotals> totals = rollUp.result();
 * totals.byOffice().get("o001").budget();
 * }</pre>
 *
 * <p>A project counts for its <em>lead network</em>, the first of {@link Project#networks()}, and
 * that network's office, whole: money is never split between networks, so that every satang
 * counts once. A project without networks counts in the total only. The result's
 * {@link RollUp#byNetwork()} and {@link RollUp#byOffice()} are sorted by id; it has no per-school
 * values ({@link RollUp#bySchool()} and {@link RollUp#unknownSchools()} are empty), and its total
 * is present, {@link ProjectTotals#ZERO} when nothing was added.
 *
 * <p>Not thread-safe; for parallel streams, give each thread its own and {@link #addAll(PortfolioRollUp)} them.
 */
public final class PortfolioRollUp {
    private final Map<String, ProjectTotals> byNetwork = new TreeMap<>();
    private final Map<String, ProjectTotals> byOffice = new TreeMap<>();
    private ProjectTotals total = ProjectTotals.ZERO;

    /** An empty roll-up. */
    public PortfolioRollUp() {}

    /**
     * Sums projects from an iterable, e.g. a list or a {@code ProjectLines} reader.
     *
     * @param projects the projects
     * @return their roll-up
     */
    public static RollUp<ProjectTotals> of(Iterable<Project> projects) {
        PortfolioRollUp rollUp = new PortfolioRollUp();
        for (Project project : projects) {
            rollUp.add(project);
        }
        return rollUp.result();
    }

    /**
     * Adds a project to its lead network, that network's office and the total.
     *
     * @param project the project
     * @return this roll-up
     */
    public PortfolioRollUp add(Project project) {
        ProjectTotals totals = ProjectTotals.of(project);
        total = total.plus(totals);
        if (!project.networks().isEmpty()) {
            Network lead = project.networks().get(0);
            byNetwork.merge(lead.id(), totals, ProjectTotals::plus);
            byOffice.merge(lead.officeId(), totals, ProjectTotals::plus);
        }
        return this;
    }

    /**
     * Adds everything another roll-up has summed, e.g. one made by another thread.
     *
     * @param other the other roll-up
     * @return this roll-up
     */
    public PortfolioRollUp addAll(PortfolioRollUp other) {
        total = total.plus(other.total);
        other.byNetwork.forEach((id, totals) -> byNetwork.merge(id, totals, ProjectTotals::plus));
        other.byOffice.forEach((id, totals) -> byOffice.merge(id, totals, ProjectTotals::plus));
        return this;
    }

    /**
     * The sums so far.
     *
     * @return totals by network and office id (sorted by id) and in all
     */
    public RollUp<ProjectTotals> result() {
        return new RollUp<>(Map.of(), byNetwork, byOffice, Optional.of(total), Map.of());
    }
}
