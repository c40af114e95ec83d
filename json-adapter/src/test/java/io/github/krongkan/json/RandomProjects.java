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
import io.github.krongkan.budget.NetworkMoney;
import io.github.krongkan.budget.QuantityFactor;
import io.github.krongkan.budget.RateCeiling;
import io.github.krongkan.indicator.Instrument;
import io.github.krongkan.money.Baht;
import io.github.krongkan.network.Network;
import io.github.krongkan.network.Office;
import io.github.krongkan.network.OfficeKind;
import io.github.krongkan.network.School;
import io.github.krongkan.network.SizeClass;
import io.github.krongkan.network.SizeScheme;
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
import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.IndicatorGens;
import io.github.krongkan.testkit.RiskGens;
import io.github.krongkan.text.ThaiDigits;
import io.github.krongkan.time.FiscalMonth;
import io.github.krongkan.time.FiscalYear;
import io.github.krongkan.time.ThaiDateStyle;
import io.github.krongkan.time.ThaiDates;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Random projects covering every field of the format, as testkit generators ({@link #gen()},
 * {@link #portfolios()}): every value is drawn from the source the runner hands
 * over, so a failing round trip shrinks. Risk matrices, risks and indicators come from the testkit's
 * generators ({@link RiskGens}, {@link IndicatorGens}).
 */
final class RandomProjects {
    private static final String[] WORDS = {
        "พัฒนาคุณภาพ",
        "เครือข่ายโรงเรียน",
        "สำนักงานเขตบางเขน",
        "ฝ่ายการศึกษา",
        "ครูดีเด่น",
        "นิเทศ",
        "ประกันคุณภาพ",
        "network",
        "quality",
        "\"quoted\"",
        "back\\slash",
        "tab\there",
        "line\nbreak",
        "๙๐,๐๐๐",
        "emoji 🏫",
        "ก่อนหน้า",
        "น้ำ",
        "ำ",
        "ฯลฯ",
        "A/B",
        // Odd forms, kept as written: tone mark before the lower vowel, decomposed sara am, a lone
        // tone mark, NFD Latin, zero-width and no-break spaces, a byte order mark, NUL, a line
        // separator, mathematical letters outside the BMP, Thai digits with the baht sign.
        "ก\u0E48\u0E38ม",
        "น\u0E49\u0E4D\u0E32",
        "\u0E48",
        "e\u0301",
        "ครู\u200Bดี",
        "\u00A0",
        "\uFEFFbom",
        "nul\u0000",
        "ls\u2028ps\u2029",
        "\uD835\uDD4F",
        "\u0E3F๙๐",
        "\u007F",
        "</script>"
    };

    private static final int SIZE = 60;

    private final RandomGenerator random;
    /** The network ids of the project being made, for the money that names a network. */
    private List<String> networkIds = new ArrayList<>();

    /** Projects, portfolios and texts drawn from {@code random} (the runner's recorded source). */
    RandomProjects(RandomGenerator random) {
        this.random = random;
    }

    /** Random projects covering every field of the format. */
    static Gen<Project> gen() {
        return (random, size) -> new RandomProjects(random).next();
    }

    /** Random portfolios: a few projects and a directory of offices with unique network and school ids. */
    static Gen<Portfolio> portfolios() {
        return (random, size) -> new RandomProjects(random).portfolio();
    }

    Project next() {
        FiscalYear year = FiscalYear.ofBuddhistEra(2485 + random.nextInt(514));
        Project.Builder b = Project.builder().name(text()).fiscalYear(year);
        String agency = String.format("%08d", random.nextInt(100_000_000));
        if (random.nextBoolean()) {
            b.code(agency + String.format("-%04d", random.nextInt(10_000)));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            b.addResponsibleUnit(text());
        }
        if (random.nextBoolean()) {
            b.owner(contact());
        }
        if (random.nextBoolean()) {
            b.coordinator(contact());
        }
        if (random.nextBoolean()) {
            b.rationale(text());
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            Objective.Builder o = Objective.builder().text(text());
            if (random.nextBoolean()) {
                o.number("2." + i);
            }
            b.addObjective(o.build());
        }
        List<Target> targets = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            targets.add(target());
        }
        b.addAllTargets(targets);
        List<String> subjects = new ArrayList<>();
        int namedSchools = 0;
        networkIds = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            Network network = network(i);
            b.addNetwork(network);
            networkIds.add(network.id());
            subjects.add(network.id());
            subjects.addAll(network.schoolIds());
            namedSchools += network.schools().size();
        }
        facts(b, agency, namedSchools);
        if (random.nextBoolean()) {
            ProjectNature.Builder n =
                    ProjectNature.builder().continuing(random.nextBoolean()).routineMission(random.nextBoolean());
            if (random.nextBoolean()) {
                n.format(text());
            }
            b.nature(n.build());
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            StrategicAlignment.Builder a = StrategicAlignment.builder().plan(text());
            if (random.nextInt(3) == 0) {
                alignmentLevels(a);
            } else {
                if (random.nextBoolean()) {
                    a.code(random.nextInt(1, 10) + "." + random.nextInt(1, 10) + "." + random.nextInt(1, 10));
                }
                for (int j = random.nextInt(3); j > 0; j--) {
                    a.addLabel(text());
                }
            }
            b.addAlignment(a.build());
        }
        if (random.nextBoolean()) {
            b.plannedPeriod(period(year));
        }
        if (random.nextBoolean()) {
            b.actualPeriod(period(year));
        }
        if (random.nextBoolean()) {
            b.actionPlan(actionPlan(year));
        }
        for (int i = random.nextInt(5); i > 0; i--) {
            b.addProgressReport(progressReport(year));
        }
        if (random.nextBoolean()) {
            b.location(text());
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            b.addExpectedBenefit(text());
        }
        if (random.nextBoolean()) {
            b.monitoring(text());
        }
        RiskMatrix matrix = RiskMatrix.DEFAULT;
        if (random.nextBoolean()) {
            matrix = RiskGens.matrices().next(random, SIZE);
            b.riskMatrix(matrix);
        }
        b.addAllRisks(RiskGens.risks(matrix).list(6).next(random, SIZE));
        b.addAllIndicators(
                IndicatorGens.indicators(year, targets, subjects).list(4).next(random, SIZE));
        ProjectStatus[] statuses = ProjectStatus.values();
        b.status(statuses[random.nextInt(statuses.length)]);
        for (int i = random.nextInt(3); i > 0; i--) {
            Approval.Builder a = Approval.builder()
                    .role(ApprovalRole.values()[random.nextInt(ApprovalRole.values().length)])
                    .name(text());
            if (random.nextBoolean()) {
                a.position(text());
            }
            if (random.nextBoolean()) {
                a.date(year.start().plusDays(random.nextInt(365)));
            }
            b.addApproval(a.build());
        }
        if (random.nextBoolean()) {
            b.budget(budget(year));
            int round = 0;
            for (int i = random.nextInt(3); i > 0; i--) {
                round += random.nextInt(1, 3);
                BudgetRevision.Builder r = BudgetRevision.builder().round(round).budget(budget(year));
                if (random.nextBoolean()) {
                    r.reason(text());
                }
                if (random.nextBoolean()) {
                    r.date(year.start().plusDays(random.nextInt(365)));
                }
                b.addBudgetRevision(r.build());
            }
        }
        if (random.nextBoolean()) {
            b.ledger(ledger(year));
        }
        monitoringCloseOutAndCertifications(b, year);
        for (int i = random.nextInt(2); i > 0; i--) {
            b.addNote(text());
        }
        return b.build();
    }

    /** Monitoring items, a close-out with results and evidence, and certifications of the record. */
    private void monitoringCloseOutAndCertifications(Project.Builder b, FiscalYear year) {
        for (int i = random.nextInt(3); i > 0; i--) {
            MonitoringItem.Builder m = MonitoringItem.builder()
                    .kind(MonitoringKind.values()[random.nextInt(MonitoringKind.values().length)])
                    .method(text());
            if (random.nextBoolean()) {
                m.number("10." + i);
            }
            if (random.nextBoolean()) {
                m.subject(text());
            }
            for (int j = random.nextInt(3); j > 0; j--) {
                m.addIndicatorNumber("ผลผลิต " + j);
            }
            if (random.nextBoolean()) {
                m.instrument(Instrument.values()[random.nextInt(Instrument.values().length)]);
            }
            if (random.nextBoolean()) {
                m.instrumentText(text());
            }
            if (random.nextBoolean()) {
                m.timeframe(text());
            }
            if (random.nextBoolean()) {
                m.evaluator(text());
            }
            b.addMonitoringItem(m.build());
        }
        if (random.nextBoolean()) {
            CloseOut.Builder c = CloseOut.builder();
            if (random.nextBoolean()) {
                c.date(year.end().minusDays(random.nextInt(60)));
            }
            for (int i = random.nextInt(4); i > 0; i--) {
                CloseOutResult.Builder r = CloseOutResult.builder().text(text());
                if (random.nextBoolean()) {
                    r.kind(TargetKind.values()[random.nextInt(TargetKind.values().length)]);
                }
                if (random.nextBoolean()) {
                    r.number(Integer.toString(i));
                }
                if (random.nextBoolean()) {
                    r.objectiveNumber("2." + i);
                }
                if (random.nextBoolean()) {
                    r.indicatorNumber("ผลผลิต " + i);
                }
                c.addResult(r.build());
            }
            for (int i = random.nextInt(3); i > 0; i--) {
                c.addProblem(text());
            }
            for (int i = random.nextInt(3); i > 0; i--) {
                c.addSuggestion(text());
            }
            for (int i = random.nextInt(2); i > 0; i--) {
                c.addLesson(text());
            }
            for (int i = random.nextInt(3); i > 0; i--) {
                Evidence.Builder e = Evidence.builder()
                        .kind(EvidenceKind.values()[random.nextInt(EvidenceKind.values().length)])
                        .title(text());
                if (random.nextBoolean()) {
                    e.date(year.start().plusDays(random.nextInt(365)));
                }
                if (random.nextBoolean()) {
                    e.uri(URI.create(
                            random.nextBoolean()
                                    ? "https://example.org/evidence/" + random.nextInt(1000) + ".jpg"
                                    : "photos/%E0%B8%A0%E0%B8%B2%E0%B8%9E-" + i + ".jpg"));
                }
                if (random.nextBoolean()) {
                    StringBuilder digest = new StringBuilder(64);
                    for (int j = 0; j < 64; j++) {
                        digest.append(Character.forDigit(random.nextInt(16), 16));
                    }
                    e.sha256(digest.toString());
                }
                if (random.nextBoolean()) {
                    e.description(text());
                }
                c.addEvidence(e.build());
            }
            b.closeOut(c.build());
        }
        for (int i = random.nextInt(2); i > 0; i--) {
            Certification.Builder c = Certification.builder().statement(text());
            if (random.nextBoolean()) {
                c.name(text());
            }
            if (random.nextBoolean()) {
                c.signedAs(text());
            }
            if (random.nextBoolean()) {
                c.position(text());
            }
            if (random.nextBoolean()) {
                c.date(year.start().plusDays(random.nextInt(365)));
            }
            b.addCertification(c.build());
        }
    }

    private static final String[] UNITS = {"คน", "มื้อ", "วัน", "ชุด", "โล่", "กลุ่ม"};

    private Baht money(long maxBaht) {
        return Baht.ofSatang(random.nextLong(0, maxBaht * 100 + 1));
    }

    private Budget budget(FiscalYear year) {
        Budget.Builder b = Budget.builder();
        if (random.nextBoolean()) {
            BudgetSource.Builder s = BudgetSource.builder()
                    .kind(BudgetSourceKind.values()[random.nextInt(BudgetSourceKind.values().length)]);
            if (random.nextBoolean()) {
                s.text(text());
            }
            b.source(s.build());
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            BudgetActivity.Builder a = BudgetActivity.builder().name(text());
            if (random.nextBoolean()) {
                a.targetGroup(text());
            }
            if (random.nextBoolean()) {
                a.number(Integer.toString(i));
            }
            for (int j = random.nextInt(4); j > 0; j--) {
                a.addLine(line());
            }
            if (random.nextBoolean()) {
                a.statedSubtotal(money(1_000_000));
            }
            b.addActivity(a.build());
        }
        if (random.nextBoolean()) {
            b.statedTotal(money(10_000_000));
        }
        if (random.nextBoolean()) {
            b.amountInWords(random.nextBoolean() ? "(เก้าหมื่นบาทถ้วน)" : text());
        }
        if (random.nextBoolean()) {
            b.receivedAmount(money(10_000_000));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            BudgetAllocation.Builder a = BudgetAllocation.builder().total(money(1_000_000));
            if (random.nextBoolean()) {
                a.description(text());
            }
            for (int j = random.nextInt(1, 4); j > 0; j--) {
                AllocationShare.Builder s = AllocationShare.builder().amount(money(100_000));
                String[] recipient = recipient();
                if (recipient[0] != null) {
                    s.networkId(recipient[0]);
                }
                if (recipient[1] != null) {
                    s.name(recipient[1]);
                }
                a.addShare(s.build());
            }
            b.addAllocation(a.build());
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            b.putPlannedDisbursement(year.month(random.nextInt(1, 13)), money(100_000));
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            BudgetSource.Builder s = BudgetSource.builder()
                    .kind(BudgetSourceKind.values()[random.nextInt(BudgetSourceKind.values().length)]);
            if (random.nextBoolean()) {
                s.text(text());
            }
            if (random.nextBoolean()) {
                s.amount(money(1_000_000));
            }
            if (random.nextBoolean()) {
                s.fiscalYear(random.nextBoolean() || year.equals(FiscalYear.MAX) ? year : year.plusYears(1));
            }
            b.addFundingSource(s.build());
        }
        return b.build();
    }

    private BudgetLine line() {
        BudgetLine.Builder l = BudgetLine.builder();
        if (random.nextBoolean()) {
            l.item(text());
        }
        if (random.nextBoolean()) {
            l.category(BudgetCategory.values()[random.nextInt(BudgetCategory.values().length)]);
        }
        boolean lumpSum = random.nextInt(4) == 0;
        if (lumpSum) {
            l.statedAmount(money(1_000_000));
        } else {
            l.unitCost(money(100_000));
            for (int i = random.nextInt(4); i > 0; i--) {
                l.addFactor(QuantityFactor.of(
                        BigDecimal.valueOf(random.nextLong(0, 1_000), scale()), UNITS[random.nextInt(UNITS.length)]));
            }
            if (random.nextBoolean()) {
                l.statedAmount(money(1_000_000));
            }
        }
        if (random.nextBoolean()) {
            l.legalReference(text());
        }
        if (random.nextBoolean()) {
            l.rateKind(random.nextBoolean() ? RateCeiling.SNACKS_GOVERNMENT_VENUE : "lunch.v2");
        }
        return l.build();
    }

    private Ledger ledger(FiscalYear year) {
        Ledger.Builder b = Ledger.builder().received(money(10_000_000));
        for (int i = random.nextInt(5); i > 0; i--) {
            LedgerEntry.Builder e = LedgerEntry.builder()
                    .kind(LedgerEntryKind.values()[random.nextInt(LedgerEntryKind.values().length)])
                    .amount(Baht.ofSatang(random.nextLong(1, 100_000_000)));
            if (random.nextBoolean()) {
                e.date(year.start().plusDays(random.nextInt(365)));
            }
            if (random.nextBoolean()) {
                e.instalment(random.nextInt(1, 13));
            }
            if (random.nextBoolean()) {
                e.note(text());
            }
            if (random.nextBoolean()) {
                String[] recipient = recipient();
                if (recipient[0] != null) {
                    e.networkId(recipient[0]);
                }
                if (recipient[1] != null) {
                    e.party(recipient[1]);
                }
            }
            b.addEntry(e.build());
        }
        if (random.nextBoolean()) {
            b.remaining(Baht.ofSatang(random.nextLong(-1_000_000, 1_000_000_000)));
        }
        return b.build();
    }

    /** A portfolio of a few projects and a directory of offices with unique network and school ids. */
    Portfolio portfolio() {
        Portfolio.Builder b = Portfolio.builder();
        for (int i = random.nextInt(4); i > 0; i--) {
            b.addProject(next());
        }
        for (int count = random.nextInt(3); count > 0; count--) {
            String o = Integer.toString(count);
            Office.Builder office = Office.builder()
                    .id("office-" + o)
                    .name(text())
                    .kind(OfficeKind.values()[random.nextInt(OfficeKind.values().length)]);
            for (int n = random.nextInt(3); n > 0; n--) {
                Network network = network(n);
                office.addNetwork(Network.builder()
                        .from(network)
                        .id("o" + o + "-" + network.id())
                        .officeId("office-" + o)
                        .schools(network.schools().stream()
                                .map(s -> School.builder()
                                        .from(s)
                                        .id("o" + o + "-" + s.id())
                                        .build())
                                .toList())
                        .coordinatorSchoolId(network.coordinatorSchoolId().map(id -> "o" + o + "-" + id))
                        .build());
            }
            b.addOffice(office.build());
        }
        return b.build();
    }

    private ActionPlan actionPlan(FiscalYear year) {
        boolean weighted = random.nextBoolean();
        ActionPlan.Builder plan = ActionPlan.builder();
        for (int i = random.nextInt(5); i > 0; i--) {
            ActionStep.Builder step = ActionStep.builder().description(text());
            if (random.nextBoolean()) {
                step.number(Integer.toString(i));
            }
            step.addAllPlannedMonths(months(year));
            step.addAllActualMonths(months(year));
            for (int j = random.nextInt(3); j > 0; j--) {
                step.addResponsible(text());
            }
            if (weighted) {
                step.weight(BigDecimal.valueOf(random.nextInt(1, 1000), scale()));
            }
            if (random.nextBoolean()) {
                step.activityNumber(Integer.toString(random.nextInt(1, 5)));
            }
            for (int j = random.nextInt(3); j > 0; j--) {
                step.addIndicatorNumbers("10." + random.nextInt(1, 4));
            }
            plan.addStep(step.build());
        }
        return plan.build();
    }

    private ProgressReport progressReport(FiscalYear year) {
        LocalDate date = year.start().plusDays(random.nextInt(-40, 400));
        ProgressReport.Builder r = ProgressReport.builder()
                .date(date)
                .progress(BigDecimal.valueOf(random.nextLong(-2_000, 13_000), scale()));
        if (random.nextBoolean()) {
            r.number(random.nextBoolean() ? Integer.toString(random.nextInt(1, 13)) : "๑" + random.nextInt(10));
        }
        switch (random.nextInt(4)) {
            case 0:
                // Thai styles exist for the days of the supported fiscal years only.
                boolean thai = !date.isBefore(ThaiDates.MIN_DATE) && !date.isAfter(ThaiDates.MAX_DATE);
                r.dateAsWritten(
                        thai
                                ? ThaiDates.format(
                                        date, ThaiDateStyle.values()[random.nextInt(ThaiDateStyle.values().length)])
                                : date.toString());
                break;
            case 1:
                r.dateAsWritten(date.getMonthValue() + "/" + date.getDayOfMonth() + "/" + date.getYear());
                break;
            case 2:
                r.dateAsWritten(text());
                break;
            default:
                break;
        }
        if (random.nextBoolean()) {
            r.disbursed(Baht.ofSatang(random.nextLong(0, 100_000_000_00L)));
        }
        if (random.nextBoolean()) {
            r.onPlan(random.nextBoolean());
        }
        if (random.nextBoolean()) {
            r.onTarget(random.nextBoolean());
        }
        if (random.nextBoolean()) {
            r.narrative(text());
        }
        if (random.nextBoolean()) {
            r.problems(random.nextBoolean() ? "-" : text());
        }
        if (random.nextBoolean()) {
            r.obstacles(random.nextBoolean() ? "ไม่มี" : text());
        }
        java.util.Set<String> named = new java.util.HashSet<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            String[] recipient = recipient();
            String key = recipient[0] != null ? "id:" + recipient[0] : "name:" + recipient[1];
            if (!named.add(key)) {
                continue;
            }
            NetworkMoney.Builder m = NetworkMoney.builder();
            if (recipient[0] != null) {
                m.networkId(recipient[0]);
            }
            if (recipient[1] != null) {
                m.party(recipient[1]);
            }
            if (random.nextBoolean()) {
                m.disbursed(money(100_000));
            }
            if (random.nextBoolean()) {
                m.returned(money(100_000));
                if (random.nextBoolean()) {
                    m.returnDate(date.plusDays(random.nextInt(-30, 1)));
                }
                if (random.nextBoolean()) {
                    m.reason(text());
                }
            }
            if (random.nextBoolean()) {
                m.note(text());
            }
            try {
                r.addNetworkMoney(m.build());
            } catch (IllegalArgumentException nothingToSay) {
                r.addNetworkMoney(m.note(text()).build());
            }
        }
        if (random.nextInt(4) == 0) {
            r.statusChange(ProjectStatus.values()[random.nextInt(ProjectStatus.values().length)]);
        }
        return r.build();
    }

    private java.util.SortedSet<FiscalMonth> months(FiscalYear year) {
        java.util.SortedSet<FiscalMonth> months = new java.util.TreeSet<>();
        int span = year.equals(FiscalYear.MAX) ? 12 : 18; // no months beyond the last supported fiscal year
        for (int k = random.nextInt(4); k > 0; k--) {
            months.add(year.month(1).plusMonths(random.nextInt(span)));
        }
        return months;
    }

    /** Target groups, the school count, the agency code and co-owners (the project's counted facts). */
    private void facts(Project.Builder b, String agency, int namedSchools) {
        for (int i = random.nextInt(3); i > 0; i--) {
            b.addTargetGroup(
                    random.nextBoolean()
                            ? TargetGroup.of(text())
                            : TargetGroup.of(
                                    text(),
                                    BigDecimal.valueOf(random.nextLong(0, 10_000), scale()),
                                    UNITS[random.nextInt(UNITS.length)]));
        }
        if (random.nextBoolean()) {
            b.schoolCount(namedSchools + random.nextInt(100));
        }
        if (random.nextBoolean()) {
            b.agencyCode(agency);
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            b.addCoOwner(text());
        }
    }

    private void alignmentLevels(StrategicAlignment.Builder a) {
        String[] names = {"ประเด็นยุทธศาสตร์", "ประเด็นยุทธศาสตร์ย่อย", "เป้าหมาย", "ตัวชี้วัด"};
        String code = "";
        for (int j = 0; j < random.nextInt(1, 5); j++) {
            code = code.isEmpty() ? Integer.toString(random.nextInt(1, 10)) : code + "." + random.nextInt(1, 10);
            AlignmentLevel.Builder level = AlignmentLevel.builder();
            if (random.nextBoolean()) {
                level.name(names[j]);
            }
            boolean coded = random.nextBoolean();
            if (coded) {
                level.code(random.nextBoolean() ? code : ThaiDigits.toThai(code));
            }
            if (!coded || random.nextBoolean()) {
                level.label(text());
            }
            a.addLevel(level.build());
        }
        if (random.nextBoolean()) {
            a.planId("plan-" + random.nextInt(100));
        }
    }

    private Target target() {
        Target t;
        if (random.nextBoolean()) {
            BigDecimal quantity = BigDecimal.valueOf(random.nextLong(0, 1_000_000), scale());
            t = Target.quantitative(text(), quantity, random.nextBoolean() ? "โรงเรียน" : "คน");
            if (random.nextInt(3) == 0) {
                Target.Builder several = Target.builder().from(t);
                for (int i = random.nextInt(1, 3); i > 0; i--) {
                    several.addQuantities(TargetQuantity.of(
                            BigDecimal.valueOf(random.nextLong(0, 1_000), scale()),
                            UNITS[random.nextInt(UNITS.length)]));
                }
                t = several.build();
            }
        } else {
            t = Target.qualitative(text());
        }
        if (random.nextBoolean()) {
            t = Target.builder()
                    .from(t)
                    .objectiveNumber("2." + random.nextInt(1, 4))
                    .build();
        }
        return random.nextBoolean()
                ? Target.builder().from(t).number("3." + random.nextInt(1, 5)).build()
                : t;
    }

    private Network network(int index) {
        Network.Builder n = Network.builder().id("net-" + index).officeId("office-" + random.nextInt(3));
        if (random.nextBoolean()) {
            n.number(random.nextInt(1, 100));
        }
        if (random.nextBoolean()) {
            n.name(text());
        }
        int schools = random.nextInt(4);
        for (int i = 0; i < schools; i++) {
            School.Builder s = School.builder().id("school-" + index + "-" + i).name(text());
            if (random.nextBoolean()) {
                s.enrolment(random.nextInt(0, 3000));
            }
            if (random.nextBoolean()) {
                List<SizeClass> classes = SizeScheme.OBEC_PRIMARY_4.classes();
                s.statedSizeClass(classes.get(random.nextInt(classes.size())));
            }
            n.addSchool(s.build());
        }
        if (schools > 0 && random.nextBoolean()) {
            n.coordinatorSchoolId("school-" + index + "-0");
        }
        if (random.nextBoolean()) {
            n.schoolCount(schools + random.nextInt(10));
        }
        return n.build();
    }

    private Contact contact() {
        Contact.Builder c = Contact.builder().name(text());
        if (random.nextBoolean()) {
            c.position(text());
        }
        if (random.nextBoolean()) {
            c.phone("02-" + random.nextInt(1_000_000, 9_999_999));
        }
        if (random.nextBoolean()) {
            c.extension(Integer.toString(random.nextInt(100, 9999)));
        }
        return c.build();
    }

    private ProjectPeriod period(FiscalYear year) {
        LocalDate start = year.start().plusDays(random.nextInt(-60, 400));
        LocalDate end = start.plusDays(random.nextInt(0, 500));
        return random.nextBoolean()
                ? ProjectPeriod.of(start, end)
                : ProjectPeriod.ofMonths(YearMonth.from(start), YearMonth.from(end));
    }

    /** Mostly 0 to 2 decimals as documents write them; now and then up to 20, trailing zeros kept. */
    private int scale() {
        return random.nextInt(5) > 0 ? random.nextInt(0, 3) : random.nextInt(3, 21);
    }

    /**
     * Who money belongs to: a network id of the project being made (or null), a name (or null),
     * never both null.
     */
    private String[] recipient() {
        int which = networkIds.isEmpty() ? 1 : random.nextInt(3);
        String id = which != 1 ? networkIds.get(random.nextInt(networkIds.size())) : null;
        String name = which != 0 ? text() : null;
        return new String[] {id, name};
    }

    String text() {
        StringBuilder s = new StringBuilder(WORDS[random.nextInt(WORDS.length)]);
        for (int i = random.nextInt(4); i > 0; i--) {
            s.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }
}
