package io.github.krongkan.json.codec;

import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.budget.Ledger;
import io.github.krongkan.check.Finding;
import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
import io.github.krongkan.indicator.Evaluation;
import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.indicator.IndicatorTarget;
import io.github.krongkan.indicator.Measurement;
import io.github.krongkan.money.Baht;
import io.github.krongkan.money.BahtText;
import io.github.krongkan.money.BahtTextConvention;
import io.github.krongkan.money.BahtWords;
import io.github.krongkan.progress.EarnedValue;
import io.github.krongkan.progress.EarnedValuePoint;
import io.github.krongkan.progress.ProgressBaseline;
import io.github.krongkan.progress.ProgressHistory;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import io.github.krongkan.risk.Risk;
import io.github.krongkan.risk.RiskCell;
import io.github.krongkan.risk.RiskMatrix;
import io.github.krongkan.risk.RiskRating;
import io.github.krongkan.risk.StatedRiskLevel;
import io.github.krongkan.schedule.ProgressCurve;
import io.github.krongkan.text.ThaiParseException;
import io.github.krongkan.time.FiscalMonth;
import io.github.krongkan.time.FiscalPeriod;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the evaluated view of a project ({@code krongkan-evaluation/1}): every figure the rules
 * compute, each computed by core's public API, with the JSON pointer of the part of the project
 * document it belongs to. A figure that cannot be computed is written {@code null}, and the object
 * holding it names it in its {@code notApplicable} member with the reason in English and Thai.
 */
public final class EvaluationJson {
    /** The value of the {@code format} member. */
    public static final String FORMAT = "krongkan-evaluation/1";

    private final TokenSink g;
    /** The reasons of the objects being written, innermost first: field → {English, Thai}. */
    private final Deque<Map<String, String[]>> reasons = new ArrayDeque<>();

    private EvaluationJson(TokenSink g) {
        this.g = g;
    }

    /**
     * Writes the evaluated view of a project with its findings.
     *
     * @param sink     where to write
     * @param project  the project
     * @param findings the findings the view carries
     * @throws IOException if writing fails
     */
    public static void write(TokenSink sink, Project project, List<Finding> findings) throws IOException {
        new EvaluationJson(sink).project(project, findings);
    }

    // ------------------------------------------------------------------ members

    private void stringField(String field, String value) throws IOException {
        g.name(field);
        g.string(value);
    }

    private void booleanField(String field, boolean value) throws IOException {
        g.name(field);
        g.bool(value);
    }

    private void numberField(String field, int value) throws IOException {
        g.name(field);
        g.number(value);
    }

    private void arrayField(String field) throws IOException {
        g.name(field);
        g.startArray();
    }

    private void objectField(String field) throws IOException {
        g.name(field);
        g.startObject();
    }

    private void nullField(String field) throws IOException {
        g.name(field);
        g.nullValue();
    }

    // ------------------------------------------------------------------ objects and reasons

    private void start() throws IOException {
        g.startObject();
        reasons.push(new LinkedHashMap<>());
    }

    private void end() throws IOException {
        Map<String, String[]> mine = reasons.pop();
        if (!mine.isEmpty()) {
            objectField("notApplicable");
            for (Map.Entry<String, String[]> e : mine.entrySet()) {
                objectField(e.getKey());
                stringField("reason", e.getValue()[0]);
                stringField("reasonThai", e.getValue()[1]);
                g.endObject();
            }
            g.endObject();
        }
        g.endObject();
    }

    /** A {@code null} member and why. */
    private void notApplicable(String field, String reason, String reasonThai) throws IOException {
        nullField(field);
        reasons.element().put(field, new String[] {reason, reasonThai});
    }

    private void path(DocumentPath path) throws IOException {
        stringField("path", path.toString());
    }

    private void amount(String field, Baht amount) throws IOException {
        stringField(field, amount.toString());
    }

    private void amount(String field, Optional<Baht> amount, String reason, String reasonThai) throws IOException {
        if (amount.isPresent()) {
            amount(field, amount.get());
        } else {
            notApplicable(field, reason, reasonThai);
        }
    }

    private void decimal(String field, BigDecimal value) throws IOException {
        g.name(field);
        g.number(value.toPlainString());
    }

    private void decimal(String field, Optional<BigDecimal> value, String reason, String reasonThai)
            throws IOException {
        if (value.isPresent()) {
            decimal(field, value.get());
        } else {
            notApplicable(field, reason, reasonThai);
        }
    }

