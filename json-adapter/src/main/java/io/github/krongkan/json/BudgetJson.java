package io.github.krongkan.json;

import com.fasterxml.jackson.core.JsonGenerator;
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
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Project;
import io.github.krongkan.time.FiscalMonth;
import java.io.IOException;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** Writes the project fields {@code budget}, {@code budgetRevisions} and {@code ledger}, where present. */
    static void writeProjectFields(JsonGenerator g, Project p) throws IOException {
        if (p.budget().isPresent()) {
            g.writeFieldName("budget");
            write(g, p.budget().get());
        }
        if (!p.budgetRevisions().isEmpty()) {
            g.writeArrayFieldStart("budgetRevisions");
            for (BudgetRevision r : p.budgetRevisions()) {
                g.writeStartObject();
                g.writeNumberField("round", r.round());
                text(g, "reason", r.reason());
                if (r.date().isPresent()) {
                    g.writeStringField("date", r.date().get().toString());
                }
                g.writeFieldName("budget");
                write(g, r.budget());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (p.ledger().isPresent()) {
            write(g, p.ledger().get());
        }
    }

    static void write(JsonGenerator g, Budget budget) throws IOException {
        g.writeStartObject();
        if (budget.source().isPresent()) {
            g.writeObjectFieldStart("source");
            g.writeStringField("kind", JsonNames.of(budget.source().get().kind()));
            text(g, "text", budget.source().get().text());
            g.writeEndObject();
        }
        if (!budget.activities().isEmpty()) {
            g.writeArrayFieldStart("activities");
            for (BudgetActivity a : budget.activities()) {
                write(g, a);
            }
            g.writeEndArray();
        }
        baht(g, "statedTotal", budget.statedTotal());
        text(g, "amountInWords", budget.amountInWords());
        baht(g, "receivedAmount", budget.receivedAmount());
        if (!budget.allocations().isEmpty()) {
            g.writeArrayFieldStart("allocations");
            for (BudgetAllocation a : budget.allocations()) {
                g.writeStartObject();
                text(g, "description", a.description());
                g.writeStringField("total", a.total().toString());
                g.writeArrayFieldStart("shares");
                for (AllocationShare s : a.shares()) {
                    g.writeStartObject();
                    text(g, "networkId", s.networkId());
                    text(g, "name", s.name());
                    g.writeStringField("amount", s.amount().toString());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!budget.plannedDisbursements().isEmpty()) {
            g.writeArrayFieldStart("plannedDisbursements");
            for (Map.Entry<FiscalMonth, Baht> e : budget.plannedDisbursements().entrySet()) {
                g.writeStartObject();
                g.writeStringField("month", e.getKey().yearMonth().toString());
                g.writeStringField("amount", e.getValue().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void write(JsonGenerator g, BudgetActivity a) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", a.name());
        text(g, "targetGroup", a.targetGroup());
        if (!a.lines().isEmpty()) {
            g.writeArrayFieldStart("lines");
            for (BudgetLine line : a.lines()) {
                write(g, line);
            }
            g.writeEndArray();
        }
        baht(g, "statedSubtotal", a.statedSubtotal());
        g.writeEndObject();
    }

    private static void write(JsonGenerator g, BudgetLine line) throws IOException {
        g.writeStartObject();
        text(g, "item", line.item());
        if (line.category().isPresent()) {
            g.writeStringField("category", JsonNames.of(line.category().get()));
        }
        baht(g, "unitCost", line.unitCost());
        if (!line.factors().isEmpty()) {
            g.writeArrayFieldStart("factors");
            for (QuantityFactor f : line.factors()) {
                g.writeStartObject();
                g.writeFieldName("count");
                g.writeNumber(f.count().toPlainString());
                g.writeStringField("unit", f.unit());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        baht(g, "statedAmount", line.statedAmount());
        text(g, "legalReference", line.legalReference());
        text(g, "rateKind", line.rateKind());
        g.writeEndObject();
    }

    private static void write(JsonGenerator g, Ledger ledger) throws IOException {
        g.writeObjectFieldStart("ledger");
        g.writeStringField("received", ledger.received().toString());
        if (!ledger.entries().isEmpty()) {
            g.writeArrayFieldStart("entries");
            for (LedgerEntry e : ledger.entries()) {
                g.writeStartObject();
                g.writeStringField("kind", JsonNames.of(e.kind()));
                g.writeStringField("amount", e.amount().toString());
                if (e.date().isPresent()) {
                    g.writeStringField("date", e.date().get().toString());
                }
                if (e.instalment().isPresent()) {
                    g.writeNumberField("instalment", e.instalment().get());
                }
                text(g, "note", e.note());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        baht(g, "remaining", ledger.remaining());
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, value.get());
        }
    }

    private static void baht(JsonGenerator g, String field, Optional<Baht> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, value.get().toString());
        }
    }
}
