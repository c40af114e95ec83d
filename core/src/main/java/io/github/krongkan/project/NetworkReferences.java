package io.github.krongkan.project;

import io.github.krongkan.budget.AllocationShare;
import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetAllocation;
import io.github.krongkan.budget.LedgerEntry;
import io.github.krongkan.budget.NetworkMoney;
import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
import io.github.krongkan.network.Network;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses a {@code networkId} that names no network of the project, wherever money is tied to a
 * network: allocation shares (of the budget and its revisions), ledger entries and the money of
 * networks in progress reports.
 */
final class NetworkReferences {
    private NetworkReferences() {}

    /**
     * Checks every network id the project's money names.
     *
     * @param project the project being built
     * @throws IllegalArgumentException naming the pointer of the first unknown id
     */
    static void check(Project project) {
        Set<String> ids = project.networks().stream().map(Network::id).collect(Collectors.toSet());
        DocumentPath root = DocumentPath.root();
        project.budget().ifPresent(b -> allocations(b, ids, root.field(Fields.BUDGET)));
        for (int r = 0; r < project.budgetRevisions().size(); r++) {
            allocations(
                    project.budgetRevisions().get(r).budget(),
                    ids,
                    root.field(Fields.BUDGET_REVISIONS).index(r).field(Fields.BUDGET));
        }
        project.ledger().ifPresent(ledger -> {
            List<LedgerEntry> entries = ledger.entries();
            for (int i = 0; i < entries.size(); i++) {
                known(
                        entries.get(i).networkId(),
                        ids,
                        root.field(Fields.LEDGER).field(Fields.ENTRIES).index(i));
            }
        });
        for (int i = 0; i < project.progressReports().size(); i++) {
            List<NetworkMoney> lines = project.progressReports().get(i).networkMoney();
            for (int j = 0; j < lines.size(); j++) {
                known(
                        lines.get(j).networkId(),
                        ids,
                        root.field(Fields.PROGRESS_REPORTS)
                                .index(i)
                                .field(Fields.NETWORK_MONEY)
                                .index(j));
            }
        }
    }

    private static void allocations(Budget budget, Set<String> ids, DocumentPath at) {
        List<BudgetAllocation> allocations = budget.allocations();
        for (int a = 0; a < allocations.size(); a++) {
            List<AllocationShare> shares = allocations.get(a).shares();
            for (int s = 0; s < shares.size(); s++) {
                known(
                        shares.get(s).networkId(),
                        ids,
                        at.field(Fields.ALLOCATIONS)
                                .index(a)
                                .field(Fields.SHARES)
                                .index(s));
            }
        }
    }

    private static void known(Optional<String> networkId, Set<String> ids, DocumentPath at) {
        if (networkId.isPresent() && !ids.contains(networkId.get())) {
            throw new IllegalArgumentException(at.field(Fields.NETWORK_ID) + ": no network of the project has the id "
                    + networkId.get()
                    + (ids.isEmpty()
                            ? " (the project lists no networks)"
                            : "; the project's networks are "
                                    + ids.stream().sorted().toList()));
        }
    }
}
