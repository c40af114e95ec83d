package io.github.krongkan.json.codec;

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
import io.github.krongkan.time.FiscalMonth;
import io.github.krongkan.time.FiscalYear;
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

    static Budget budget(JsonIn in) {
        Budget.Builder b = Budget.builder();
        in.object("budget (งบประมาณ)", List.of(), name -> {
            switch (name) {
                case Fields.SOURCE -> b.source(source(in));
                case Fields.ACTIVITIES -> b.addAllActivities(in.array("activities", () -> activity(in)));
                case Fields.STATED_TOTAL -> b.statedTotal(in.baht("statedTotal"));
                case Fields.AMOUNT_IN_WORDS -> b.amountInWords(in.text("amountInWords"));
                case Fields.RECEIVED_AMOUNT -> b.receivedAmount(in.baht("receivedAmount"));
                case Fields.ALLOCATIONS -> b.addAllAllocations(in.array("allocations", () -> allocation(in)));
                case Fields.PLANNED_DISBURSEMENTS -> plan(in, b);
                case Fields.FUNDING_SOURCES -> b.addAllFundingSources(in.array("fundingSources", () -> source(in)));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("budget", b::build);
    }

    private static void plan(JsonIn in, Budget.Builder b) {
        Set<FiscalMonth> seen = new HashSet<>();
        in.array("plannedDisbursements", () -> {
            YearMonth[] month = new YearMonth[1];
            Baht[] amount = new Baht[1];
            in.object("planned disbursement", List.of(Fields.MONTH, Fields.AMOUNT), name -> {
                switch (name) {
                    case Fields.MONTH -> month[0] = in.month("month");
                    case Fields.AMOUNT -> amount[0] = in.baht("amount");
                    default -> {
                        return false;
                    }
                }
                return true;
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
        in.object("budget source (แหล่งงบประมาณ)", List.of(Fields.KIND), name -> {
            switch (name) {
                case Fields.KIND -> b.kind(in.enumValue("kind", BudgetSourceKind.class));
                case Fields.TEXT -> b.text(in.text("text"));
                case Fields.AMOUNT -> b.amount(in.baht("amount"));
                case Fields.FISCAL_YEAR -> b.fiscalYear(in.fiscalYear("fiscalYear (ปีงบประมาณ)"));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("budget source", b::build);
    }

    private static BudgetActivity activity(JsonIn in) {
        BudgetActivity.Builder b = BudgetActivity.builder();
        in.object("budget activity (กิจกรรม)", List.of(Fields.NAME), name -> {
            switch (name) {
                case Fields.NUMBER -> b.number(in.text("number"));
                case Fields.NAME -> b.name(in.text("name"));
                case Fields.TARGET_GROUP -> b.targetGroup(in.text("targetGroup"));
                case Fields.LINES -> b.addAllLines(in.array("lines", () -> line(in)));
                case Fields.STATED_SUBTOTAL -> b.statedSubtotal(in.baht("statedSubtotal"));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("budget activity", b::build);
    }

    private static BudgetLine line(JsonIn in) {
        BudgetLine.Builder b = BudgetLine.builder();
        in.object("budget line (รายการค่าใช้จ่าย)", List.of(), name -> {
            switch (name) {
                case Fields.ITEM -> b.item(in.text("item"));
                case Fields.CATEGORY -> b.category(in.enumValue("category", BudgetCategory.class));
                case Fields.UNIT_COST -> b.unitCost(in.baht("unitCost"));
                case Fields.FACTORS -> b.addAllFactors(in.array("factors", () -> factor(in)));
                case Fields.STATED_AMOUNT -> b.statedAmount(in.baht("statedAmount"));
                case Fields.LEGAL_REFERENCE -> b.legalReference(in.text("legalReference"));
                case Fields.RATE_KIND -> b.rateKind(in.text("rateKind"));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("budget line", b::build);
    }

    private static QuantityFactor factor(JsonIn in) {
        QuantityFactor.Builder b = QuantityFactor.builder();
        in.object("quantity factor", List.of(Fields.COUNT, Fields.UNIT), name -> {
            switch (name) {
                case Fields.COUNT -> b.count(in.decimal("count"));
                case Fields.UNIT -> b.unit(in.text("unit"));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("quantity factor", b::build);
    }

    private static BudgetAllocation allocation(JsonIn in) {
        BudgetAllocation.Builder b = BudgetAllocation.builder();
        in.object("allocation (จัดสรร)", List.of(Fields.TOTAL, Fields.SHARES), name -> {
            switch (name) {
                case Fields.DESCRIPTION -> b.description(in.text("description"));
                case Fields.TOTAL -> b.total(in.baht("total"));
                case Fields.SHARES -> b.addAllShares(in.array("shares", () -> share(in)));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("allocation", b::build);
    }

    private static AllocationShare share(JsonIn in) {
        AllocationShare.Builder b = AllocationShare.builder();
        in.object("allocation share", List.of(Fields.AMOUNT), name -> {
            switch (name) {
                case Fields.NETWORK_ID -> b.networkId(in.text("networkId"));
                case Fields.NAME -> b.name(in.text("name"));
                case Fields.AMOUNT -> b.amount(in.baht("amount"));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("allocation share", b::build);
    }

    static BudgetRevision revision(JsonIn in) {
        BudgetRevision.Builder b = BudgetRevision.builder();
        in.object("budget revision", List.of(Fields.ROUND, Fields.BUDGET), name -> {
            switch (name) {
                case Fields.ROUND -> b.round(in.integer("round"));
                case Fields.REASON -> b.reason(in.text("reason"));
                case Fields.DATE -> b.date(in.date("date"));
                case Fields.BUDGET -> b.budget(budget(in));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("budget revision", b::build);
    }

    static Ledger ledger(JsonIn in) {
        Ledger.Builder b = Ledger.builder();
        in.object("ledger", List.of(Fields.RECEIVED), name -> {
            switch (name) {
                case Fields.RECEIVED -> b.received(in.baht("received"));
                case Fields.ENTRIES -> b.addAllEntries(in.array("entries", () -> entry(in)));
                case Fields.REMAINING -> b.remaining(in.baht("remaining"));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("ledger", b::build);
    }

    private static LedgerEntry entry(JsonIn in) {
        LedgerEntry.Builder b = LedgerEntry.builder();
        in.object("ledger entry", List.of(Fields.KIND, Fields.AMOUNT), name -> {
            switch (name) {
                case Fields.KIND -> b.kind(in.enumValue("kind", LedgerEntryKind.class));
                case Fields.AMOUNT -> b.amount(in.baht("amount"));
                case Fields.DATE -> b.date(in.date("date"));
                case Fields.INSTALMENT -> b.instalment(in.integer("instalment"));
                case Fields.NOTE -> b.note(in.text("note"));
                case Fields.NETWORK_ID -> b.networkId(in.text("networkId"));
                case Fields.PARTY -> b.party(in.text("party"));
                default -> {
                    return false;
                }
            }
            return true;
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
        out.array(Fields.FUNDING_SOURCES, budget.fundingSources(), BudgetJson::source);
        out.endObject();
    }

    private static void source(JsonOut out, BudgetSource source) throws IOException {
        out.startObject();
        out.enumValue(Fields.KIND, source.kind());
        out.text(Fields.TEXT, source.text());
        out.baht(Fields.AMOUNT, source.amount());
        out.integer(Fields.FISCAL_YEAR, source.fiscalYear().map(FiscalYear::buddhistEraYear));
        out.endObject();
    }

    private static void activity(JsonOut out, BudgetActivity a) throws IOException {
        out.startObject();
        out.text(Fields.NUMBER, a.number());
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
        out.text(Fields.NETWORK_ID, e.networkId());
        out.text(Fields.PARTY, e.party());
        out.endObject();
    }
}
