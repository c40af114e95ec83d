package io.github.krongkan.json;

import io.github.krongkan.budget.AllocationShare;
import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetAllocation;
import io.github.krongkan.budget.BudgetCategory;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.budget.BudgetRevision;
import io.github.krongkan.budget.BudgetSource;
import io.github.krongkan.budget.BudgetSourceKind;
import io.github.krongkan.budget.Ledger;
import io.github.krongkan.budget.LedgerEntry;
import io.github.krongkan.budget.LedgerEntryKind;
import io.github.krongkan.budget.QuantityFactor;
import io.github.krongkan.document.Fields;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Project;
import io.github.krongkan.time.FiscalMonth;
import java.io.IOException;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes the budget fields of a project: {@code budget}, {@code budgetRevisions} and
 * {@code ledger}. Derived amounts (computed line amounts, sums, balances) are not written.
 */
final class BudgetJson {
    private BudgetJson() {}

    // ---------------------------------------------------------------- reading

    /** Reads the value of one of the project fields {@code budget}, {@code budgetRevisions}, {@code ledger}. */
    static void readProjectField(JsonIn in, String name, Project.Builder b) {
        switch (name) {
            case "budget":
                b.budget(budget(in));
                break;
            case "budgetRevisions":
                b.addAllBudgetRevisions(in.array("budgetRevisions", () -> revision(in)));
                break;
            case "ledger":
                b.ledger(ledger(in));
                break;
            default:
                throw new IllegalArgumentException(name);
        }
    }

    static Budget budget(JsonIn in) {
        Budget.Builder b = Budget.builder();
        in.object("budget (งบประมาณ)", List.of(), name -> {
            switch (name) {
                case "source":
                    b.source(source(in));
                    return true;
                case "activities":
                    b.addAllActivities(in.array("activities", () -> activity(in)));
                    return true;
                case "statedTotal":
                    b.statedTotal(in.baht("statedTotal"));
                    return true;
                case "amountInWords":
                    b.amountInWords(in.text("amountInWords"));
                    return true;
                case "receivedAmount":
                    b.receivedAmount(in.baht("receivedAmount"));
                    return true;
                case "allocations":
                    b.addAllAllocations(in.array("allocations", () -> allocation(in)));
                    return true;
                case "plannedDisbursements":
                    plan(in, b);
                    return true;
                default:
                    return false;
            }
        });
        return in.build("budget", b::build);
    }

    private static void plan(JsonIn in, Budget.Builder b) {
        Set<FiscalMonth> seen = new HashSet<>();
        in.array("plannedDisbursements", () -> {
            YearMonth[] month = new YearMonth[1];
            Baht[] amount = new Baht[1];
            in.object("planned disbursement", List.of("month", "amount"), name -> {
                switch (name) {
                    case "month":
                        month[0] = in.month("month");
                        return true;
                    case "amount":
                        amount[0] = in.baht("amount");
                        return true;
                    default:
                        return false;
                }
            });
            FiscalMonth fiscal = in.build("planned disbursement", () -> FiscalMonth.of(month[0]));
            if (!seen.add(fiscal)) {
                throw in.error("the month " + month[0] + " appears twice in plannedDisbursements");
            }
            b.putPlannedDisbursement(fiscal, amount[0]);
            return fiscal;
        });
    }

    private static BudgetSource source(JsonIn in) {
        BudgetSource.Builder b = BudgetSource.builder();
        in.object("budget source (แหล่งงบประมาณ)", List.of("kind"), name -> {
            switch (name) {
                case "kind":
                    b.kind(in.enumValue("kind", BudgetSourceKind.class));
                    return true;
                case "text":
                    b.text(in.text("text"));
                    return true;
                default:
                    return false;
            }
        });
        return in.build("budget source", b::build);
    }

    private static BudgetActivity activity(JsonIn in) {
        BudgetActivity.Builder b = BudgetActivity.builder();
        in.object("budget activity (กิจกรรม)", List.of("name"), name -> {
            switch (name) {
                case "name":
                    b.name(in.text("name"));
                    return true;
                case "targetGroup":
                    b.targetGroup(in.text("targetGroup"));
                    return true;
                case "lines":
                    b.addAllLines(in.array("lines", () -> line(in)));
                    return true;
                case "statedSubtotal":
                    b.statedSubtotal(in.baht("statedSubtotal"));
                    return true;
                default:
                    return false;
            }
        });
        return in.build("budget activity", b::build);
    }

