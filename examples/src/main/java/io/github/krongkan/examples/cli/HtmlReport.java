package io.github.krongkan.examples.cli;

import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetAllocation;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.check.Finding;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.money.Baht;
import io.github.krongkan.money.BahtText;
import io.github.krongkan.progress.ProgressHistory;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import io.github.krongkan.risk.Risk;
import io.github.krongkan.risk.RiskBand;
import io.github.krongkan.risk.RiskCell;
import io.github.krongkan.risk.RiskLevel;
import io.github.krongkan.risk.RiskMatrix;
import io.github.krongkan.risk.RiskRating;
import io.github.krongkan.schedule.ProgressCurve;
import io.github.krongkan.time.FiscalMonth;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * {@code krongkan report --format html}: the report as one self-contained HTML5 page, written as
 * well-formed XHTML-compatible markup (every element closed, only the XML entities), with its CSS,
 * its SVG chart and the Sarabun font (thai and latin subsets, regular and bold, as base64 data URIs)
 * inline, so that it needs no network and prints on A4. Every text from the document is escaped.
 * The ids and classes are the contract of docs/cli.md ("report --format html").
 */
final class HtmlReport {

    /** The S-curve's drawing area, in SVG user units. */
    private static final int SVG_WIDTH = 680;

    private static final int SVG_HEIGHT = 340;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 78;

    private HtmlReport() {}

    /**
     * The page and the sections that could not be drawn.
     *
     * @param html     the whole page
     * @param problems one line per section that failed, to follow the file name on standard error: the
     *                 project's pointer in a portfolio and why
     */
    record Page(String html, List<String> problems) {}

    /** One section of the page: writes its HTML into the builder. */
    private interface Part {
        void render(Project project, ReportLanguage l, String id, StringBuilder out);
    }

