package io.github.krongkan.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.krongkan.money.Baht;
import io.github.krongkan.progress.ProgressSeeds;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectPeriod;
import io.github.krongkan.project.ProjectStatus;
import io.github.krongkan.schedule.ActionPlan;
import io.github.krongkan.schedule.ActionStep;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressRulesTest {
    private static final FiscalYear FY2564 = FiscalYear.ofBuddhistEra(2564);

    private static Project withReports(ProgressReport... reports) {
        return Project.builder()
                .name("โครงการ")
                .fiscalYear(FY2564)
                .addProgressReports(reports)
                .build();
    }

    private static ProgressReport report(String date, String progress) {
        return ProgressReport.of(LocalDate.parse(date), new BigDecimal(progress));
    }

    private static ProgressReport.Builder with(ProgressReport report) {
        return ProgressReport.builder().from(report);
    }

    private static List<Finding> check(Project project) {
        return ProjectCheck.standard().check(project);
    }

    private static List<Finding> check(Project project, String code) {
        return check(project).stream().filter(f -> f.code().equals(code)).toList();
    }

    @Test
    void seed001IsCompleteWithNothingDisbursedOfTheMoneyAllocated() {
        assertThat(check(ProgressSeeds.seed001())).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("COMPLETE_WITHOUT_DISBURSEMENT");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.path()).isEqualTo("/progressReports/11");
            assertThat(f.message())
                    .isEqualTo("The report of 2021-09-27 gives 100.00 % progress, but nothing has been "
                            + "disbursed of the 360,000.00 baht allocated");
            assertThat(f.messageThai()).contains("ร้อยละ 100.00").contains("360,000.00 บาท");
        });
    }

    @Test
    void completeWithoutDisbursementNeedsMoneyAllocatedAndNothingPaid() {
        Project.Builder base = Project.builder().from(ProgressSeeds.seed001());
        assertThat(check(base.budget(java.util.Optional.empty()).build()))
                .as("0 received and nothing allocated: no money to disburse")
                .isEmpty();
        assertThat(check(Project.builder()
                        .from(ProgressSeeds.seed001())
                        .ledger(java.util.Optional.empty())
                        .budget(java.util.Optional.empty())
                        .build()))
                .isEmpty();
        ProgressReport done = with(report("2021-09-27", "100")).build();
        Project.Builder ledger = Project.builder()
                .name("โครงการ")
                .fiscalYear(FY2564)
                .ledger(io.github.krongkan.budget.Ledger.of(Baht.ofBaht(90_000)))
                .addProgressReports(done);
        assertThat(check(ledger.build(), "COMPLETE_WITHOUT_DISBURSEMENT"))
                .as("no amount in the report, none in the ledger")
                .extracting(Finding::path)
                .containsExactly("/progressReports/0");
        assertThat(check(
                        ledger.ledger(io.github.krongkan.budget.Ledger.builder()
                                        .received(Baht.ofBaht(90_000))
                                        .addEntry(io.github.krongkan.budget.LedgerEntry.disbursement(
                                                LocalDate.of(2021, 5, 1), Baht.ofBaht(1)))
                                        .build())
                                .build(),
                        "COMPLETE_WITHOUT_DISBURSEMENT"))
                .as("the ledger shows a disbursement")
                .isEmpty();
        assertThat(check(
                        withReports(with(report("2021-09-27", "99.99"))
                                .disbursed(Baht.ZERO)
                                .build()),
                        "COMPLETE_WITHOUT_DISBURSEMENT"))
                .isEmpty();
        Project twice = Project.builder()
                .from(ProgressSeeds.seed001())
                .addProgressReports(
                        with(report("2021-09-30", "100")).disbursed(Baht.ZERO).build())
                .build();
        assertThat(check(twice, "COMPLETE_WITHOUT_DISBURSEMENT"))
                .as("reported once, at the first")
                .hasSize(1);
    }

    @Test
    void disbursedAboveTheAllocatedBudgetIsAnError() {
        Project project = Project.builder()
                .name("โครงการ")
                .fiscalYear(FY2564)
                .budget(io.github.krongkan.budget.Budget.builder()
                        .receivedAmount(Baht.ofBaht(90_000))
                        .build())
                .addProgressReports(
                        with(report("2021-01-01", "50"))
                                .disbursed(Baht.ofBaht(90_000))
                                .build(),
                        with(report("2021-02-01", "60"))
                                .disbursed(Baht.parse("90000.01"))
                                .build())
                .build();
        assertThat(check(project, "DISBURSED_ABOVE_BUDGET")).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("/progressReports/1/disbursed");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message())
                    .isEqualTo("The report of 2021-02-01 gives 90,000.01 baht disbursed, more than the "
                            + "90,000.00 baht allocated");
        });
        assertThat(check(
                        Project.builder()
                                .from(project)
                                .budget(java.util.Optional.empty())
                                .build(),
                        "DISBURSED_ABOVE_BUDGET"))
                .as("no budget, nothing to compare with")
                .isEmpty();
    }

    @Test
    void spendingTheWholeWrittenBudgetIsNoOverspendWhenAllocationsCoverPartOfIt() {
        // seed 003's shape: 5 groups x 40,000 allocated, 14,650 kept by the office, 214,650 written
        io.github.krongkan.budget.Budget budget = io.github.krongkan.budget.Budget.builder()
                .statedTotal(Baht.ofBaht(214_650))
                .addAllocation(io.github.krongkan.budget.BudgetAllocation.equally(
                        Baht.ofBaht(200_000), List.of("g1", "g2", "g3", "g4", "g5")))
                .build();
        Project whole = Project.builder()
                .name("โครงการ")
                .fiscalYear(FY2564)
                .addAllNetworks(List.of("g1", "g2", "g3", "g4", "g5").stream()
                        .map(id -> io.github.krongkan.network.Network.builder()
                                .id(id)
                                .officeId("office")
                                .build())
                        .toList())
                .budget(budget)
                .addProgressReports(with(report("2021-05-31", "100"))
                        .disbursed(Baht.ofBaht(214_650))
                        .build())
                .build();
        assertThat(check(whole, "DISBURSED_ABOVE_BUDGET")).isEmpty();
        Project over = Project.builder()
                .from(whole)
                .progressReports(List.of(with(report("2021-05-31", "100"))
                        .disbursed(Baht.parse("214650.01"))
                        .build()))
                .build();
        assertThat(check(over, "DISBURSED_ABOVE_BUDGET"))
                .as("above the written budget is still an overspend")
                .singleElement()
                .satisfies(f -> assertThat(f.message()).endsWith("more than the 214,650.00 baht allocated"));
    }

    @Test
    void datesWrittenAsReportFormsWriteThemAreNoMismatch() {
        Project fine = withReports(
                with(report("2020-10-31", "10"))
                        .dateAsWritten("ณ วันที่ 31 ตุลาคม 2563")
                        .build(),
                with(report("2020-11-30", "20"))
                        .dateAsWritten("วันที่ 30 เดือนพฤศจิกายน พ.ศ. 2563")
                        .build(),
                with(report("2020-12-31", "30")).dateAsWritten("31 ธค. 2563").build(),
                with(report("2021-01-31", "40")).dateAsWritten("31/01/64").build());
        assertThat(check(fine))
                .extracting(Finding::code)
                .doesNotContain(
                        "REPORT_DATE_MISMATCH",
                        "REPORT_DATE_MONTH_FIRST",
                        "REPORT_DATE_AMBIGUOUS",
                        "REPORT_OUTSIDE_FISCAL_YEAR");
        Project wrong = withReports(
                with(report("2020-10-31", "10"))
                        .dateAsWritten("ณ วันที่ 30 ตุลาคม 2563")
                        .build(),
                with(report("2020-11-30", "20")).dateAsWritten("30/11/62").build());
        assertThat(check(wrong, "REPORT_DATE_MISMATCH"))
                .as("a form report forms use that says another date is still a mismatch")
                .extracting(Finding::path, Finding::actual)
                .containsExactly(
                        tuple("/progressReports/0/dateAsWritten", java.util.Optional.of("2020-10-30")),
                        tuple("/progressReports/1/dateAsWritten", java.util.Optional.of("2019-11-30")));
    }

    @Test
    void seed002GivesExactlyItsFindings() {
        assertThat(check(ProgressSeeds.seed002()))
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(
                        tuple("REPORTS_NOT_IN_DATE_ORDER", Severity.INFO, "/progressReports"),
                        tuple("REPORT_DATE_MONTH_FIRST", Severity.WARNING, "/progressReports/10/dateAsWritten"),
                        tuple("PROGRESS_DECREASED", Severity.WARNING, "/progressReports/3/progress"),
                        tuple("REPORT_AFTER_CANCELLATION", Severity.WARNING, "/progressReports/0"),
                        tuple("REPORT_AFTER_CANCELLATION", Severity.WARNING, "/progressReports/1"),
                        tuple(
                                "INDICATOR_RESULT_ON_CANCELLED_PROJECT",
                                Severity.WARNING,
                                "/indicators/0/measurements/0"));
        List<Finding> findings = check(ProgressSeeds.seed002());
        assertThat(findings.get(5).message())
                .isEqualTo("Indicator 1 reports a result (80) although the project was cancelled on 2021-07-29");
        assertThat(findings.get(5).messageThai())
                .isEqualTo("ตัวชี้วัดที่ 1 รายงานผลงานที่ทำได้ (80) ทั้งที่โครงการถูกยกเลิก เมื่อ 2021-07-29");
        assertThat(findings.get(0).message()).isEqualTo("The progress reports are listed newest first");
        assertThat(findings.get(1).message()).contains("\"11/29/2020\"").contains("2020-11-29");
        assertThat(findings.get(2).message())
                .isEqualTo("Cumulative progress falls from 20.00 % on 2021-05-27 to 10.00 % on 2021-06-29");
        assertThat(findings.get(2).messageThai()).contains("ร้อยละ 20.00").contains("ร้อยละ 10.00");
        assertThat(findings.get(3).message())
                .isEqualTo("A progress report of 2021-09-29 follows the cancellation of the project on 2021-07-29");
        assertThat(findings.get(4).messageThai())
                .isEqualTo("มีรายงานความก้าวหน้าวันที่ 2021-08-30 หลังยกเลิกโครงการเมื่อ 2021-07-29");
    }

    @Test
    void seed002InDateOrderKeepsEverythingButTheOrderFinding() {
        List<ProgressReport> reversed = new ArrayList<>(ProgressSeeds.seed002Reports());
        Collections.reverse(reversed);
        Project project = Project.builder()
                .from(ProgressSeeds.seed002())
                .progressReports(reversed)
                .build();
        assertThat(check(project))
                .extracting(Finding::code, Finding::path)
                .containsExactly(
                        tuple("REPORT_DATE_MONTH_FIRST", "/progressReports/1/dateAsWritten"),
                        tuple("PROGRESS_DECREASED", "/progressReports/8/progress"),
                        tuple("REPORT_AFTER_CANCELLATION", "/progressReports/10"),
                        tuple("REPORT_AFTER_CANCELLATION", "/progressReports/11"),
                        tuple("INDICATOR_RESULT_ON_CANCELLED_PROJECT", "/indicators/0/measurements/0"));
    }

    @Test
    void progressOutOfRangeIsAnError() {
        Project project = withReports(
                report("2021-01-01", "-0.01"),
                report("2021-02-01", "0"),
                report("2021-03-01", "100.00"),
                report("2021-04-01", "100.01"));
        assertThat(check(project, "PROGRESS_OUT_OF_RANGE"))
                .extracting(Finding::path, Finding::severity, Finding::actual)
                .containsExactly(
                        tuple("/progressReports/0/progress", Severity.ERROR, java.util.Optional.of("-0.01")),
                        tuple("/progressReports/3/progress", Severity.ERROR, java.util.Optional.of("100.01")));
    }

    @Test
    void progressDecreasesAreComparedWithThePreviousReportInDateOrder() {
        Project project = withReports(
                report("2021-03-01", "30"),
                report("2021-01-01", "40"),
                report("2021-02-01", "20"),
                report("2021-04-01", "30.00"));
        assertThat(check(project, "PROGRESS_DECREASED"))
                .extracting(Finding::path, Finding::expected)
                .containsExactly(tuple("/progressReports/2/progress", java.util.Optional.of("at least 40")));
    }

    @Test
    void disbursementDecreasesAreReported() {
        Project project = withReports(
                with(report("2021-01-01", "10")).disbursed(Baht.ofBaht(50_000)).build(),
                report("2021-02-01", "20"),
                with(report("2021-03-01", "30")).disbursed(Baht.ofBaht(40_000)).build(),
                with(report("2021-04-01", "40")).disbursed(Baht.ofBaht(40_000)).build());
        assertThat(check(project, "DISBURSED_DECREASED")).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("/progressReports/2/disbursed");
            assertThat(f.message())
                    .isEqualTo(
                            "Cumulative disbursement falls from 50,000.00 baht on 2021-01-01 to 40,000.00 baht on 2021-03-01");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void reportsOutsideTheFiscalYearAndThePeriod() {
        Project project = Project.builder()
                .name("โครงการ")
                .fiscalYear(FY2564)
                .plannedPeriod(ProjectPeriod.ofMonths(YearMonth.of(2020, 11), YearMonth.of(2021, 6)))
                .actualPeriod(ProjectPeriod.of(LocalDate.of(2020, 11, 15), LocalDate.of(2021, 7, 10)))
                .addProgressReports(
                        report("2020-09-30", "0"),
                        report("2020-10-31", "5"),
                        report("2020-11-01", "10"),
                        report("2021-07-10", "90"),
                        report("2021-07-11", "95"),
                        report("2021-10-01", "100"))
                .build();
        assertThat(check(project, "REPORT_OUTSIDE_FISCAL_YEAR"))
                .extracting(Finding::path)
                .containsExactly("/progressReports/0/date", "/progressReports/5/date");
        assertThat(check(project, "REPORT_OUTSIDE_PROJECT_PERIOD"))
                .extracting(Finding::path, Finding::severity)
                .containsExactly(
                        tuple("/progressReports/0/date", Severity.INFO),
                        tuple("/progressReports/1/date", Severity.INFO),
                        tuple("/progressReports/4/date", Severity.INFO),
                        tuple("/progressReports/5/date", Severity.INFO));
        assertThat(check(withReports(report("2019-01-01", "1")), "REPORT_OUTSIDE_PROJECT_PERIOD"))
                .as("no period")
                .isEmpty();
    }

    @Test
    void orderFindingSaysHowTheDocumentIsOrdered() {
        assertThat(check(
                        withReports(report("2021-01-01", "1"), report("2021-01-01", "2"), report("2021-02-01", "3")),
                        "REPORTS_NOT_IN_DATE_ORDER"))
                .isEmpty();
        assertThat(check(
                        withReports(report("2021-01-01", "1"), report("2021-03-01", "3"), report("2021-02-01", "2")),
                        "REPORTS_NOT_IN_DATE_ORDER"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.message())
                            .isEqualTo("The progress reports are not listed in date order: the report of "
                                    + "2021-02-01 comes after the report of 2021-03-01");
                    assertThat(f.path()).isEqualTo("/progressReports");
                });
        assertThat(check(withReports(), "REPORTS_NOT_IN_DATE_ORDER")).isEmpty();
    }

    @Test
    void duplicatesOfDateOrNumberAreReportedAtTheLaterReport() {
        Project project = withReports(
                with(report("2021-02-01", "20")).number("2").build(),
                with(report("2021-01-01", "10")).number("1").build(),
                with(report("2021-02-01", "20")).number("๓").build(),
                with(report("2021-03-01", "30")).number("03").build(),
                report("2021-04-01", "40"),
                report("2021-05-01", "50"));
        assertThat(check(project, "REPORT_DUPLICATED"))
                .extracting(Finding::path)
                .containsExactly("/progressReports/2/date", "/progressReports/3/number");
        assertThat(check(project, "REPORT_DUPLICATED").get(1).message())
                .isEqualTo("Two progress reports are numbered 03 (the other at /progressReports/2, dated 2021-02-01)");
    }

    @Test
    void writtenDatesAreReadAgain() {
        Project project = withReports(
                with(report("2020-11-29", "1")).dateAsWritten("11/29/2020").build(),
                with(report("2020-12-11", "2")).dateAsWritten("11/12/2020").build(),
                with(report("2020-11-12", "2")).dateAsWritten("11/12/2020").build(),
                with(report("2020-12-12", "3")).dateAsWritten("11/12/2020").build(),
                with(report("2021-01-01", "4")).dateAsWritten("01/01/2564").build(),
                with(report("2021-01-02", "4")).dateAsWritten("01/01/2564").build(),
                with(report("2021-01-03", "4")).dateAsWritten("ต้นเดือนมกราคม").build(),
                with(report("2021-01-04", "4")).dateAsWritten("4 ม.ค. 64").build(),
                with(report("2021-01-05", "4")).dateAsWritten("1/5/2021").build());
        assertThat(check(project, "REPORT_DATE_MONTH_FIRST"))
                .extracting(Finding::path)
                .containsExactly("/progressReports/0/dateAsWritten");
        assertThat(check(project, "REPORT_DATE_AMBIGUOUS"))
                .extracting(Finding::path)
                .containsExactly(
                        "/progressReports/1/dateAsWritten",
                        "/progressReports/2/dateAsWritten",
                        "/progressReports/8/dateAsWritten");
        assertThat(check(project, "REPORT_DATE_AMBIGUOUS").get(0).message())
                .isEqualTo(
                        "The date \"11/12/2020\" reads two ways (2020-12-11 or 2020-11-12); the record takes 2020-12-11");
        assertThat(check(project, "REPORT_DATE_MISMATCH"))
                .extracting(Finding::path, Finding::actual)
                .containsExactly(
                        tuple("/progressReports/3/dateAsWritten", java.util.Optional.of("2020-12-11 or 2020-11-12")),
                        tuple("/progressReports/5/dateAsWritten", java.util.Optional.of("2021-01-01")),
                        tuple("/progressReports/6/dateAsWritten", java.util.Optional.of("ต้นเดือนมกราคม")));
        assertThat(check(project, "REPORT_DATE_MISMATCH").get(2).message()).contains("cannot be read as a date");
    }

    @Test
    void onPlanIsComparedWithThePlannedCurveWithinATolerance() {
        FiscalYear year = FY2564;
        ActionPlan plan =
                ActionPlan.of(List.of(ActionStep.of("ดำเนินงาน", year.months().subList(0, 10))));
        // 10 % a month from October 2020 to July 2021
        Project project = Project.builder()
                .name("โครงการ")
                .fiscalYear(year)
                .actionPlan(plan)
                .addProgressReports(
                        with(report("2021-01-28", "30")).onPlan(true).build(),
                        with(report("2021-02-27", "40")).onPlan(true).build(),
                        with(report("2021-03-29", "49.99")).onPlan(true).build(),
                        with(report("2021-04-29", "10")).onPlan(false).build(),
                        with(report("2021-05-29", "10")).build())
                .build();
        List<Finding> findings = check(project, "ON_PLAN_BELOW_CURVE");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("/progressReports/2/onPlan");
            assertThat(f.message())
                    .isEqualTo("The report of 2021-03-29 says the work is on plan, but its progress of 49.99 % "
                            + "is 10.01 points below the planned 60.00 % (tolerance 10 points)");
            assertThat(f.expected()).contains("at least 50.00");
        });
        ProjectCheck strict = ProjectCheck.standard(
                CheckOptions.builder().onPlanTolerance(BigDecimal.ZERO).build());
        assertThat(strict.check(project))
                .filteredOn(f -> f.code().equals("ON_PLAN_BELOW_CURVE"))
                .extracting(Finding::path)
                .containsExactly("/progressReports/0/onPlan", "/progressReports/1/onPlan", "/progressReports/2/onPlan");
        assertThat(strict.rules())
                .extracting(Rule::code)
                .isEqualTo(
                        ProjectCheck.standard().rules().stream().map(Rule::code).toList());
        assertThatThrownBy(() -> CheckOptions.builder()
                        .onPlanTolerance(new BigDecimal("-1"))
                        .build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProjectCheck.of(List.of()).replacing(new OnPlanBelowCurveRule(BigDecimal.ONE)))
                .hasMessageContaining("ON_PLAN_BELOW_CURVE");
        assertThat(check(
                        Project.builder()
                                .from(project)
                                .actionPlan(java.util.Optional.empty())
                                .build(),
                        "ON_PLAN_BELOW_CURVE"))
                .as("no plan, nothing to compare with")
                .isEmpty();
    }

    @Test
    void reportsAfterACancellationUnlessTakenUpAgain() {
        Project project = withReports(
                with(report("2021-03-01", "10"))
                        .statusChange(ProjectStatus.CANCELLED)
                        .build(),
                with(report("2021-03-01", "10")).number("2").build(),
                report("2021-04-01", "10"),
                with(report("2021-05-01", "10"))
                        .statusChange(ProjectStatus.IN_PROGRESS)
                        .build(),
                report("2021-06-01", "20"),
                with(report("2021-07-01", "20"))
                        .statusChange(ProjectStatus.CANCELLED)
                        .build(),
                with(report("2021-08-01", "20"))
                        .statusChange(ProjectStatus.CANCELLED)
                        .build());
        assertThat(check(project, "REPORT_AFTER_CANCELLATION"))
                .extracting(Finding::path)
                .containsExactly("/progressReports/2", "/progressReports/6");
    }

    @Test
    void indicatorResultsOnACancelledProjectUnlessMeasuredBeforeTheCancellation() {
        io.github.krongkan.indicator.Indicator kpi = io.github.krongkan.indicator.Indicator.builder()
                .name("ตัวชี้วัด")
                .measure(io.github.krongkan.indicator.Measure.COUNT)
                .addMeasurement(io.github.krongkan.indicator.Measurement.reported(BigDecimal.TEN))
                .addMeasurement(io.github.krongkan.indicator.Measurement.builder()
                        .subjectId("b")
                        .note("ยังไม่ได้วัด")
                        .build())
                .addMeasurement(io.github.krongkan.indicator.Measurement.builder()
                        .subjectId("c")
                        .reportedText("ดี")
                        .date(LocalDate.of(2021, 7, 28))
                        .build())
                .addMeasurement(io.github.krongkan.indicator.Measurement.builder()
                        .reportedValue(BigDecimal.ONE)
                        .period(FY2564.month(10))
                        .build())
                .addMeasurement(io.github.krongkan.indicator.Measurement.builder()
                        .reportedValue(BigDecimal.ONE)
                        .period(FY2564.month(9))
                        .build())
                .build();
        ProgressReport cancel = with(report("2021-07-29", "10"))
                .statusChange(ProjectStatus.CANCELLED)
                .build();
        Project byReports = withReports(cancel);
        assertThat(check(
                        Project.builder().from(byReports).addIndicator(kpi).build(),
                        "INDICATOR_RESULT_ON_CANCELLED_PROJECT"))
                .as("undated, or measured in or after July 2021")
                .extracting(Finding::path)
                .containsExactly("/indicators/0/measurements/0", "/indicators/0/measurements/3");
        Project byStatus = Project.builder()
                .name("โครงการ")
                .fiscalYear(FY2564)
                .status(ProjectStatus.CANCELLED)
                .addIndicator(kpi)
                .build();
        assertThat(check(byStatus, "INDICATOR_RESULT_ON_CANCELLED_PROJECT"))
                .as("no date of cancellation: every result")
                .extracting(Finding::actual)
                .containsExactly(
                        java.util.Optional.of("10"),
                        java.util.Optional.of("ดี"),
                        java.util.Optional.of("1"),
                        java.util.Optional.of("1"));
        assertThat(check(byStatus, "INDICATOR_RESULT_ON_CANCELLED_PROJECT")
                        .get(0)
                        .message())
                .isEqualTo("Indicator 1 reports a result (10) although the project was cancelled");
        Project resumed = Project.builder()
                .from(byReports)
                .addIndicator(kpi)
                .addProgressReports(with(report("2021-08-29", "20"))
                        .statusChange(ProjectStatus.IN_PROGRESS)
                        .build())
                .build();
        assertThat(check(resumed, "INDICATOR_RESULT_ON_CANCELLED_PROJECT"))
                .as("taken up again")
                .isEmpty();
        assertThat(check(
                        Project.builder()
                                .from(byStatus)
                                .status(ProjectStatus.COMPLETED)
                                .build(),
                        "INDICATOR_RESULT_ON_CANCELLED_PROJECT"))
                .isEmpty();
    }

    @Test
    void actualEndAfterThePlannedEndIsInfoAndAnEarlyEndIsNothing() {
        Project.Builder b = Project.builder()
                .name("โครงการ")
                .fiscalYear(FY2564)
                .plannedPeriod(ProjectPeriod.of(LocalDate.of(2020, 10, 1), LocalDate.of(2021, 8, 31)));
        assertThat(check(b.actualPeriod(ProjectPeriod.of(LocalDate.of(2020, 10, 1), LocalDate.of(2021, 9, 30)))
                        .build()))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.code()).isEqualTo("ACTUAL_END_AFTER_PLAN");
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.path()).isEqualTo("/actualPeriod/end");
                    assertThat(f.message())
                            .isEqualTo(
                                    "The project ended 30 day(s) after its planned end (2021-09-30 instead of 2021-08-31)");
                    assertThat(f.messageThai())
                            .isEqualTo("โครงการสิ้นสุดหลังกำหนดตามแผน 30 วัน (2021-09-30 แทน 2021-08-31)");
                    assertThat(f.expected()).contains("2021-08-31");
                    assertThat(f.actual()).contains("2021-09-30");
                });
        assertThat(check(b.actualPeriod(ProjectPeriod.of(LocalDate.of(2020, 10, 1), LocalDate.of(2021, 5, 31)))
                        .build()))
                .as("finishing early is no mistake")
                .isEmpty();
        assertThat(check(b.actualPeriod(ProjectPeriod.of(LocalDate.of(2020, 10, 1), LocalDate.of(2021, 8, 31)))
                        .build()))
                .as("on the planned day")
                .isEmpty();
        assertThat(check(b.actualPeriod(ProjectPeriod.ofMonths(YearMonth.of(2020, 10), YearMonth.of(2021, 8)))
                        .build()))
                .as("the same month")
                .isEmpty();
        assertThat(check(b.actualPeriod(ProjectPeriod.ofMonths(YearMonth.of(2020, 10), YearMonth.of(2021, 5)))
                        .build()))
                .as("months early")
                .isEmpty();
        assertThat(check(b.actualPeriod(ProjectPeriod.ofMonths(YearMonth.of(2020, 10), YearMonth.of(2021, 10)))
                        .build()))
                .singleElement()
                .extracting(Finding::message)
                .asString()
                .contains("2 month(s) after");
    }
}