    /** A descriptive member, left out when the document has no such value (not a figure, so never null). */
    private void label(String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            stringField(field, value.get());
        }
    }

    // ------------------------------------------------------------------ the project

    private void project(Project project, List<Finding> findings) throws IOException {
        start();
        stringField("format", FORMAT);
        stringField("name", project.name());
        numberField("fiscalYear", project.fiscalYear().buddhistEraYear());
        budget(project);
        risks(project);
        arrayField("indicators");
        for (int i = 0; i < project.indicators().size(); i++) {
            indicator(
                    project.indicators().get(i),
                    DocumentPath.root().field(Fields.INDICATORS).index(i));
        }
        g.endArray();
        schedule(project);
        earnedValue(project);
        ledger(project);
        arrayField("findings");
        JsonOut out = new JsonOut(g);
        for (Finding f : findings) {
            KrongkanCodec.writeFinding(out, f);
        }
        g.endArray();
        end();
    }

    // ------------------------------------------------------------------ budget

    private void budget(Project project) throws IOException {
        Optional<Budget> current = project.currentBudget();
        if (current.isEmpty()) {
            notApplicable("budget", "The project has no budget.", "โครงการไม่มีงบประมาณ");
            return;
        }
        Budget budget = current.get();
        DocumentPath at = project.budgetRevisions().isEmpty()
                ? DocumentPath.root().field(Fields.BUDGET)
                : DocumentPath.root()
                        .field(Fields.BUDGET_REVISIONS)
                        .index(project.budgetRevisions().size() - 1)
                        .field(Fields.BUDGET);
        g.name("budget");
        start();
        path(at);
        arrayField("activities");
        for (int a = 0; a < budget.activities().size(); a++) {
            activity(budget.activities().get(a), at.field(Fields.ACTIVITIES).index(a));
        }
        g.endArray();
        amount("computed", budget.amount());
        amount("activitySum", budget.writtenActivitySum());
        amount("stated", budget.statedTotal(), "The budget states no total.", "งบประมาณไม่ได้ระบุยอดรวม");
        amount("written", budget.writtenAmount());
        amount(
                "difference",
                budget.statedTotal().map(s -> s.minus(budget.amount())),
                "The budget states no total to compare.",
                "งบประมาณไม่ได้ระบุยอดรวมที่จะเปรียบเทียบ");
        amount(
                "differenceFromActivities",
                budget.statedTotal().map(s -> s.minus(budget.writtenActivitySum())),
                "The budget states no total to compare.",
                "งบประมาณไม่ได้ระบุยอดรวมที่จะเปรียบเทียบ");
        words(budget, at.field(Fields.AMOUNT_IN_WORDS));
        end();
    }

    private void activity(BudgetActivity activity, DocumentPath at) throws IOException {
        start();
        path(at);
        label("number", activity.number());
        stringField("name", activity.name());
        arrayField("lines");
        for (int l = 0; l < activity.lines().size(); l++) {
            line(activity.lines().get(l), at.field(Fields.LINES).index(l));
        }
        g.endArray();
        amount("computed", activity.amount());
        amount("lineSum", activity.writtenLineSum());
        amount("stated", activity.statedSubtotal(), "The activity states no subtotal.", "กิจกรรมไม่ได้ระบุยอดรวมย่อย");
        amount("written", activity.writtenAmount());
        amount(
                "difference",
                activity.statedSubtotal().map(s -> s.minus(activity.amount())),
                "The activity states no subtotal to compare.",
                "กิจกรรมไม่ได้ระบุยอดรวมย่อยที่จะเปรียบเทียบ");
        amount(
                "differenceFromLines",
                activity.statedSubtotal().map(s -> s.minus(activity.writtenLineSum())),
                "The activity states no subtotal to compare.",
                "กิจกรรมไม่ได้ระบุยอดรวมย่อยที่จะเปรียบเทียบ");
        end();
    }

    private void line(BudgetLine line, DocumentPath at) throws IOException {
        start();
        path(at);
        label("item", line.item());
        stringField("formula", line.formula());
        decimal("quantity", line.quantity());
        amount(
                "computed",
                line.computedAmount(),
                "A lump sum: the line has no unit cost to multiply.",
                "เป็นเงินเหมาจ่าย ไม่มีราคาต่อหน่วยให้คำนวณ");
        amount("stated", line.statedAmount(), "The line states no amount.", "รายการไม่ได้ระบุจำนวนเงิน");
        amount("amount", line.amount());
        amount("written", line.writtenAmount());
        Optional<Baht> difference = line.statedAmount().isPresent()
                        && line.computedAmount().isPresent()
                ? Optional.of(
                        line.statedAmount().get().minus(line.computedAmount().get()))
                : Optional.empty();
        amount(
                "difference",
                difference,
                line.computedAmount().isEmpty()
                        ? "A lump sum: nothing is computed to compare with."
                        : "The line states no amount to compare.",
                line.computedAmount().isEmpty()
                        ? "เป็นเงินเหมาจ่าย ไม่มีจำนวนที่คำนวณได้ให้เปรียบเทียบ"
                        : "รายการไม่ได้ระบุจำนวนเงินที่จะเปรียบเทียบ");
        booleanField("arithmeticError", line.hasArithmeticError());
        end();
    }

    private void words(Budget budget, DocumentPath at) throws IOException {
        Baht total = budget.writtenAmount();
        g.name("amountInWords");
        start();
        path(at);
        amount("amount", total);
        stringField("royalInstitute", BahtText.format(total, BahtTextConvention.ROYAL_INSTITUTE));
        stringField("tensOnly", BahtText.format(total, BahtTextConvention.TENS_ONLY));
        if (budget.amountInWords().isEmpty()) {
            String reason = "The budget has no amount in words.";
            String reasonThai = "งบประมาณไม่ได้ระบุจำนวนเงินตัวอักษร";
            notApplicable("stated", reason, reasonThai);
            notApplicable("says", reason, reasonThai);
            notApplicable("matches", reason, reasonThai);
        } else {
            String words = budget.amountInWords().get();
            stringField("stated", words);
            Optional<Baht> says;
            try {
                BahtWords read = BahtText.readLenient(words);
                says = Optional.of(read.amount());
            } catch (ThaiParseException | ArithmeticException e) {
                says = Optional.empty();
            }
            amount(
                    "says",
                    says,
                    "The stated words cannot be read as baht words.",
                    "อ่านจำนวนเงินตัวอักษรเป็นจำนวนบาทไม่ได้");
            booleanField("matches", says.isPresent() && says.get().equals(total));
        }
        end();
    }

    // ------------------------------------------------------------------ risks

    private void risks(Project project) throws IOException {
        RiskMatrix matrix = project.riskMatrixOrDefault();
        g.name("risks");
        start();
        objectField("matrix");
        stringField("name", matrix.name());
        booleanField("stated", project.riskMatrix().isPresent());
        numberField("likelihoodLevels", matrix.likelihoodLevels());
        numberField("impactLevels", matrix.impactLevels());
        arrayField("cells");
        for (int likelihood = 1; likelihood <= matrix.likelihoodLevels(); likelihood++) {
            for (int impact = 1; impact <= matrix.impactLevels(); impact++) {
                g.startObject();
                cell(matrix.cell(likelihood, impact));
                g.endObject();
            }
        }
        g.endArray();
        g.endObject();
        arrayField("items");
        for (int i = 0; i < project.risks().size(); i++) {
            risk(
                    matrix,
                    project.risks().get(i),
                    DocumentPath.root().field(Fields.RISKS).index(i));
        }
        g.endArray();
        end();
    }

    private void risk(RiskMatrix matrix, Risk risk, DocumentPath at) throws IOException {
        start();
        path(at);
        label("number", risk.number());
        stringField("description", risk.description());
        rating(matrix, "inherent", risk.inherent(), at.field(Fields.INHERENT));
        rating(matrix, "current", risk.current(), at.field(Fields.CURRENT));
        rating(matrix, "residual", risk.residual(), at.field(Fields.RESIDUAL));
        end();
    }

    private void rating(RiskMatrix matrix, String field, Optional<RiskRating> rating, DocumentPath at)
            throws IOException {
        if (rating.isEmpty()) {
            notApplicable(field, "The risk states no " + field + " rating.", "ความเสี่ยงไม่ได้ระบุการประเมินนี้");
            return;
        }
        if (!matrix.fits(rating.get())) {
            notApplicable(field, "The rating does not fit the risk matrix.", "การประเมินอยู่นอกตารางความเสี่ยงที่ใช้");
            return;
        }
        RiskCell cell = matrix.cell(rating.get());
        g.name(field);
        start();
        path(at);
        cell(cell);
        Optional<String> stated = rating.get().statedLevel();
        label("statedLevel", stated);
        if (stated.isPresent()) {
            booleanField("statedAgrees", StatedRiskLevel.parse(stated.get()).agreesWith(cell));
        } else {
            notApplicable("statedAgrees", "The rating states no level to compare.", "ไม่มีระดับที่ระบุให้เปรียบเทียบ");
        }
        end();
    }

    /** The members of a graded cell, shared by the matrix's cells and the risks' ratings. */
    private void cell(RiskCell cell) throws IOException {
        numberField("likelihood", cell.likelihood());
        numberField("impact", cell.impact());
        numberField("score", cell.score());
        stringField("level", cell.level().englishLabel());
        stringField("levelThai", cell.level().thaiLabel());
        stringField("colour", cell.colour());
        booleanField("requiresResponse", cell.level().requiresResponse());
    }

    // ------------------------------------------------------------------ indicators

    private void indicator(Indicator indicator, DocumentPath at) throws IOException {
        start();
        path(at);
        label("number", indicator.number());
        stringField("name", indicator.name());
        label("direction", indicator.direction().map(JsonNames::of));
        arrayField("evaluations");
        Set<FiscalPeriod> measured = new HashSet<>();
        for (int m = 0; m < indicator.measurements().size(); m++) {
            Measurement measurement = indicator.measurements().get(m);
            measurement.period().ifPresent(measured::add);
            evaluation(
                    indicator.evaluate(measurement),
                    measurement.subjectId(),
                    at.field(Fields.MEASUREMENTS).index(m));
        }
        for (int t = 0; t < indicator.targets().size(); t++) {
            IndicatorTarget target = indicator.targets().get(t);
            if (target.period().isPresent() && measured.add(target.period().get())) {
                evaluation(
                        indicator.evaluateWithoutValue(target.period().get()),
                        Optional.empty(),
                        at.field(Fields.TARGETS).index(t));
            }
        }
        if (indicator.measurements().isEmpty() && measured.isEmpty()) {
            evaluation(indicator.evaluateWithoutValue(), Optional.empty(), at);
        }
        g.endArray();
        end();
    }

    private void evaluation(Evaluation e, Optional<String> subject, DocumentPath at) throws IOException {
        start();
        path(at);
        label("period", e.period().map(Object::toString));
        label("subjectId", subject);
        decimal(
                "value",
                e.value(),
                "There is no value: nothing measured, a raw value missing or a divisor zero.",
                "ไม่มีผลการดำเนินงาน");
        decimal("target", e.target(), "There is no target for the period.", "ไม่มีค่าเป้าหมายของช่วงเวลานี้");
        stringField("achievement", JsonNames.of(e.achievement()));
        stringField("achievementThai", e.achievement().thai());
        booleanField("met", e.isMet());
        decimal(
                "attainment",
                e.attainment(),
                "Attainment needs a value, a target and a direction, and a target the direction can divide by.",
                "การคำนวณร้อยละการบรรลุต้องมีผลการดำเนินงาน ค่าเป้าหมาย และทิศทาง");
        end();
    }

    // ------------------------------------------------------------------ schedule

    private void schedule(Project project) throws IOException {
        Optional<ProgressCurve> curve = project.actionPlan().map(p -> p.plannedCurve());
        g.name("schedule");
        start();
        if (curve.isEmpty()) {
            notApplicable("plannedCurve", "The project has no action plan.", "โครงการไม่มีแผนปฏิบัติการ");
        } else {
            objectField("plannedCurve");
            path(DocumentPath.root().field(Fields.ACTION_PLAN));
            arrayField("months");
            for (Map.Entry<FiscalMonth, BigDecimal> point : curve.get().points().entrySet()) {
                g.startObject();
                stringField("month", point.getKey().yearMonth().toString());
                stringField("fiscalMonth", point.getKey().toString());
                decimal("percent", point.getValue());
                g.endObject();
            }
            g.endArray();
            g.endObject();
        }
        arrayField("reported");
        for (ProgressHistory.Entry entry : ProgressHistory.of(project).entries()) {
            ProgressReport r = entry.report();
            start();
            path(DocumentPath.root().field(Fields.PROGRESS_REPORTS).index(entry.index()));
            stringField("date", r.date().toString());
            decimal("progress", r.progress());
            decimal(
                    "planned",
                    curve.map(c -> c.at(r.date())),
                    "The project has no action plan.",
                    "โครงการไม่มีแผนปฏิบัติการ");
            amount("disbursed", r.disbursed(), "The report states no disbursement.", "รายงานไม่ได้ระบุการเบิกจ่าย");
            end();
        }
        g.endArray();
        end();
    }

    // ------------------------------------------------------------------ earned value

    private void earnedValue(Project project) throws IOException {
        Optional<ProgressBaseline> baseline = ProgressBaseline.of(project);
        if (baseline.isEmpty()) {
            notApplicable(
                    "earnedValue",
                    "No baseline: the project allocates no budget, or plans neither its disbursement by month"
                            + " nor its steps.",
                    "ไม่มีฐานการวัด: โครงการไม่มีงบประมาณ หรือไม่มีแผนการเบิกจ่ายและแผนปฏิบัติการ");
            return;
        }
        List<EarnedValuePoint> points;
        try {
            points = ProgressHistory.of(project).earnedValues(baseline.get());
        } catch (ArithmeticException e) {
            notApplicable(
                    "earnedValue",
                    "A figure is beyond the supported amount: " + e.getMessage(),
                    "ตัวเลขเกินขอบเขตจำนวนเงินที่รองรับ");
            return;
        }
        g.name("earnedValue");
        start();
        amount("budgetAtCompletion", baseline.get().budgetAtCompletion());
        arrayField("points");
        for (EarnedValuePoint point : points) {
            earnedValuePoint(point);
        }
        g.endArray();
        end();
    }

    private void earnedValuePoint(EarnedValuePoint point) throws IOException {
        EarnedValue v = point.value();
        start();
        path(DocumentPath.root()
                .field(Fields.PROGRESS_REPORTS)
                .index(point.entry().index()));
        stringField("date", point.date().toString());
        decimal("progress", v.progressPercent());
        amount("bac", v.bac());
        amount("pv", v.pv());
        amount("ev", v.ev());
        amount("ac", v.ac());
        amount("sv", v.sv());
        amount("cv", v.cv());
        decimal("svPercent", v.svPercent(), "The planned value is 0.", "มูลค่างานตามแผนเป็น 0");
        decimal("cvPercent", v.cvPercent(), "The earned value is 0.", "มูลค่างานที่ได้เป็น 0");
        decimal("spi", v.spi(), "The planned value is 0.", "มูลค่างานตามแผนเป็น 0");
        decimal("cpi", v.cpi(), "The actual cost is 0.", "ค่าใช้จ่ายจริงเป็น 0");
        String noEac =
                "Needs a cost performance index other than 0: the actual cost and the earned value both above 0.";
        String noEacThai = "ต้องมีค่าใช้จ่ายจริงและมูลค่างานที่ได้มากกว่า 0";
        Optional<Baht> eac;
        try {
            eac = v.eac();
        } catch (ArithmeticException e) {
            eac = Optional.empty();
            noEac = "The estimate is beyond the supported amount.";
            noEacThai = "ค่าประมาณเกินขอบเขตจำนวนเงินที่รองรับ";
        }
        amount("eac", eac, noEac, noEacThai);
        amount("etc", eac.map(e -> e.minus(v.ac())), noEac, noEacThai);
        amount("vac", eac.map(e -> v.bac().minus(e)), noEac, noEacThai);
        amount("eacAtypical", v.eacAtypical());
        amount("etcAtypical", v.etcAtypical());
        amount("vacAtypical", v.vacAtypical());
        decimal(
                "tcpi",
                v.tcpi(),
                "The budget at completion equals the actual cost.",
                "งบประมาณทั้งหมดเท่ากับค่าใช้จ่ายจริง");
        end();
    }

    // ------------------------------------------------------------------ ledger

    private void ledger(Project project) throws IOException {
        if (project.ledger().isEmpty()) {
            notApplicable("ledger", "The project has no ledger.", "โครงการไม่มีบัญชีคุมเงิน");
            return;
        }
        Ledger ledger = project.ledger().get();
        g.name("ledger");
        start();
        path(DocumentPath.root().field(Fields.LEDGER));
        amount("received", ledger.received());
        amount("disbursed", ledger.disbursed());
        amount("obligations", ledger.obligations());
        amount("committed", ledger.committed());
        amount("returned", ledger.returned());
        amount("balance", ledger.balance());
        amount("stated", ledger.remaining(), "The ledger states no remaining money.", "บัญชีไม่ได้ระบุเงินคงเหลือ");
        amount(
                "difference",
                ledger.remaining().map(r -> r.minus(ledger.balance())),
                "The ledger states no remaining money to compare.",
                "บัญชีไม่ได้ระบุเงินคงเหลือที่จะเปรียบเทียบ");
        end();
    }
}