    /**
     * Draws the page of a document: every project of it (one for a project or record document, each
     * of a portfolio), and for a record its history after the current version.
     *
     * @param document the document
     * @param file     the file name, for the title
     * @param l        the language
     * @return the page
     */
    static Page render(Document document, String file, ReportLanguage l) {
        StringBuilder out = new StringBuilder(96 * 1024);
        List<String> problems = new ArrayList<>();
        String title = document.projects().size() == 1
                ? l.pick("รายงานโครงการ: ", "Project report: ")
                        + document.projects().get(0).name()
                : l.pick("รายงานโครงการ: ", "Project report: ") + file;
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(l == ReportLanguage.TH ? "th" : "en")
                .append("\" xml:lang=\"")
                .append(l == ReportLanguage.TH ? "th" : "en")
                .append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"generator\" content=\"krongkan report --format html\"/>\n<title>")
                .append(escape(title))
                .append("</title>\n<style>\n")
                .append(Fonts.CSS)
                .append(STYLE)
                .append("</style>\n</head>\n<body class=\"krongkan-report\">\n");
        if (document.projects().isEmpty()) {
            out.append("<p class=\"empty\">")
                    .append(escape(l.pick("ไม่มีโครงการใน ", "no projects in ") + file))
                    .append("</p>\n");
        }
        List<Part> parts = new ArrayList<>(List.of(
                HtmlReport::header,
                HtmlReport::budget,
                text(new LedgerSection(), "ledger"),
                text(new ActionPlanSection(), "action-plan"),
                HtmlReport::risks,
                HtmlReport::indicators,
                HtmlReport::progress,
                text(new CloseOutSection(), "close-out"),
                HtmlReport::findings));
        if (document.isRecord()) {
            parts.add((project, language, id, html) -> textSection(
                    html,
                    id + "-history",
                    "history",
                    buffer -> HistorySection.render(document.record(), language, buffer)));
        }
        for (int i = 0; i < document.projects().size(); i++) {
            Project project = document.projects().get(i);
            String id = "p" + (i + 1);
            out.append("<article class=\"project\" id=\"")
                    .append(id)
                    .append("\" data-pointer=\"")
                    .append(escape(document.pointer(i)))
                    .append("\">\n");
            if (document.isPortfolio()) {
                out.append("<p class=\"pointer\">")
                        .append(escape(file + " " + document.pointer(i)))
                        .append("</p>\n");
            }
            for (Part part : parts) {
                StringBuilder section = new StringBuilder();
                try {
                    part.render(project, l, id, section);
                    out.append(section);
                } catch (RuntimeException e) {
                    String problem = Krongkan.describe(e);
                    out.append("<p class=\"section-error\">")
                            .append(escape(
                                    l.pick("(ส่วนนี้แสดงไม่ได้: ", "(this section cannot be drawn: ") + problem + ")"))
                            .append("</p>\n");
                    problems.add((document.isPortfolio() ? " " + document.pointer(i) : "")
                            + ": a section of the report could not be drawn: " + problem);
                }
            }
            out.append("</article>\n");
        }
        out.append("</body>\n</html>\n");
        return new Page(out.toString(), problems);
    }

    private static void header(Project project, ReportLanguage l, String id, StringBuilder out) {
        out.append("<header class=\"report-header\" id=\"")
                .append(id)
                .append("-header\">\n<h1 class=\"project-name\">")
                .append(escape(l.pick("รายงานโครงการ: ", "Project report: ")))
                .append("<span class=\"name\">")
                .append(escape(project.name()))
                .append("</span></h1>\n<dl class=\"facts\">\n");
        project.code().ifPresent(code -> fact(out, "code", l.pick("รหัสโครงการ", "Code"), code));
        if (!project.responsibleUnits().isEmpty()) {
            fact(out, "office", l.pick("หน่วยงาน", "Office"), String.join(" / ", project.responsibleUnits()));
        }
        project.owner().ifPresent(owner -> fact(out, "owner", l.pick("ผู้รับผิดชอบ", "Responsible"), owner.name()));
        fact(out, "fiscal-year", l.pick("ปีงบประมาณ", "Fiscal year"), l.fiscalYear(project.fiscalYear()));
        project.plannedPeriod()
                .ifPresent(p -> fact(out, "planned-period", l.pick("ระยะเวลาตามแผน", "Planned period"), l.period(p)));
        project.actualPeriod()
                .ifPresent(p -> fact(out, "actual-period", l.pick("ระยะเวลาจริง", "Actual period"), l.period(p)));
        fact(
                out,
                "status",
                l.pick("สถานะ", "Status"),
                l == ReportLanguage.TH
                        ? project.status().thai()
                        : project.status().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        out.append("</dl>\n</header>\n");
    }

    private static void fact(StringBuilder out, String name, String label, String value) {
        out.append("<div class=\"fact ")
                .append(name)
                .append("\"><dt>")
                .append(escape(label))
                .append("</dt><dd>")
                .append(escape(value))
                .append("</dd></div>\n");
    }

    private static void budget(Project project, ReportLanguage l, String id, StringBuilder out) {
        open(out, id + "-budget", "budget", l.pick("งบประมาณ", "Budget"));
        Optional<Budget> current = project.currentBudget();
        if (current.isEmpty()) {
            paragraph(out, "empty", l.pick("ไม่มีงบประมาณ", "no budget"));
            out.append("</section>\n");
            return;
        }
        Budget budget = current.get();
        if (!project.budgetRevisions().isEmpty()) {
            paragraph(
                    out,
                    "revision",
                    l.pick("ตามการปรับแผนครั้งที่ ", "as revised, round ")
                            + project.budgetRevisions()
                                    .get(project.budgetRevisions().size() - 1)
                                    .round());
        }
        budget.source()
                .ifPresent(s -> paragraph(
                        out,
                        "source",
                        l.pick("แหล่งงบประมาณ: ", "Source: ")
                                + s.text().orElse(s.kind().name())));
        tableStart(
                out,
                "budget-table",
                id,
                "no",
                l.pick("ที่", "no."),
                "item",
                l.pick("รายการ", "item"),
                "computed",
                l.pick("คำนวณ", "computed"),
                "stated",
                l.pick("ระบุไว้", "stated"),
                "mark",
                "");
        for (int a = 0; a < budget.activities().size(); a++) {
            BudgetActivity activity = budget.activities().get(a);
            amountRow(
                    out,
                    "activity subtotal",
                    String.valueOf(a + 1),
                    activity.name(),
                    Optional.of(activity.amount()),
                    activity.statedSubtotal());
            for (int i = 0; i < activity.lines().size(); i++) {
                BudgetLine line = activity.lines().get(i);
                String item = line.item().orElse(l.pick("รายการ", "line"));
                String how = line.isLumpSum() ? l.pick("เหมาจ่าย", "lump sum") : line.formula();
                amountRow(
                        out,
                        "line",
                        (a + 1) + "." + (i + 1),
                        item + ": " + how,
                        Optional.of(line.amount()),
                        line.statedAmount());
            }
        }
        out.append("</tbody>\n<tbody class=\"totals\">\n");
        amountRow(out, "total", "", l.pick("รวม", "total"), Optional.of(budget.amount()), budget.statedTotal());
        out.append("<tr class=\"words computed-words\"><td class=\"no\"></td><td class=\"item\" colspan=\"4\">")
                .append(escape(l.pick("คำนวณ (ตัวอักษร): ", "computed, in words: ") + BahtText.format(budget.amount())))
                .append("</td></tr>\n");
        budget.amountInWords()
                .ifPresent(words -> out.append(
                                "<tr class=\"words stated-words\"><td class=\"no\"></td><td class=\"item\" colspan=\"4\">")
                        .append(escape(l.pick("ระบุไว้ (ตัวอักษร): ", "stated, in words: ") + words))
                        .append("</td></tr>\n"));
        budget.receivedAmount()
                .ifPresent(received -> amountRow(
                        out, "received", "", l.pick("ได้รับ", "received"), Optional.empty(), Optional.of(received)));
        for (BudgetAllocation allocation : budget.allocations()) {
            amountRow(
                    out,
                    "allocation",
                    "",
                    l.pick("จัดสรร ", "allocated ")
                            + allocation.shares().size()
                            + l.pick(" ส่วน", " share(s)")
                            + allocation.description().map(d -> ": " + d).orElse(""),
                    Optional.of(allocation.sharesSum()),
                    Optional.of(allocation.total()));
        }
        out.append("</tbody>\n</table>\n");
        if (budget.receivedAmount().isPresent()
                && budget.amount().isGreaterThan(budget.receivedAmount().get())) {
            paragraph(
                    out,
                    "overspend",
                    l.pick("คำนวณแล้วต้องใช้เงินเกินที่ได้รับ ", "the computed amount exceeds the money received by ")
                            + ReportLanguage.money(budget.amount()
                                    .minus(budget.receivedAmount().get()))
                            + l.pick(" บาท", " baht"));
        }
        out.append("</section>\n");
    }

    private static void amountRow(
            StringBuilder out,
            String kind,
            String number,
            String label,
            Optional<Baht> computed,
            Optional<Baht> stated) {
        boolean differs =
                computed.isPresent() && stated.isPresent() && !computed.get().equals(stated.get());
        out.append("<tr class=\"")
                .append(kind)
                .append(differs ? " differs" : "")
                .append("\"><td class=\"no\">")
                .append(escape(number))
                .append("</td><td class=\"item\">")
                .append(escape(label))
                .append("</td><td class=\"amount computed\">")
                .append(computed.map(ReportLanguage::money).orElse("-"))
                .append("</td><td class=\"amount stated\">")
                .append(stated.map(ReportLanguage::money).orElse("-"))
                .append("</td><td class=\"mark\">")
                .append(differs ? "≠" : "")
                .append("</td></tr>\n");
    }

    private static void risks(Project project, ReportLanguage l, String id, StringBuilder out) {
        open(out, id + "-risks", "risks", l.pick("ความเสี่ยง", "Risks"));
        RiskMatrix matrix = project.riskMatrixOrDefault();
        if (project.risks().isEmpty()) {
            paragraph(out, "empty", l.pick("ไม่มีความเสี่ยง", "no risks"));
        }
        out.append("<table class=\"heat-map\" id=\"")
                .append(id)
                .append("-heat-map\" data-likelihood-levels=\"")
                .append(matrix.likelihoodLevels())
                .append("\" data-impact-levels=\"")
                .append(matrix.impactLevels())
                .append("\">\n<caption>")
                .append(escape(l.pick("เมทริกซ์ความเสี่ยง ", "Risk matrix ")
                        + matrix.name()
                        + l.pick(" (โอกาสที่จะเกิด × ผลกระทบ)", " (likelihood × impact)")))
                .append("</caption>\n<thead><tr><th class=\"corner\">")
                .append(escape(l.pick("โอกาส \\ ผลกระทบ", "likelihood \\ impact")))
                .append("</th>");
        for (int impact = 1; impact <= matrix.impactLevels(); impact++) {
            out.append("<th class=\"impact\">").append(impact).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (int likelihood = matrix.likelihoodLevels(); likelihood >= 1; likelihood--) {
            out.append("<tr><th class=\"likelihood\">").append(likelihood).append("</th>");
            for (int impact = 1; impact <= matrix.impactLevels(); impact++) {
                RiskCell cell = matrix.cell(likelihood, impact);
                out.append("<td class=\"heat-cell level-")
                        .append(token(cell.level().englishLabel()))
                        .append("\" id=\"")
                        .append(id)
                        .append("-cell-")
                        .append(likelihood)
                        .append('-')
                        .append(impact)
                        .append("\" data-likelihood=\"")
                        .append(likelihood)
                        .append("\" data-impact=\"")
                        .append(impact)
                        .append("\" data-score=\"")
                        .append(cell.score())
                        .append("\" style=\"background-color: ")
                        .append(fill(cell.level()))
                        .append("\"><span class=\"score\">")
                        .append(cell.score())
                        .append("</span> <span class=\"level\">")
                        .append(escape(label(cell.level(), l)))
                        .append("</span>");
                for (int i = 0; i < project.risks().size(); i++) {
                    Risk risk = project.risks().get(i);
                    if (at(risk.inherentCell(matrix), likelihood, impact)) {
                        mark(out, "inherent", risk, i, l.pick("ก่อนจัดการ", "inherent"));
                    }
                    if (at(risk.residualCell(matrix), likelihood, impact)) {
                        mark(out, "residual", risk, i, l.pick("หลังจัดการ", "residual"));
                    }
                }
                out.append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n<p class=\"legend\"><span class=\"risk-mark inherent\">1</span> ")
                .append(escape(l.pick("ระดับก่อนจัดการ (inherent)", "inherent rating")))
                .append(" <span class=\"risk-mark residual\">1</span> ")
                .append(escape(l.pick("ระดับหลังจัดการ (residual)", "residual rating")))
                .append("</p>\n<ul class=\"bands\">\n");
        for (RiskBand band : matrix.bands()) {
            out.append("<li class=\"band level-")
                    .append(token(band.level().englishLabel()))
                    .append("\"><span class=\"swatch\" style=\"background-color: ")
                    .append(fill(band.level()))
                    .append("\"></span> ")
                    .append(escape(label(band.level(), l) + " " + band.minScore() + "–" + band.maxScore()))
                    .append("</li>\n");
        }
        out.append("</ul>\n");
        if (!project.risks().isEmpty()) {
            tableStart(
                    out,
                    "risk-table",
                    id,
                    "",
                    l.pick("ที่", "no."),
                    "",
                    l.pick("ความเสี่ยง", "risk"),
                    "",
                    l.pick("ก่อนจัดการ", "inherent"),
                    "",
                    l.pick("หลังจัดการ", "residual"),
                    "",
                    l.pick("แนวทางการบริหารความเสี่ยง", "response"));
            for (int i = 0; i < project.risks().size(); i++) {
                Risk risk = project.risks().get(i);
                String stated = risk.inherent()
                        .flatMap(RiskRating::statedLevel)
                        .map(s -> l.pick(" (เอกสารระบุ ", " (stated ") + s + ")")
                        .orElse("");
                String response = risk.responseText()
                        .orElse(risk.response()
                                .map(r -> l == ReportLanguage.TH ? r.thai() : r.fourT())
                                .orElse(""));
                out.append("<tr class=\"risk\"><td class=\"no\">")
                        .append(escape(number(risk, i)))
                        .append("</td><td class=\"description\">")
                        .append(escape(risk.description()))
                        .append("</td><td class=\"inherent\">")
                        .append(escape(rating(risk.inherentCell(matrix), l) + stated))
                        .append("</td><td class=\"residual\">")
                        .append(escape(rating(risk.residualCell(matrix), l)))
                        .append("</td><td class=\"response\">")
                        .append(escape(response))
                        .append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        out.append("</section>\n");
    }

    private static boolean at(Optional<RiskCell> cell, int likelihood, int impact) {
        return cell.isPresent()
                && cell.get().likelihood() == likelihood
                && cell.get().impact() == impact;
    }

    private static void mark(StringBuilder out, String kind, Risk risk, int index, String what) {
        out.append(" <span class=\"risk-mark ")
                .append(kind)
                .append("\" title=\"")
                .append(escape(what + ": " + risk.description()))
                .append("\">")
                .append(escape(number(risk, index)))
                .append("</span>");
    }

    private static String rating(Optional<RiskCell> cell, ReportLanguage l) {
        return cell.map(c -> c.likelihood() + " × " + c.impact() + " = " + c.score() + " " + label(c.level(), l))
                .orElse(l.pick("ไม่ได้ประเมิน", "not rated"));
    }

    private static String label(RiskLevel level, ReportLanguage l) {
        return l == ReportLanguage.TH ? level.thaiLabel() : level.englishLabel();
    }

    private static String number(Risk risk, int index) {
        return risk.number().orElse(String.valueOf(index + 1));
    }

    /** A light fill for a level's colour, so that the grid prints without dark backgrounds. */
    private static String fill(RiskLevel level) {
        String colour = level.colour().toLowerCase(Locale.ROOT).strip();
        return switch (colour) {
            case "green" -> "#c8e6c9";
            case "yellow" -> "#fff59d";
            case "orange" -> "#ffcc80";
            case "red" -> "#ef9a9a";
            case "blue" -> "#bbdefb";
            case "purple" -> "#e1bee7";
            default -> colour.matches("#[0-9a-f]{3}|#[0-9a-f]{6}") ? colour : "#eeeeee";
        };
    }

    /**
     * Opens a table with its header row: {@code <table class="C" id="ID-C">}, then one {@code <th>}
     * per column, given as pairs of a CSS class (empty for none) and a label (escaped), then {@code <tbody>}.
     */
    private static void tableStart(StringBuilder out, String cssClass, String id, String... classesAndLabels) {
        out.append("<table class=\"")
                .append(cssClass)
                .append("\" id=\"")
                .append(id)
                .append('-')
                .append(cssClass)
                .append("\">\n<thead><tr>");
        for (int i = 0; i < classesAndLabels.length; i += 2) {
            out.append(classesAndLabels[i].isEmpty() ? "<th>" : "<th class=\"" + classesAndLabels[i] + "\">")
                    .append(escape(classesAndLabels[i + 1]))
                    .append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
    }

    private static void indicators(Project project, ReportLanguage l, String id, StringBuilder out) {
        open(out, id + "-indicators", "indicators", l.pick("ตัวชี้วัด", "Indicators"));
        if (project.indicators().isEmpty()) {
            paragraph(out, "empty", l.pick("ไม่มีตัวชี้วัด", "no indicators"));
            out.append("</section>\n");
            return;
        }
        tableStart(
                out,
                "kpi-table",
                id,
                "no",
                l.pick("ข้อ", "no."),
                "indicator",
                l.pick("ตัวชี้วัด", "indicator"),
                "target",
                l.pick("เป้าหมาย", "target"),
                "result",
                l.pick("ผล", "result"),
                "attainment",
                l.pick("บรรลุ %", "attained %"),
                "evaluation",
                l.pick("ผลการประเมิน", "achievement"));
        for (KpiRow row : KpiRow.of(project, l)) {
            String target = row.targetText().orElse(row.target());
            String result =
                    row.result() + row.resultText().map(t -> " (" + t + ")").orElse("");
            out.append("<tr class=\"kpi achievement-")
                    .append(token(row.outcome().name()))
                    .append("\"><td class=\"no\">")
                    .append(escape(row.number()))
                    .append("</td><td class=\"indicator\">")
                    .append(escape(row.indicator() + row.scope()))
                    .append("</td><td class=\"target\">")
                    .append(escape(target))
                    .append("</td><td class=\"result\">")
                    .append(escape(result))
                    .append("</td><td class=\"attainment\">")
                    .append(escape(row.attained()))
                    .append("</td><td class=\"evaluation\">")
                    .append(escape(row.achievement()))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private static void progress(Project project, ReportLanguage l, String id, StringBuilder out) {
        open(out, id + "-progress", "progress", l.pick("ความก้าวหน้าเทียบแผน", "Progress against the plan"));
        ProgressCurve curve = project.actionPlan().map(p -> p.plannedCurve()).orElse(ProgressCurve.of(Map.of()));
        Map<FiscalMonth, BigDecimal> reported = new TreeMap<>();
        List<LocalDate> uncharted = new ArrayList<>();
        for (ProgressReport report : ProgressHistory.of(project).reports()) {
            try {
                reported.put(FiscalMonth.containing(report.date()), report.progress());
            } catch (IllegalArgumentException | DateTimeException e) {
                uncharted.add(report.date());
            }
        }
        if (!uncharted.isEmpty()) {
            paragraph(
                    out,
                    "uncharted",
                    l.pick(
                                    "รายงานที่ลงวันที่นอกปีงบประมาณที่รองรับ (ไม่แสดงในแผนภูมิ): ",
                                    "reports dated outside the supported fiscal years (not charted): ")
                            + uncharted.stream().map(LocalDate::toString).collect(Collectors.joining(", ")));
        }
        TreeSet<FiscalMonth> used = new TreeSet<>(curve.points().keySet());
        used.addAll(reported.keySet());
        if (used.isEmpty()) {
            paragraph(
                    out,
                    "empty",
                    l.pick(
                            "ไม่มีรายงานความก้าวหน้าและไม่มีแผนที่ระบุเดือน",
                            "no progress reports and no plan with months"));
            out.append("</section>\n");
            return;
        }
        List<FiscalMonth> months = FiscalMonth.rangeClosed(used.first(), used.last());
        int plotWidth = SVG_WIDTH - LEFT - RIGHT;
        int plotHeight = SVG_HEIGHT - TOP - BOTTOM;
        double step = months.size() > 1 ? (double) plotWidth / (months.size() - 1) : 0;
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"s-curve\" id=\"")
                .append(id)
                .append("-s-curve\" viewBox=\"0 0 ")
                .append(SVG_WIDTH)
                .append(' ')
                .append(SVG_HEIGHT)
                .append("\" width=\"100%\" role=\"img\" aria-labelledby=\"")
                .append(id)
                .append("-s-curve-title\">\n<title id=\"")
                .append(id)
                .append("-s-curve-title\">")
                .append(escape(l.pick(
                        "เส้นความก้าวหน้าสะสมตามแผนเทียบกับที่รายงาน", "Planned against reported cumulative progress")))
                .append("</title>\n<g class=\"grid\">\n");
        for (int percent = 0; percent <= 100; percent += 20) {
            double y = TOP + plotHeight - plotHeight * percent / 100.0;
            out.append("<line x1=\"")
                    .append(LEFT)
                    .append("\" y1=\"")
                    .append(coordinate(y))
                    .append("\" x2=\"")
                    .append(LEFT + plotWidth)
                    .append("\" y2=\"")
                    .append(coordinate(y))
                    .append("\"/>")
                    .append("<text class=\"tick y-tick\" x=\"")
                    .append(LEFT - 6)
                    .append("\" y=\"")
                    .append(coordinate(y + 4))
                    .append("\" text-anchor=\"end\">")
                    .append(percent)
                    .append("</text>\n");
        }
        out.append("</g>\n<g class=\"axis x-axis\">\n<line x1=\"")
                .append(LEFT)
                .append("\" y1=\"")
                .append(TOP + plotHeight)
                .append("\" x2=\"")
                .append(LEFT + plotWidth)
                .append("\" y2=\"")
                .append(TOP + plotHeight)
                .append("\"/>\n");
        for (int i = 0; i < months.size(); i++) {
            double x = LEFT + step * i;
            double y = TOP + plotHeight + 14;
            out.append("<text class=\"tick x-tick\" x=\"")
                    .append(coordinate(x))
                    .append("\" y=\"")
                    .append(coordinate(y))
                    .append("\" text-anchor=\"end\" transform=\"rotate(-40 ")
                    .append(coordinate(x))
                    .append(' ')
                    .append(coordinate(y))
                    .append(")\">")
                    .append(escape(l.shortMonth(months.get(i))))
                    .append("</text>\n");
        }
        out.append("<text class=\"axis-label x-label\" x=\"")
                .append(LEFT + plotWidth / 2)
                .append("\" y=\"")
                .append(SVG_HEIGHT - 4)
                .append("\" text-anchor=\"middle\">")
                .append(escape(l.pick("เดือน", "month")))
                .append("</text>\n</g>\n<g class=\"axis y-axis\">\n<line x1=\"")
                .append(LEFT)
                .append("\" y1=\"")
                .append(TOP)
                .append("\" x2=\"")
                .append(LEFT)
                .append("\" y2=\"")
                .append(TOP + plotHeight)
                .append("\"/>\n<text class=\"axis-label y-label\" x=\"14\" y=\"")
                .append(TOP + plotHeight / 2)
                .append("\" text-anchor=\"middle\" transform=\"rotate(-90 14 ")
                .append(TOP + plotHeight / 2)
                .append(")\">")
                .append(escape(l.pick("ความก้าวหน้าสะสม (%)", "cumulative progress (%)")))
                .append("</text>\n</g>\n");
        if (!curve.isEmpty()) {
            Map<FiscalMonth, BigDecimal> planned = new TreeMap<>();
            for (FiscalMonth month : months) {
                planned.put(month, curve.at(month));
            }
            series(out, "planned", months, planned, step, plotHeight);
        }
        if (!reported.isEmpty()) {
            series(out, "reported", months, reported, step, plotHeight);
        }
        out.append("</svg>\n<p class=\"legend\">");
        if (!curve.isEmpty()) {
            out.append("<span class=\"key planned\"></span> ")
                    .append(escape(l.pick("แผน", "plan")))
                    .append(' ');
        }
        if (!reported.isEmpty()) {
            out.append("<span class=\"key reported\"></span> ").append(escape(l.pick("รายงาน", "reported")));
        }
        out.append("</p>\n");
        if (curve.isEmpty()) {
            paragraph(
                    out,
                    "note",
                    l.pick("(ไม่มีแผนที่ระบุเดือน จึงไม่มีเส้นแผน)", "(no plan with months, so no planned curve)"));
        }
        if (reported.isEmpty()) {
            paragraph(out, "note", l.pick("(ไม่มีรายงานความก้าวหน้า)", "(no progress reports)"));
        }
        tableStart(
                out,
                "progress-table",
                id,
                "",
                l.pick("เดือน", "month"),
                "",
                l.pick("แผน %", "plan %"),
                "",
                l.pick("รายงาน %", "reported %"));
        for (FiscalMonth month : months) {
            out.append("<tr><td>")
                    .append(escape(l.shortMonth(month)))
                    .append("</td><td class=\"planned\">")
                    .append(curve.isEmpty() ? "-" : percent(curve.at(month)))
                    .append("</td><td class=\"reported\">")
                    .append(reported.containsKey(month) ? percent(reported.get(month)) : "-")
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private static void series(
            StringBuilder out,
            String kind,
            List<FiscalMonth> months,
            Map<FiscalMonth, BigDecimal> values,
            double step,
            int plotHeight) {
        StringBuilder points = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < months.size(); i++) {
            BigDecimal value = values.get(months.get(i));
            if (value == null) {
                continue;
            }
            double clamped = Math.max(0, Math.min(100, value.doubleValue()));
            String x = coordinate(LEFT + step * i);
            String y = coordinate(TOP + plotHeight - plotHeight * clamped / 100.0);
            if (points.length() > 0) {
                points.append(' ');
            }
            points.append(x).append(',').append(y);
            dots.append("<circle class=\"point ")
                    .append(kind)
                    .append("\" cx=\"")
                    .append(x)
                    .append("\" cy=\"")
                    .append(y)
                    .append("\" r=\"3\"><title>")
                    .append(percent(value))
                    .append(" %</title></circle>\n");
        }
        out.append("<polyline class=\"curve ")
                .append(kind)
                .append("\" fill=\"none\" stroke=\"")
                .append(kind.equals("planned") ? "#1f4e9a" : "#c0392b")
                .append("\" stroke-width=\"2\" points=\"")
                .append(points)
                .append("\"/>\n")
                .append(dots);
    }

    private static String percent(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A coordinate with one decimal, written the same in every locale. */
    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static void findings(Project project, ReportLanguage l, String id, StringBuilder out) {
        List<Finding> findings = ProjectCheck.standard().check(project);
        open(out, id + "-findings", "findings", l.pick("ผลการตรวจสอบ", "Findings") + " (" + findings.size() + ")");
        if (findings.isEmpty()) {
            paragraph(out, "empty", l.pick("ไม่พบข้อสังเกต", "no findings"));
            out.append("</section>\n");
            return;
        }
        tableStart(
                out,
                "findings-table",
                id,
                "severity",
                l.pick("ระดับ", "severity"),
                "code",
                l.pick("รหัส", "code"),
                "pointer",
                l.pick("ตำแหน่ง (JSON pointer)", "JSON pointer"),
                "message",
                l.pick("ข้อความ", "message"));
        List<Finding> bySeverity = findings.stream()
                .sorted(Comparator.comparing(Finding::severity))
                .toList();
        for (Finding f : bySeverity) {
            out.append("<tr class=\"finding severity-")
                    .append(token(f.severity().name()))
                    .append("\" data-code=\"")
                    .append(escape(f.code()))
                    .append("\" data-pointer=\"")
                    .append(escape(f.path()))
                    .append("\"><td class=\"severity\">")
                    .append(escape(
                            l == ReportLanguage.TH
                                    ? f.severity().thai()
                                    : f.severity().name()))
                    .append("</td><td class=\"code\">")
                    .append(escape(f.code()))
                    .append("</td><td class=\"pointer\"><code>")
                    .append(escape(f.path().isEmpty() ? "/" : f.path()))
                    .append("</code></td><td class=\"message\">")
                    .append(escape(l == ReportLanguage.TH ? f.messageThai() : f.message()))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    /** A section the text report draws well enough as it is: its text, preformatted. */
    private static Part text(ReportSection section, String name) {
        return (project, l, id, out) ->
                textSection(out, id + "-" + name, name, buffer -> section.render(project, l, buffer));
    }

    private static void textSection(StringBuilder out, String id, String name, Consumer<PrintStream> render) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream buffer = new PrintStream(bytes, false, StandardCharsets.UTF_8)) {
            render.accept(buffer);
        }
        String text = bytes.toString(StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            return;
        }
        // The text section starts with its heading, underlined: the heading becomes the <h2>.
        String[] lines = text.split("\n", 3);
        String heading = lines[0];
        String body = lines.length > 2 ? lines[2] : "";
        open(out, id, name + " text-section", heading);
        out.append("<pre class=\"text\">").append(escape(body)).append("</pre>\n</section>\n");
    }

    private static void open(StringBuilder out, String id, String classes, String heading) {
        out.append("<section class=\"")
                .append(classes)
                .append("\" id=\"")
                .append(id)
                .append("\">\n<h2>")
                .append(escape(heading))
                .append("</h2>\n");
    }

    private static void paragraph(StringBuilder out, String classes, String text) {
        out.append("<p class=\"")
                .append(classes)
                .append("\">")
                .append(escape(text))
                .append("</p>\n");
    }

    /** A class name from a label: lower case letters, digits and hyphens. */
    private static String token(String label) {
        String token =
                label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return token.isEmpty() ? "other" : token;
    }

    /**
     * Escapes a text for an element or an attribute value, in HTML and in XML alike; characters
     * that XML 1.0 does not allow (control characters, lone surrogates) become U+FFFD.
     *
     * @param text the text
     * @return the escaped text
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if ((c < 0x20 && c != '\n' && c != '\t' && c != '\r')
                            || Character.isSurrogate(c)
                            || c == 0xFFFE
                            || c == 0xFFFF) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** The embedded Sarabun faces, read once. */
    private static final class Fonts {
        static final String CSS = face("thai", 400, "U+02D7,U+0303,U+0331,U+0E01-0E5B,U+200C-200D,U+25CC")
                + face("thai", 700, "U+02D7,U+0303,U+0331,U+0E01-0E5B,U+200C-200D,U+25CC")
                + face("latin", 400, LATIN)
                + face("latin", 700, LATIN);

        private Fonts() {}

        private static String face(String subset, int weight, String range) {
            String name = "fonts/sarabun-" + subset + "-" + weight + "-normal.woff2";
            byte[] bytes;
            try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("the font " + name + " is missing from the jar");
                }
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return "@font-face { font-family: \"Sarabun\"; font-style: normal; font-weight: " + weight
                    + "; font-display: swap; src: url(data:font/woff2;base64,"
                    + Base64.getEncoder().encodeToString(bytes) + ") format(\"woff2\"); unicode-range: " + range
                    + "; }\n";
        }
    }

    private static final String LATIN = "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,"
            + "U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD";

    /** The page's style: A4, black on white, tables that repeat their heads and keep rows whole. */
    private static final String STYLE = """
            @page { size: A4; margin: 15mm 12mm 15mm 15mm; }
            html { color: #000; background: #fff; }
            body { font-family: "TH Sarabun New", Sarabun, Laksaman, sans-serif; font-size: 11pt; line-height: 1.35; margin: 0 auto; max-width: 190mm; }
            h1 { font-size: 16pt; margin: 0 0 4mm; }
            h2 { font-size: 13pt; margin: 6mm 0 2mm; border-bottom: 1px solid #888; break-after: avoid; page-break-after: avoid; }
            article.project + article.project { break-before: page; page-break-before: always; }
            dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 4mm; margin: 0; }
            dl.facts div.fact { display: contents; }
            dl.facts dt { font-weight: bold; }
            dl.facts dd { margin: 0; }
            table { border-collapse: collapse; width: 100%; margin: 2mm 0; }
            thead { display: table-header-group; }
            tr, .risk-mark, svg, dl.facts { break-inside: avoid; page-break-inside: avoid; }
            th, td { border: 1px solid #999; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
            th { background: #f2f2f2; font-weight: bold; }
            td.amount { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
            td.mark { text-align: center; font-weight: bold; color: #b00020; width: 6mm; }
            tr.differs td.amount { color: #b00020; font-weight: bold; }
            tr.activity td, tr.total td { font-weight: bold; }
            tr.words td { font-style: italic; border-top: none; }
            table.heat-map { width: auto; break-inside: avoid; page-break-inside: avoid; }
            table.heat-map caption { text-align: left; font-weight: bold; padding-bottom: 1mm; }
            table.heat-map td.heat-cell { width: 24mm; height: 14mm; font-size: 9pt; }
            table.heat-map th.likelihood, table.heat-map th.impact { text-align: center; }
            .risk-mark { display: inline-block; min-width: 5mm; padding: 0 1mm; margin: 0.5mm; border-radius: 3mm; text-align: center; font-weight: bold; font-size: 9pt; }
            .risk-mark.inherent { border: 1.5px solid #000; background: #fff; }
            .risk-mark.residual { border: 1.5px dashed #000; background: transparent; }
            ul.bands { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 4mm; }
            .swatch { display: inline-block; width: 4mm; height: 4mm; border: 1px solid #666; vertical-align: middle; }
            svg.s-curve { max-width: 170mm; display: block; font-family: inherit; font-size: 11px; }
            svg.s-curve .grid line { stroke: #ddd; stroke-width: 1; }
            svg.s-curve .axis line { stroke: #000; stroke-width: 1; }
            svg.s-curve polyline.planned { stroke: #1f4e9a; stroke-width: 2; stroke-dasharray: 6 3; }
            svg.s-curve polyline.reported { stroke: #c0392b; stroke-width: 2.5; }
            svg.s-curve circle.planned { fill: #1f4e9a; }
            svg.s-curve circle.reported { fill: #c0392b; }
            .key { display: inline-block; width: 10mm; height: 0; vertical-align: middle; margin-left: 2mm; }
            .key.planned { border-top: 2px dashed #1f4e9a; }
            .key.reported { border-top: 3px solid #c0392b; }
            table.progress-table { width: auto; font-size: 9pt; }
            table.progress-table td.planned, table.progress-table td.reported { text-align: right; }
            td.pointer code { font-size: 9pt; word-break: break-all; }
            tr.severity-error td.severity { color: #b00020; font-weight: bold; }
            tr.severity-warning td.severity { color: #8a5a00; font-weight: bold; }
            pre.text { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace, "TH Sarabun New", Sarabun, Laksaman; white-space: pre-wrap; font-size: 10pt; margin: 0; }
            .section-error { color: #b00020; }
            @media print { body { max-width: none; } a { color: inherit; } }
            """;
}