    private static BudgetLine line(JsonIn in) {
        BudgetLine.Builder b = BudgetLine.builder();
        in.object("budget line (รายการค่าใช้จ่าย)", List.of(), name -> {
            switch (name) {
                case "item":
                    b.item(in.text("item"));
                    return true;
                case "category":
                    b.category(in.enumValue("category", BudgetCategory.class));
                    return true;
                case "unitCost":
                    b.unitCost(in.baht("unitCost"));
                    return true;
                case "factors":
                    b.addAllFactors(in.array("factors", () -> factor(in)));
                    return true;
                case "statedAmount":
                    b.statedAmount(in.baht("statedAmount"));
                    return true;
                case "legalReference":
                    b.legalReference(in.text("legalReference"));
                    return true;
                case "rateKind":
                    b.rateKind(in.text("rateKind"));
                    return true;
                default:
                    return false;
            }
        });
        return in.build("budget line", b::build);
    }

    private static QuantityFactor factor(JsonIn in) {
        QuantityFactor.Builder b = QuantityFactor.builder();
        in.object("quantity factor", List.of("count", "unit"), name -> {
            switch (name) {
                case "count":
                    b.count(in.decimal("count"));
                    return true;
                case "unit":
                    b.unit(in.text("unit"));
                    return true;
                default:
                    return false;
            }
        });
        return in.build("quantity factor", b::build);
    }

    private static BudgetAllocation allocation(JsonIn in) {
        BudgetAllocation.Builder b = BudgetAllocation.builder();
        in.object("allocation (จัดสรร)", List.of("total", "shares"), name -> {
            switch (name) {
                case "description":
                    b.description(in.text("description"));
                    return true;
                case "total":
                    b.total(in.baht("total"));
                    return true;
                case "shares":
                    b.addAllShares(in.array("shares", () -> share(in)));
                    return true;
                default:
                    return false;
            }
        });
        return in.build("allocation", b::build);
    }

    private static AllocationShare share(JsonIn in) {
        AllocationShare.Builder b = AllocationShare.builder();
        in.object("allocation share", List.of("amount"), name -> {
            switch (name) {
                case "networkId":
                    b.networkId(in.text("networkId"));
                    return true;
                case "name":
                    b.name(in.text("name"));
                    return true;
                case "amount":
                    b.amount(in.baht("amount"));
                    return true;
                default:
                    return false;
            }
        });
        return in.build("allocation share", b::build);
    }

    private static BudgetRevision revision(JsonIn in) {
        BudgetRevision.Builder b = BudgetRevision.builder();
        in.object("budget revision", List.of("round", "budget"), name -> {
            switch (name) {
                case "round":
                    b.round(in.integer("round"));
                    return true;
                case "reason":
                    b.reason(in.text("reason"));
                    return true;
                case "date":
                    b.date(in.date("date"));
                    return true;
                case "budget":
                    b.budget(budget(in));
                    return true;
                default:
                    return false;
            }
        });
        return in.build("budget revision", b::build);
    }

    static Ledger ledger(JsonIn in) {
        Ledger.Builder b = Ledger.builder();
        in.object("ledger", List.of("received"), name -> {
            switch (name) {
                case "received":
                    b.received(in.baht("received"));
                    return true;
                case "entries":
                    b.addAllEntries(in.array("entries", () -> entry(in)));
                    return true;
                case "remaining":
                    b.remaining(in.baht("remaining"));
                    return true;
                default:
                    return false;
            }
        });
        return in.build("ledger", b::build);
    }

    private static LedgerEntry entry(JsonIn in) {
        LedgerEntry.Builder b = LedgerEntry.builder();
        in.object("ledger entry", List.of("kind", "amount"), name -> {
            switch (name) {
                case "kind":
                    b.kind(in.enumValue("kind", LedgerEntryKind.class));
                    return true;
                case "amount":
                    b.amount(in.baht("amount"));
                    return true;
                case "date":
                    b.date(in.date("date"));
                    return true;
                case "instalment":
                    b.instalment(in.integer("instalment"));
                    return true;
                case "note":
                    b.note(in.text("note"));
                    return true;
                default:
                    return false;
            }
        });
        return in.build("ledger entry", b::build);
    }

