package io.github.krongkan.check;

import io.github.krongkan.budget.AllocationShare;
import io.github.krongkan.budget.BudgetAllocation;
import io.github.krongkan.budget.LedgerEntry;
import io.github.krongkan.budget.LedgerEntryKind;
import io.github.krongkan.budget.NetworkMoney;
import io.github.krongkan.document.Fields;
import io.github.krongkan.money.Baht;
import io.github.krongkan.network.Network;
import io.github.krongkan.progress.ProgressHistory;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code RETURNED_WHILE_ON_TARGET} (warning): a report gives 100 % progress (or more) and says the
 * work is on target (เป็นไปตามเป้าหมาย), while by its date networks have sent their money back
 * without disbursing any, or most networks have disbursed nothing. A network that sent back the
 * unspent rest after disbursing is normal and does not count; so is one that disbursed no amount
 * the report gives but sent back less than half of its allocated share (when the budget allocates
 * it one, by id or by name).
 *
 * <p>What the networks did is read from the reports' {@code networkMoney} lines, each network's
 * latest line on or before the report's date (in date order, {@link ProgressHistory}), and from the
 * ledger's return and disbursement entries that name a network (by id or name) and are dated on or
 * before it. "Most" is more than half of the networks: the project's networks and any other
 * network the lines or the ledger name. Reported once, at the first such report. Seed 001: on
 * 29 August 2021 three of the four networks sent their 90,000 baht back; on 27 September the
 * report says 100 % and on target.
 */
final class ReturnedWhileOnTargetRule extends AbstractRule {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    ReturnedWhileOnTargetRule() {
        super(RuleCode.RETURNED_WHILE_ON_TARGET);
    }

    @Override
    public List<Finding> check(Project project) {
        Map<String, Baht> shares = shares(project);
        Map<String, NetworkMoney> latest = new LinkedHashMap<>();
        for (ProgressHistory.Entry e : ProgressHistory.of(project).entries()) {
            ProgressReport r = e.report();
            for (NetworkMoney line : r.networkMoney()) {
                latest.put(line.key(), line);
            }
            if (r.progress().compareTo(HUNDRED) < 0 || !r.onTarget().orElse(false)) {
                continue;
            }
            List<String> returnedAll = new ArrayList<>();
            BigDecimal returnedSum = BigDecimal.ZERO;
            int nothing = 0;
            for (NetworkMoney line : latest.values()) {
                if (line.hasReturn()
                        && line.disbursed().filter(d -> d.signum() > 0).isEmpty()
                        && mostOfItsShare(line, shares)) {
                    returnedAll.add(label(line.networkId(), line.party()));
                    returnedSum = returnedSum.add(line.returned().orElseThrow().toBigDecimal());
                } else if (line.disbursedNothing()) {
                    nothing++;
                }
            }
            Set<String> counted = new HashSet<>(latest.keySet());
            LedgerReturns ledger = ledgerReturns(project, e.date(), counted);
            returnedAll.addAll(ledger.who());
            returnedSum = returnedSum.add(ledger.amount());
            int networks = networkCount(project, counted);
            boolean most = networks > 0 && (returnedAll.size() + nothing) * 2 > networks;
            if (returnedAll.isEmpty() && !most) {
                continue;
            }
            String pct = Reports.percent(r.progress());
            String what;
            String whatThai;
            if (!returnedAll.isEmpty()) {
                what = returnedAll.size() + " of " + networks + " networks had sent their money back ("
                        + grouped(returnedSum) + " baht: " + String.join(", ", returnedAll) + ")";
                whatThai = "เครือข่าย " + returnedAll.size() + " จาก " + networks + " เครือข่ายส่งเงินคืนแล้ว "
                        + grouped(returnedSum) + " บาท (" + String.join(", ", returnedAll) + ")";
            } else {
                what = nothing + " of " + networks + " networks had disbursed nothing";
                whatThai = "เครือข่าย " + nothing + " จาก " + networks + " เครือข่ายยังไม่ได้เบิกจ่าย";
            }
            return List.of(finding(Reports.path(e, Fields.ON_TARGET))
                    .message("The report of " + e.date() + " gives " + pct + " % progress on target, but by then "
                            + what)
                    .messageThai("รายงานวันที่ " + e.date() + " ระบุความก้าวหน้าร้อยละ " + pct
                            + " และเป็นไปตามเป้าหมาย แต่" + whatThai)
                    .build());
        }
        return List.of();
    }

