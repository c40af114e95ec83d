package io.github.krongkan.check;

import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
import io.github.krongkan.network.Network;
import io.github.krongkan.network.School;
import io.github.krongkan.project.Project;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code SCHOOL_IN_TWO_NETWORKS} (warning): one school (by id) is listed in two networks of the
 * project. A school can belong to networks of different kinds (a school group กลุ่มโรงเรียน and a
 * subject network), so the project accepts it; but where the networks share the project's money,
 * the school is counted twice. Reported at the second listing; the message names the first.
 */
final class SchoolInTwoNetworksRule extends AbstractRule {
    SchoolInTwoNetworksRule() {
        super(RuleCode.SCHOOL_IN_TWO_NETWORKS);
    }

    @Override
    public List<Finding> check(Project project) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Network> first = new HashMap<>();
        for (Item<Network> network :
                items(project.networks(), DocumentPath.root().field(Fields.NETWORKS))) {
            for (Item<School> school : items(network.value().schools(), network.field(Fields.SCHOOLS))) {
                String id = school.value().id();
                Network earlier = first.putIfAbsent(id, network.value());
                if (earlier == null || earlier == network.value()) {
                    continue;
                }
                String name = school.value().name();
                findings.add(finding(school.path())
                        .message("The school " + id + " (" + name + ") is listed in network " + earlier.id()
                                + " and again in network " + network.value().id())
                        .messageThai("โรงเรียน " + name + " (" + id + ") อยู่ทั้งในเครือข่าย " + earlier.id()
                                + " และเครือข่าย " + network.value().id())
                        .expected("one network")
                        .actual(earlier.id() + ", " + network.value().id())
                        .build());
            }
        }
        return findings;
    }
}