    // ---------------------------------------------------------------- writing

    static void budget(JsonOut out, Budget budget) throws IOException {
        out.startObject();
        out.optional(Fields.SOURCE, budget.source(), BudgetJson::source);
        out.array(Fields.ACTIVITIES, budget.activities(), BudgetJson::activity);
        out.baht(Fields.STATED_TOTAL, budget.statedTotal());
        out.text(Fields.AMOUNT_IN_WORDS, budget.amountInWords());
        out.baht(Fields.RECEIVED_AMOUNT, budget.receivedAmount());
        out.array(Fields.ALLOCATIONS, budget.allocations(), BudgetJson::allocation);
        out.array(
                Fields.PLANNED_DISBURSEMENTS,
                List.copyOf(budget.plannedDisbursements().entrySet()),
                BudgetJson::disbursement);
        out.endObject();
    }

    private static void source(JsonOut out, BudgetSource source) throws IOException {
        out.startObject();
        out.enumValue(Fields.KIND, source.kind());
        out.text(Fields.TEXT, source.text());
        out.endObject();
    }

    private static void activity(JsonOut out, BudgetActivity a) throws IOException {
        out.startObject();
        out.text(Fields.NAME, a.name());
        out.text(Fields.TARGET_GROUP, a.targetGroup());
        out.array(Fields.LINES, a.lines(), BudgetJson::line);
        out.baht(Fields.STATED_SUBTOTAL, a.statedSubtotal());
        out.endObject();
    }

    private static void line(JsonOut out, BudgetLine line) throws IOException {
        out.startObject();
        out.text(Fields.ITEM, line.item());
        out.enumValue(Fields.CATEGORY, line.category());
        out.baht(Fields.UNIT_COST, line.unitCost());
        out.array(Fields.FACTORS, line.factors(), BudgetJson::factor);
        out.baht(Fields.STATED_AMOUNT, line.statedAmount());
        out.text(Fields.LEGAL_REFERENCE, line.legalReference());
        out.text(Fields.RATE_KIND, line.rateKind());
        out.endObject();
    }

    private static void factor(JsonOut out, QuantityFactor f) throws IOException {
        out.startObject();
        out.decimal(Fields.COUNT, f.count());
        out.text(Fields.UNIT, f.unit());
        out.endObject();
    }

    private static void allocation(JsonOut out, BudgetAllocation a) throws IOException {
        out.startObject();
        out.text(Fields.DESCRIPTION, a.description());
        out.baht(Fields.TOTAL, a.total());
        out.arrayEvenEmpty(Fields.SHARES, a.shares(), BudgetJson::share);
        out.endObject();
    }

    private static void share(JsonOut out, AllocationShare s) throws IOException {
        out.startObject();
        out.text(Fields.NETWORK_ID, s.networkId());
        out.text(Fields.NAME, s.name());
        out.baht(Fields.AMOUNT, s.amount());
        out.endObject();
    }

    private static void disbursement(JsonOut out, Map.Entry<FiscalMonth, Baht> e) throws IOException {
        out.startObject();
        out.text(Fields.MONTH, e.getKey().yearMonth().toString());
        out.baht(Fields.AMOUNT, e.getValue());
        out.endObject();
    }

    static void revision(JsonOut out, BudgetRevision r) throws IOException {
        out.startObject();
        out.integer(Fields.ROUND, r.round());
        out.text(Fields.REASON, r.reason());
        out.date(Fields.DATE, r.date());
        out.member(Fields.BUDGET, r.budget(), BudgetJson::budget);
        out.endObject();
    }

    static void ledger(JsonOut out, Ledger ledger) throws IOException {
        out.startObject();
        out.baht(Fields.RECEIVED, ledger.received());
        out.array(Fields.ENTRIES, ledger.entries(), BudgetJson::entry);
        out.baht(Fields.REMAINING, ledger.remaining());
        out.endObject();
    }

    private static void entry(JsonOut out, LedgerEntry e) throws IOException {
        out.startObject();
        out.enumValue(Fields.KIND, e.kind());
        out.baht(Fields.AMOUNT, e.amount());
        out.date(Fields.DATE, e.date());
        out.integer(Fields.INSTALMENT, e.instalment());
        out.text(Fields.NOTE, e.note());
        out.endObject();
    }
}
