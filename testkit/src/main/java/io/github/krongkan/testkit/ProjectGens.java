package io.github.krongkan.testkit;

import io.github.krongkan.budget.AllocationShare;
import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetAllocation;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.budget.BudgetSource;
import io.github.krongkan.budget.BudgetSourceKind;
import io.github.krongkan.budget.Ledger;
import io.github.krongkan.budget.LedgerEntry;
import io.github.krongkan.budget.NetworkMoney;
import io.github.krongkan.budget.QuantityFactor;
import io.github.krongkan.budget.RateCeiling;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.money.Baht;
import io.github.krongkan.money.BahtText;
import io.github.krongkan.network.Network;
import io.github.krongkan.network.Office;
import io.github.krongkan.project.AlignmentLevel;
import io.github.krongkan.project.Approval;
import io.github.krongkan.project.ApprovalRole;
import io.github.krongkan.project.Certification;
import io.github.krongkan.project.CloseOut;
import io.github.krongkan.project.CloseOutResult;
import io.github.krongkan.project.Contact;
import io.github.krongkan.project.Evidence;
import io.github.krongkan.project.EvidenceKind;
import io.github.krongkan.project.MonitoringItem;
import io.github.krongkan.project.MonitoringKind;
import io.github.krongkan.project.Objective;
import io.github.krongkan.project.Portfolio;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectNature;
import io.github.krongkan.project.ProjectPeriod;
import io.github.krongkan.project.ProjectStatus;
import io.github.krongkan.project.StrategicAlignment;
import io.github.krongkan.project.Target;
import io.github.krongkan.project.TargetGroup;
import io.github.krongkan.project.TargetKind;
import io.github.krongkan.project.TargetQuantity;
import io.github.krongkan.risk.RiskMatrix;
import io.github.krongkan.schedule.ActionPlan;
import io.github.krongkan.schedule.ActionStep;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Generators of whole projects and portfolios, every field of the model covered: code, name, fiscal
 * year, units, people, rationale, objectives, targets, networks with schools, nature, alignments,
 * periods (dates or months, inside or outside the fiscal year), progress reports
 * ({@link ProgressGens}), location, benefits, monitoring, a risk matrix, risks, indicators with
 * targets and measurements, status, approvals, a budget with revisions ({@link BudgetGens}), a ledger
 * ({@link LedgerGens}), an action plan with a progress history ({@link ScheduleGens}), monitoring items,
 * a close-out ({@link #closeOuts}), certifications and notes. Budgets, ledgers and plans now and then
 * carry one flaw of the kind real documents have, so the rules fire; {@link #clean()} gives projects
 * without any finding.
 *
 * <p>List lengths grow with size; at size 0 a project has its name and fiscal year and little else.
 * Every project passes the project's own cross-checks: ratings fit its risk matrix, indicator links
 * name one of its numbered targets, network ids differ.
 */
public final class ProjectGens {
    private static final List<ApprovalRole> ROLES = List.of(ApprovalRole.values());

    private ProjectGens() {}

    /**
     * Projects in fiscal years of {@link TimeGens#fiscalYears()}.
     *
     * @return the generator
     */
    public static Gen<Project> projects() {
        return TimeGens.fiscalYears().flatMap(ProjectGens::projects);
    }

    /**
     * Projects of one fiscal year.
     *
     * @param year the fiscal year
     * @return the generator
     */
    public static Gen<Project> projects(FiscalYear year) {
        Objects.requireNonNull(year, "year");
        Gen<String> text = TextGens.text();
        return (random, size) -> {
            Project.Builder b = Project.builder().name(text.next(random, size)).fiscalYear(year);
            int most = Gen.scaled(4, size);
            String agency = String.format("%08d", random.nextInt(100_000_000));
            if (random.nextBoolean()) {
                b.code(agency + String.format("-%04d", random.nextInt(10_000)));
            }
            for (int i = random.nextInt(Math.min(most, 3) + 1); i > 0; i--) {
                b.addResponsibleUnit(text.next(random, size));
            }
            if (random.nextBoolean()) {
                b.owner(contact(random, size));
            }
            if (random.nextBoolean()) {
                b.coordinator(contact(random, size));
            }
            if (random.nextBoolean()) {
                b.rationale(text.next(random, size));
            }
            for (int i = 1; i <= random.nextInt(most + 1); i++) {
                Objective.Builder o = Objective.builder().text(text.next(random, size));
                if (random.nextBoolean()) {
                    o.number("2." + i);
                }
                b.addObjective(o.build());
            }
            List<Target> targets = targets().list(8).next(random, size);
            b.addAllTargets(targets);
            List<Network> networks = new ArrayList<>();
            List<String> subjects = new ArrayList<>();
            for (int i = random.nextInt(Math.min(most, 3) + 1); i > 0; i--) {
                Network network = NetworkGens.networks("office-" + random.nextInt(3), "net-" + i)
                        .next(random, size);
                networks.add(network);
                subjects.add(network.id());
                subjects.addAll(network.schoolIds());
            }
            b.addAllNetworks(networks);
            if (random.nextInt(4) == 0) {
                // schools counted as well as named, the agency, co-owners and target groups
                long named = networks.stream()
                        .flatMap(n -> n.schoolIds().stream())
                        .distinct()
                        .count();
                b.schoolCount((int) named + random.nextInt(100));
                b.agencyCode(agency);
                b.addCoOwner(text.next(random, size));
                b.addTargetGroup(
                        TargetGroup.of(text.next(random, size), BigDecimal.valueOf(random.nextInt(0, 1000)), "คน"));
            }
            if (random.nextBoolean()) {
                ProjectNature.Builder n =
                        ProjectNature.builder().continuing(random.nextBoolean()).routineMission(random.nextBoolean());
                if (random.nextBoolean()) {
                    n.format(text.next(random, size));
                }
                b.nature(n.build());
            }
            for (int i = random.nextInt(Math.min(most, 3) + 1); i > 0; i--) {
                StrategicAlignment.Builder a = StrategicAlignment.builder().plan(text.next(random, size));
                if (random.nextInt(4) == 3) {
                    // the plan's levels (ยุทธศาสตร์, เป้าหมาย, ตัวชี้วัด); code and labels follow from them
                    a.planId("plan-" + random.nextInt(1, 20));
                    String code = Integer.toString(random.nextInt(1, 10));
                    for (int j = 1 + random.nextInt(3); j > 0; j--) {
                        a.addLevel(AlignmentLevel.of(text.next(random, size), code, text.next(random, size)));
                        code = code + "." + random.nextInt(1, 10);
                    }
                    b.addAlignment(a.build());
                    continue;
                }
                if (random.nextBoolean()) {
                    a.code(random.nextInt(1, 10) + "." + random.nextInt(1, 10) + "." + random.nextInt(1, 10));
                }
                for (int j = random.nextInt(3); j > 0; j--) {
                    a.addLabel(text.next(random, size));
                }
                b.addAlignment(a.build());
            }
            if (random.nextBoolean()) {
                b.plannedPeriod(period(random, year));
            }
            if (random.nextBoolean()) {
                b.actualPeriod(period(random, year));
            }
            List<String> networkIds = networks.stream().map(Network::id).toList();
            List<String> activityNumbers = List.of();
            Baht money = Baht.ZERO;
            if (random.nextInt(4) > 0) {
                Budget budget = BudgetGens.budgets(year, networkIds).next(random, size);
                if (random.nextInt(3) == 2) {
                    budget = roughened(budget, year, networkIds, random);
                }
                b.budget(budget);
                activityNumbers = activityNumbers(budget);
                money = budget.amount();
                if (random.nextInt(4) == 3) {
                    b.addAllBudgetRevisions(
                            BudgetGens.revisions(year, networkIds).next(random, size));
                }
                if (random.nextInt(3) > 0) {
                    // received as budgeted, more, or now and then less
                    Baht received = switch (random.nextInt(4)) {
                        case 0 -> money;
                        case 1 -> money.plus(Baht.ofBaht(random.nextLong(1, 100_000)));
                        case 2 -> Baht.ofSatang(random.nextLong(0, money.satang() + 1));
                        default -> Baht.ofBaht(random.nextLong(0, 10_000_000));
                    };
                    Ledger ledger =
                            LedgerGens.ledgers(year, networkIds, received).next(random, size);
                    switch (random.nextInt(6)) {
                        case 4 ->
                            ledger = Ledger.builder()
                                    .from(ledger)
                                    .remaining(ledger.balance().plus(Baht.ofSatang(1)))
                                    .build();
                        case 5 ->
                            ledger = Ledger.builder()
                                    .from(ledger)
                                    .addEntry(LedgerEntry.disbursement(year.end(), received.plus(Baht.ofSatang(1))))
                                    .build();
                        default -> {}
                    }
                    b.ledger(ledger);
                }
            }
            ActionPlan plan = null;
            if (random.nextInt(3) > 0) {
                List<String> linked = activityNumbers;
                if (!linked.isEmpty() && random.nextInt(6) == 5) {
                    // an activity without a step, and a step linked to no activity
                    linked = new ArrayList<>(linked.subList(1, linked.size()));
                    linked.add("99");
                }
                plan = ScheduleGens.actionPlans(year, linked).next(random, size);
                if (random.nextInt(8) == 7 && !year.equals(FiscalYear.MAX)) {
                    plan = ActionPlan.builder()
                            .from(plan)
                            .addStep(ActionStep.builder()
                                    .description(text.next(random, size))
                                    .addPlannedMonth(year.next().month(1))
                                    .weight(plan.steps().stream()
                                            .flatMap(st -> st.weight().stream())
                                            .findFirst())
                                    .build())
                            .build();
                }
                b.actionPlan(plan);
            }
            if (plan != null && random.nextBoolean()) {
                b.addAllProgressReports(
                        ScheduleGens.histories(year, plan, money).next(random, size));
            } else {
                for (ProgressReport report : ProgressGens.reports(year).list(6).next(random, size)) {
                    b.addProgressReport(withNetworkMoney(report, networks, random));
                }
            }
            if (random.nextBoolean()) {
                b.location(text.next(random, size));
            }
            for (int i = random.nextInt(most + 1); i > 0; i--) {
                b.addExpectedBenefit(text.next(random, size));
            }
            if (random.nextBoolean()) {
                b.monitoring(text.next(random, size));
            }
            RiskMatrix matrix = RiskMatrix.DEFAULT;
            if (random.nextBoolean()) {
                matrix = RiskGens.matrices().next(random, size);
                b.riskMatrix(matrix);
            }
            b.addAllRisks(RiskGens.risks(matrix).list(6).next(random, size));
            b.addAllIndicators(
                    IndicatorGens.indicators(year, targets, subjects).list(5).next(random, size));
            ProjectStatus[] statuses = ProjectStatus.values();
            b.status(statuses[random.nextInt(statuses.length)]);
            for (int i = random.nextInt(Math.min(most, 3) + 1); i > 0; i--) {
                Approval.Builder a = Approval.builder()
                        .role(ROLES.get(random.nextInt(ROLES.size())))
                        .name(text.next(random, size));
                if (random.nextBoolean()) {
                    a.position(text.next(random, size));
                }
                if (random.nextBoolean()) {
                    a.date(TimeGens.datesIn(year).next(random, size));
                }
                b.addApproval(a.build());
            }
            for (int i = random.nextInt(Math.min(most, 2) + 1); i > 0; i--) {
                b.addMonitoringItem(MonitoringItem.builder()
                        .kind(random.nextBoolean() ? MonitoringKind.MONITORING : MonitoringKind.EVALUATION)
                        .method(text.next(random, size))
                        .build());
            }
            if (random.nextBoolean()) {
                b.closeOut(closeOuts(year).next(random, size));
            }
            if (random.nextInt(4) == 0) {
                Certification.Builder c = Certification.builder().statement(text.next(random, size));
                if (random.nextBoolean()) {
                    c.name(text.next(random, size))
                            .signedAs(text.next(random, size))
                            .position(text.next(random, size))
                            .date(TimeGens.datesIn(year).next(random, size));
                }
                b.addCertification(c.build());
            }
            for (int i = random.nextInt(Math.min(most, 2) + 1); i > 0; i--) {
                b.addNote(text.next(random, size));
            }
            return b.build();
        };
    }

    /**
     * Projects that give no findings at all under {@link ProjectCheck#standard()}, in fiscal years of
     * {@link TimeGens#fiscalYears()}.
     *
     * @return the generator
     * @see #clean(FiscalYear)
     */
    public static Gen<Project> clean() {
        return TimeGens.fiscalYears().flatMap(ProjectGens::clean);
    }

    /**
     * Projects of one fiscal year that give no findings at all under {@link ProjectCheck#standard()}:
     * objectives and targets numbered without repeats, networks whose schools belong to one network
     * only, a planned period of the whole fiscal year, most of the time a budget that adds up
     * ({@link BudgetGens}) with every network allocated a share, a ledger that received at least the
     * budget ({@link LedgerGens}), an action plan with a step for every activity and a progress history
     * consistent with it ({@link ScheduleGens}), a status other than cancelled, and a close-out.
     *
     * <p>Risks, indicators and approvals come from the ordinary generators ({@link RiskGens},
     * {@link IndicatorGens}); each is kept only if the project with it still gives no findings, so
     * they are as varied as those generators are, less the flawed ones. At size 0 (and at the simplest
     * choices) a clean project has its name and fiscal year only.
     *
     * @param year the fiscal year
     * @return the generator
     */
    public static Gen<Project> clean(FiscalYear year) {
        Objects.requireNonNull(year, "year");
        Gen<String> text = TextGens.text();
        ProjectCheck check = ProjectCheck.standard();
        return (random, size) -> {
            Project.Builder b = Project.builder().name(text.next(random, size)).fiscalYear(year);
            int most = Gen.scaled(4, size);
            if (random.nextBoolean()) {
                b.code(String.format("%08d-%04d", random.nextInt(100_000_000), random.nextInt(10_000)));
            }
            for (int i = random.nextInt(Math.min(most, 3) + 1); i > 0; i--) {
                b.addResponsibleUnit(text.next(random, size));
            }
            if (random.nextBoolean()) {
                b.owner(contact(random, size));
            }
            if (random.nextBoolean()) {
                b.rationale(text.next(random, size));
            }
            for (int i = 1; i <= random.nextInt(most + 1); i++) {
                Objective.Builder o = Objective.builder().text(text.next(random, size));
                if (random.nextBoolean()) {
                    o.number("2." + i);
                }
                b.addObjective(o.build());
            }
            List<Target> targets = new ArrayList<>();
            for (int i = 1; i <= random.nextInt(Gen.scaled(6, size) + 1); i++) {
                Target t = random.nextBoolean()
                        ? Target.quantitative(
                                text.next(random, size), BigDecimal.valueOf(random.nextInt(1, 1000)), "คน")
                        : Target.qualitative(text.next(random, size));
                targets.add(Target.builder().from(t).number("3." + i).build());
            }
            b.addAllTargets(targets);
            List<Network> networks = new ArrayList<>();
            List<String> subjects = new ArrayList<>();
            for (int i = 1; i <= random.nextInt(Math.min(most, 3) + 1); i++) {
                Network network = NetworkGens.networks("office-0", "net-" + i).next(random, size);
                networks.add(network);
                subjects.add(network.id());
                subjects.addAll(network.schoolIds());
            }
            b.addAllNetworks(networks);
            if (random.nextBoolean()) {
                b.plannedPeriod(
                        random.nextBoolean()
                                ? ProjectPeriod.of(year.start(), year.end())
                                : ProjectPeriod.ofMonths(YearMonth.from(year.start()), YearMonth.from(year.end())));
            }
            List<String> networkIds = networks.stream().map(Network::id).toList();
            List<String> activityNumbers = List.of();
            Baht money = Baht.ZERO;
            if (random.nextInt(4) > 0) {
                Budget budget = BudgetGens.budgets(year, networkIds).next(random, size);
                b.budget(budget);
                activityNumbers = activityNumbers(budget);
                money = budget.amount();
                if (random.nextInt(3) > 0) {
                    Baht received = budget.receivedAmount()
                            .orElse(random.nextBoolean() ? money : money.plus(Baht.ofBaht(random.nextLong(1, 10_000))));
                    b.ledger(LedgerGens.ledgers(year, networkIds, received).next(random, size));
                }
            }
            ActionPlan plan = ActionPlan.of(List.of());
            if (random.nextInt(3) > 0) {
                plan = ScheduleGens.actionPlans(year, activityNumbers).next(random, size);
                b.actionPlan(plan);
            }
            b.addAllProgressReports(ScheduleGens.histories(year, plan, money).next(random, size));
            ProjectStatus[] statuses = ProjectStatus.values();
            ProjectStatus status = statuses[random.nextInt(statuses.length)];
            b.status(status == ProjectStatus.CANCELLED ? ProjectStatus.IN_PROGRESS : status);
            for (int i = random.nextInt(Math.min(most, 2) + 1); i > 0; i--) {
                b.addMonitoringItem(MonitoringItem.builder()
                        .kind(random.nextBoolean() ? MonitoringKind.MONITORING : MonitoringKind.EVALUATION)
                        .method(text.next(random, size))
                        .build());
            }
            if (random.nextInt(3) == 2) {
                b.closeOut(closeOuts(year).next(random, size));
            }
            if (random.nextInt(4) == 3) {
                b.addCertification(Certification.of(text.next(random, size)));
            }
            Project project = b.build();
            RiskMatrix matrix = RiskMatrix.DEFAULT;
            if (random.nextBoolean()) {
                matrix = RiskGens.matrices().next(random, size);
                project = Project.builder().from(project).riskMatrix(matrix).build();
            }
            for (var risk : RiskGens.risks(matrix).list(6).next(random, size)) {
                project = keepIfClean(
                        project, Project.builder().from(project).addRisk(risk).build(), check);
            }
            for (var indicator :
                    IndicatorGens.indicators(year, targets, subjects).list(5).next(random, size)) {
                project = keepIfClean(
                        project,
                        Project.builder().from(project).addIndicator(indicator).build(),
                        check);
            }
            for (int i = random.nextInt(Math.min(most, 3) + 1); i > 0; i--) {
                Approval.Builder a = Approval.builder()
                        .role(ROLES.get(random.nextInt(ROLES.size())))
                        .name(text.next(random, size));
                if (random.nextBoolean()) {
                    a.date(TimeGens.datesIn(year).next(random, size));
                }
                project = keepIfClean(
                        project,
                        Project.builder().from(project).addApproval(a.build()).build(),
                        check);
            }
            return project;
        };
    }

    private static Project keepIfClean(Project without, Project with, ProjectCheck check) {
        return check.check(with).isEmpty() ? with : without;
    }

    /**
     * Close-outs of a project of one fiscal year: results (overall or naming objective {@code 2.x} or
     * indicator {@code ผลผลิต x}), problems, suggestions and evidence references (some with a date
     * in the year, a URI and a SHA-256 digest).
     *
     * @param year the fiscal year
     * @return the generator
     */
    public static Gen<CloseOut> closeOuts(FiscalYear year) {
        Objects.requireNonNull(year, "year");
        Gen<String> text = TextGens.text();
        return (random, size) -> {
            CloseOut.Builder c = CloseOut.builder();
            int most = Gen.scaled(4, size);
            for (int i = 1; i <= random.nextInt(most + 1); i++) {
                CloseOutResult.Builder r = CloseOutResult.builder().text(text.next(random, size));
                switch (random.nextInt(3)) {
                    case 0 -> r.objectiveNumber("2." + i);
                    case 1 -> r.indicatorNumber("ผลผลิต " + i);
                    default -> {}
                }
                if (random.nextBoolean()) {
                    r.kind(random.nextBoolean() ? TargetKind.QUANTITATIVE : TargetKind.QUALITATIVE);
                }
                c.addResult(r.build());
            }
            for (int i = random.nextInt(Math.min(most, 2) + 1); i > 0; i--) {
                c.addProblem(text.next(random, size));
            }
            for (int i = random.nextInt(Math.min(most, 2) + 1); i > 0; i--) {
                c.addSuggestion(text.next(random, size));
            }
            for (int i = random.nextInt(Math.min(most, 3) + 1); i > 0; i--) {
                Evidence.Builder e = Evidence.builder()
                        .kind(random.nextBoolean() ? EvidenceKind.PHOTO : EvidenceKind.DOCUMENT)
                        .title(text.next(random, size));
                if (random.nextBoolean()) {
                    e.date(TimeGens.datesIn(year).next(random, size));
                }
                if (random.nextBoolean()) {
                    e.uri(URI.create("https://example.org/evidence/" + random.nextInt(10_000) + ".jpg"));
                    StringBuilder digest = new StringBuilder(64);
                    for (int j = 0; j < 64; j++) {
                        digest.append(Character.forDigit(random.nextInt(16), 16));
                    }
                    e.sha256(digest.toString());
                }
                c.addEvidence(e.build());
            }
            return c.build();
        };
    }

    /**
     * The report, now and then with the money of some of the project's networks: disbursed, sent
     * back, or both, as cumulative amounts by the report's date.
     */
    private static ProgressReport withNetworkMoney(
            ProgressReport report, List<Network> networks, RandomGenerator random) {
        if (networks.isEmpty() || random.nextInt(3) != 0) {
            return report;
        }
        ProgressReport.Builder r = ProgressReport.builder().from(report);
        for (Network network : networks) {
            if (random.nextBoolean()) {
                continue;
            }
            NetworkMoney.Builder m = NetworkMoney.builder().networkId(network.id());
            switch (random.nextInt(3)) {
                case 0 -> m.disbursed(Baht.ofBaht(random.nextLong(0, 100_000)));
                case 1 -> m.returned(Baht.ofBaht(random.nextLong(1, 100_000))).reason("ส่งเงินงบประมาณคืน");
                default ->
                    m.disbursed(Baht.ofBaht(random.nextLong(1, 100_000)))
                            .returned(Baht.ofBaht(random.nextLong(0, 1_000)));
            }
            r.addNetworkMoney(m.build());
        }
        return r.build();
    }

    /**
     * Project targets, quantitative or qualitative, usually numbered {@code 3.x} (numbers may repeat,
     * as in real documents).
     *
     * @return the generator
     */
    public static Gen<Target> targets() {
        Gen<String> text = TextGens.text();
        return (random, size) -> {
            Target t;
            if (random.nextBoolean()) {
                BigDecimal quantity = random.nextDouble() < Gen.EDGE_CASE_RATE
                        ? BigDecimal.ZERO
                        : BigDecimal.valueOf(
                                random.nextLong(0, 1 + (long) Math.pow(10, 1 + Gen.scaled(6, size))),
                                random.nextInt(0, 3));
                t = Target.quantitative(text.next(random, size), quantity, random.nextBoolean() ? "โรงเรียน" : "คน");
                if (random.nextInt(4) == 0) {
                    // a target that counts several things (seed 004's 20 คน, 2 วัน, 200 ชุด)
                    t = Target.builder()
                            .from(t)
                            .addQuantities(
                                    TargetQuantity.of(random.nextInt(1, 10), "วัน"),
                                    TargetQuantity.of(random.nextInt(0, 1000), "ชุด"))
                            .build();
                }
            } else {
                t = Target.qualitative(text.next(random, size));
            }
            return random.nextInt(4) > 0
                    ? Target.builder()
                            .from(t)
                            .number("3." + random.nextInt(1, 6))
                            .build()
                    : t;
        };
    }

    /**
     * Portfolios of a few projects with a directory of offices, networks and schools whose ids are unique.
     *
     * @return the generator
     */
    public static Gen<Portfolio> portfolios() {
        Gen<Project> projects = projects();
        return (random, size) -> {
            Portfolio.Builder b = Portfolio.builder();
            for (int i = random.nextInt(Gen.scaled(4, size) + 1); i > 0; i--) {
                b.addProject(projects.next(random, size));
            }
            for (Office office : NetworkGens.directories().next(random, size).offices()) {
                b.addOffice(office);
            }
            return b.build();
        };
    }

    /**
     * The budget with one flaw of the kind real documents have: a line whose stated amount is not its
     * unit cost × factors, a subtotal or total that does not add up, words of another amount or
     * without ถ้วน, allocations that do not add up, share a network twice or leave one out, funding
     * sources or planned disbursements that do not add up, or a snack rate above its ceiling.
     */
    private static Budget roughened(Budget budget, FiscalYear year, List<String> networkIds, RandomGenerator random) {
        Baht total = budget.writtenAmount();
        Baht more = total.plus(Baht.ofBaht(1));
        Budget.Builder b = Budget.builder().from(budget);
        BudgetActivity first = budget.activities().get(0);
        switch (random.nextInt(9)) {
            case 0 -> {
                BudgetActivity.Builder a = BudgetActivity.builder().from(first);
                BudgetLine line = first.lines().get(0);
                if (line.isLumpSum()) {
                    a.statedSubtotal(first.writtenLineSum().plus(Baht.ofBaht(1)));
                } else {
                    List<BudgetLine> lines = new ArrayList<>(first.lines());
                    lines.set(
                            0,
                            BudgetLine.builder()
                                    .from(line)
                                    .statedAmount(
                                            line.computedAmount().orElseThrow().plus(Baht.ofBaht(1)))
                                    .build());
                    a.lines(lines);
                }
                List<BudgetActivity> activities = new ArrayList<>(budget.activities());
                activities.set(0, a.build());
                b.activities(activities);
            }
            case 1 -> b.statedTotal(more);
            case 2 -> b.amountInWords(BahtText.format(more));
            case 3 -> {
                String words = BahtText.format(total);
                b.amountInWords(words.endsWith("ถ้วน") ? words.substring(0, words.length() - 4) : words);
            }
            case 4 -> {
                if (networkIds.isEmpty()) {
                    b.addAllocation(BudgetAllocation.builder()
                            .total(more)
                            .addShare(AllocationShare.builder()
                                    .name("โรงเรียน")
                                    .amount(total)
                                    .build())
                            .build());
                } else {
                    String id = networkIds.get(random.nextInt(networkIds.size()));
                    b.allocations(List.of(BudgetAllocation.builder()
                            .total(total)
                            .addShare(AllocationShare.ofNetwork(id, total))
                            .addShare(AllocationShare.ofNetwork(id, Baht.ZERO))
                            .build()));
                }
            }
            case 5 ->
                b.addFundingSource(BudgetSource.builder()
                        .kind(BudgetSourceKind.OTHER)
                        .amount(more)
                        .build());
            case 6 -> b.plannedDisbursements(java.util.Map.of(year.month(1), more));
            default -> {
                BudgetActivity.Builder a = BudgetActivity.builder()
                        .from(first)
                        .addLine(BudgetLine.builder()
                                .item("ค่าอาหารว่างและเครื่องดื่ม")
                                .unitCost(Baht.ofBaht(random.nextBoolean() ? 50 : 35))
                                .addFactor(QuantityFactor.of(20, "คน"))
                                .rateKind(
                                        random.nextBoolean() ? RateCeiling.SNACKS_GOVERNMENT_VENUE : "snacksOnTheMoon")
                                .build());
                List<BudgetActivity> activities = new ArrayList<>(budget.activities());
                activities.set(0, a.build());
                b.activities(activities);
            }
        }
        return b.build();
    }

    private static List<String> activityNumbers(Budget budget) {
        return budget.activities().stream()
                .map(BudgetActivity::number)
                .flatMap(java.util.Optional::stream)
                .toList();
    }

    private static Contact contact(RandomGenerator random, int size) {
        Contact.Builder c = Contact.builder().name(TextGens.text().next(random, size));
        if (random.nextBoolean()) {
            c.position(TextGens.text().next(random, size));
        }
        if (random.nextBoolean()) {
            c.phone("02-" + random.nextInt(1_000_000, 9_999_999));
        }
        if (random.nextBoolean()) {
            c.extension(Integer.toString(random.nextInt(100, 9999)));
        }
        return c.build();
    }

    /** A period in days or months around the fiscal year, sometimes running outside it. */
    private static ProjectPeriod period(RandomGenerator random, FiscalYear year) {
        LocalDate start = random.nextDouble() < Gen.EDGE_CASE_RATE
                ? year.start()
                : year.start().plusDays(random.nextInt(-60, 400));
        LocalDate end = random.nextDouble() < Gen.EDGE_CASE_RATE ? year.end() : start.plusDays(random.nextInt(0, 500));
        if (end.isBefore(start)) {
            end = start;
        }
        return random.nextBoolean()
                ? ProjectPeriod.of(start, end)
                : ProjectPeriod.ofMonths(YearMonth.from(start), YearMonth.from(end));
    }
}
