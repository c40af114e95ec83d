package io.github.krongkan.check;

import io.github.krongkan.budget.AllocationShare;
import io.github.krongkan.budget.BudgetAllocation;
import io.github.krongkan.document.Fields;
import io.github.krongkan.project.Project;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ALLOCATION_SHARE_DUPLICATED} (warning): two shares of one allocation (จัดสรร) name the same
 * recipient, by the same network id or the same name (compared without surrounding or repeated
 * white space), e.g. {@code กลุ่มโรงเรียนบางพลี 1} twice and {@code บางพลี 2} not at all: a
 * copy-and-paste slip, or one group paid twice. Reported at the second share; the message names
 * the first.
 */
final class AllocationShareDuplicatedRule extends BudgetRule {
    AllocationShareDuplicatedRule() {
        super(RuleCode.ALLOCATION_SHARE_DUPLICATED);
    }

    @Override
    List<Finding> check(Project project, CurrentBudget current) {
        List<Finding> findings = new ArrayList<>();
        for (Item<BudgetAllocation> allocation :
                items(current.budget().allocations(), current.path().field(Fields.ALLOCATIONS))) {
            Map<String, Item<AllocationShare>> first = new HashMap<>();
            for (Item<AllocationShare> share : items(allocation.value().shares(), allocation.field(Fields.SHARES))) {
                Optional<String> id = share.value().networkId();
                Optional<String> name = share.value().name().map(n -> n.strip().replaceAll("\\s+", " "));
                Item<AllocationShare> earlier = null;
                String recipient = null;
                String recipientThai = null;
                if (id.isPresent()) {
                    earlier = first.putIfAbsent("id:" + id.get(), share);
                    recipient = "network " + id.get();
                    recipientThai = "เครือข่าย " + id.get();
                }
                if (earlier == null && name.isPresent()) {
                    earlier = first.putIfAbsent("name:" + name.get(), share);
                    recipient = name.get();
                    recipientThai = name.get();
                }
                if (earlier == null) {
                    continue;
                }
                findings.add(finding(share.path())
                        .message("Allocation " + allocation.number() + " gives a share to " + recipient
                                + " again (first at " + earlier.path() + ")")
                        .messageThai("การจัดสรรที่ " + allocation.number() + " จัดสรรให้ " + recipientThai
                                + " ซ้ำ (ครั้งแรกที่ " + earlier.path() + ")")
                        .build());
            }
        }
        return findings;
    }
}