    /**
     * The networks counted: the project's networks and any other network the lines or the ledger
     * name (a name that is a project network's name is that network).
     */
    private static int networkCount(Project project, Set<String> named) {
        Set<String> all = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Network network : project.networks()) {
            all.add("id:" + network.id());
            network.name().ifPresent(n -> names.add("name:" + n.strip()));
        }
        for (String key : named) {
            if (!names.contains(key)) {
                all.add(key);
            }
        }
        return all.size();
    }

    /**
     * The allocated share of each network, by {@code id:} and {@code name:} keys as
     * {@link NetworkMoney#key()} gives them; a network named in several shares has their sum.
     */
    private static Map<String, Baht> shares(Project project) {
        Map<String, Baht> shares = new HashMap<>();
        project.currentBudget().ifPresent(budget -> {
            for (BudgetAllocation allocation : budget.allocations()) {
                for (AllocationShare share : allocation.shares()) {
                    share.networkId().ifPresent(id -> shares.merge("id:" + id, share.amount(), Baht::plus));
                    share.name().ifPresent(n -> shares.merge("name:" + n.strip(), share.amount(), Baht::plus));
                }
            }
        });
        return shares;
    }

    /**
     * Whether a network that disbursed nothing sent back most of its money: at least half of its
     * allocated share, when the budget allocates it one; any return when it does not.
     */
    private static boolean mostOfItsShare(NetworkMoney line, Map<String, Baht> shares) {
        Baht share = line.networkId()
                .map(id -> shares.get("id:" + id))
                .orElseGet(() ->
                        line.party().map(p -> shares.get("name:" + p.strip())).orElse(null));
        if (share == null || share.signum() == 0) {
            return true;
        }
        BigDecimal returned = line.returned().orElseThrow().toBigDecimal();
        return returned.multiply(BigDecimal.valueOf(2)).compareTo(share.toBigDecimal()) >= 0;
    }

    /** Networks that sent money back through the ledger by a date without any disbursement of theirs. */
    private static LedgerReturns ledgerReturns(Project project, LocalDate date, Set<String> counted) {
        if (project.ledger().isEmpty()) {
            return new LedgerReturns(List.of(), BigDecimal.ZERO);
        }
        Map<String, BigDecimal> returned = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        Set<String> disbursed = new HashSet<>();
        for (LedgerEntry entry : project.ledger().get().entries()) {
            Optional<String> key = key(entry);
            if (key.isEmpty() || entry.date().isEmpty() || entry.date().get().isAfter(date)) {
                continue;
            }
            if (entry.kind() == LedgerEntryKind.DISBURSEMENT) {
                disbursed.add(key.get());
            } else if (entry.kind() == LedgerEntryKind.RETURN) {
                returned.merge(key.get(), entry.amount().toBigDecimal(), BigDecimal::add);
                labels.putIfAbsent(key.get(), label(entry.networkId(), entry.party()));
            }
        }
        List<String> who = new ArrayList<>();
        BigDecimal amount = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> r : returned.entrySet()) {
            if (disbursed.contains(r.getKey()) || !counted.add(r.getKey())) {
                continue;
            }
            who.add(labels.get(r.getKey()));
            amount = amount.add(r.getValue());
        }
        return new LedgerReturns(who, amount);
    }

    private static Optional<String> key(LedgerEntry entry) {
        if (entry.networkId().isPresent()) {
            return Optional.of("id:" + entry.networkId().get());
        }
        return entry.party().map(p -> "name:" + p);
    }

    private static String label(Optional<String> networkId, Optional<String> party) {
        return party.orElseGet(networkId::orElseThrow);
    }

    /** An amount for messages, {@code 270,000.00}; summed exactly, so any number of lines may add up. */
    private static String grouped(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f", amount);
    }

    private record LedgerReturns(List<String> who, BigDecimal amount) {}
}
