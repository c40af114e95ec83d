package io.github.krongkan.check;

import io.github.krongkan.budget.AllocationShare;
import io.github.krongkan.budget.BudgetAllocation;
import io.github.krongkan.document.Fields;
import io.github.krongkan.network.Network;
import io.github.krongkan.project.Project;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code ALLOCATION_NETWORK_MISSING} (warning): the budget allocates money to the project's networks
 * by id, but one network the project names receives no share of any allocation. A network counts
 * as named by a share that gives its id, or its name as the share's name. Budgets whose allocations
 * name no network by id are not checked: they share the money among groups the project does not
 * list (seed 003's office share, say), so nothing can be missed. One finding per network left out.
 */
final class AllocationNetworkMissingRule extends BudgetRule {
    AllocationNetworkMissingRule() {
        super(RuleCode.ALLOCATION_NETWORK_MISSING);
    }

    @Override
    List<Finding> check(Project project, CurrentBudget current) {
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (BudgetAllocation allocation : current.budget().allocations()) {
            for (AllocationShare share : allocation.shares()) {
                share.networkId().ifPresent(ids::add);
                share.name().ifPresent(n -> names.add(n.strip()));
            }
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Network network : project.networks()) {
            if (ids.contains(network.id())
                    || network.name().map(String::strip).filter(names::contains).isPresent()) {
                continue;
            }
            String label =
                    network.id() + network.name().map(n -> " (" + n + ")").orElse("");
            findings.add(finding(current.path().field(Fields.ALLOCATIONS))
                    .message("The network " + label + " of the project receives no share of the allocations")
                    .messageThai("เครือข่าย " + label + " ของโครงการไม่ได้รับการจัดสรรงบประมาณ")
                    .expected("a share for network " + network.id())
                    .actual("none")
                    .build());
        }
        return findings;
    }
}
