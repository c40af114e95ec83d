package io.github.krongkan.testkit;

import io.github.krongkan.budget.AllocationShare;
import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetAllocation;
import io.github.krongkan.budget.BudgetCategory;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.budget.BudgetSource;
import io.github.krongkan.budget.BudgetSourceKind;
import io.github.krongkan.budget.QuantityFactor;
import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.money.Baht;
import io.github.krongkan.money.BahtText;
import io.github.krongkan.network.Network;
import io.github.krongkan.network.NetworkDirectory;
import io.github.krongkan.network.Office;
import io.github.krongkan.network.OfficeKind;
import io.github.krongkan.network.School;
import io.github.krongkan.project.Objective;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectPeriod;
import io.github.krongkan.project.ProjectStatus;
import io.github.krongkan.project.Target;
import io.github.krongkan.risk.RiskMatrix;
import io.github.krongkan.time.FiscalYear;
import io.github.krongkan.time.ThaiDateStyle;
import io.github.krongkan.time.ThaiDates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A deterministic portfolio of a country's school networks, for load tests and benchmarks: a
 * directory of {@value #OFFICES} offices, each with {@value #NETWORKS_PER_OFFICE} networks of
 * {@value #SCHOOLS_PER_NETWORK} schools (30,000 schools in 3,000 networks), and as many projects as
 * asked for ({@value #PROJECTS} at national size).
 *
 * <p>Every project belongs to one network of the directory (listed, without its schools, which the
 * directory has, as the project's only network), runs in fiscal year 2569 and has a budget of {@value #BUDGET_LINES}
 * lines in three activities with a stated total, the total in Thai words and an allocation to its
 * network, {@value #PROGRESS_REPORTS} monthly progress reports with cumulative progress and
 * disbursement, {@value #RISKS} risks ({@link RiskGens}) and {@value #INDICATORS} indicators
 * ({@link IndicatorGens}). About one project in twenty carries a budget line whose stated amount
 * does not match its arithmetic, as real documents do, so that checks find something.
 *
 * <p>The same seed always gives the same directory, and project {@code i} depends only on the seed
 * and {@code i}, so a portfolio can be generated (or regenerated) one project at a time, in any
 * order, in constant memory.
 */
public final class NationalPortfolio {
    /** Offices in the directory. */
    public static final int OFFICES = 250;
    /** Networks of each office. */
    public static final int NETWORKS_PER_OFFICE = 12;
    /** Schools of each network. */
    public static final int SCHOOLS_PER_NETWORK = 10;
    /** Projects of a national-size portfolio. */
    public static final int PROJECTS = 50_000;
    /** Budget lines of each project. */
    public static final int BUDGET_LINES = 10;
    /** Progress reports of each project, one a month. */
    public static final int PROGRESS_REPORTS = 12;
    /** Risks of each project. */
    public static final int RISKS = 3;
    /** Indicators of each project. */
    public static final int INDICATORS = 3;

    private static final FiscalYear YEAR = FiscalYear.ofBuddhistEra(2569);
    private static final String[] ACTIVITIES = {
        "ประชุมปฏิบัติการพัฒนาครูในเครือข่าย", "นิเทศ ติดตาม และประเมินผลการจัดการเรียนรู้",
        "แลกเปลี่ยนเรียนรู้และนำเสนอผลงานของโรงเรียนในเครือข่าย", "จัดทำสื่อและเครื่องมือวัดผล",
    };
    private static final String[] ITEMS = {
        "ค่าอาหารกลางวัน",
        "ค่าอาหารว่างและเครื่องดื่ม",
        "ค่าตอบแทนวิทยากร",
        "ค่าพาหนะ",
        "ค่าถ่ายเอกสาร",
        "ค่าจัดทำเอกสารประกอบการประชุม",
        "ค่าเช่าสถานที่",
        "ค่าเกียรติบัตร",
    };
    private static final String[] UNITS = {"คน", "มื้อ", "วัน", "ชุด", "ชั่วโมง"};

    private final long seed;
    private final NetworkDirectory directory;
    private final List<Network> networks;

    private NationalPortfolio(long seed) {
        this.seed = seed;
        SplittableRandom random = new SplittableRandom(seed);
        Gen<String> names = TextGens.plainText();
        OfficeKind[] kinds = {
            OfficeKind.OBEC_PRIMARY_AREA_OFFICE, OfficeKind.OBEC_SECONDARY_AREA_OFFICE, OfficeKind.BMA_DISTRICT_OFFICE
        };
        List<Office> offices = new ArrayList<>(OFFICES);
        for (int o = 1; o <= OFFICES; o++) {
            String officeId = String.format("o%03d", o);
            Office.Builder office = Office.builder()
                    .id(officeId)
                    .name("สำนักงาน" + names.next(random, 10))
                    .kind(kinds[random.nextInt(kinds.length)]);
            for (int n = 1; n <= NETWORKS_PER_OFFICE; n++) {
                String networkId = String.format("%s-n%02d", officeId, n);
                Network.Builder network = Network.builder()
                        .id(networkId)
                        .officeId(officeId)
                        .number(n)
                        .name("กลุ่มโรงเรียน" + names.next(random, 5));
                for (int s = 1; s <= SCHOOLS_PER_NETWORK; s++) {
                    network.addSchool(School.builder()
                            .id(String.format("%s-s%02d", networkId, s))
                            .name("โรงเรียน" + names.next(random, 5))
                            .enrolment(random.nextInt(40, 2_500))
                            .build());
                }
                network.coordinatorSchoolId(
                        String.format("%s-s%02d", networkId, 1 + random.nextInt(SCHOOLS_PER_NETWORK)));
                office.addNetwork(network.build());
            }
            offices.add(office.build());
        }
        this.directory = NetworkDirectory.of(offices);
        this.networks = directory.networks();
    }

    /**
     * The portfolio of a seed.
     *
     * @param seed the seed; the same seed always gives the same directory and projects
     * @return the portfolio
     */
    public static NationalPortfolio of(long seed) {
        return new NationalPortfolio(seed);
    }

    /**
     * The seed of this portfolio.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * The offices, networks and schools.
     *
     * @return the directory, {@value #OFFICES} offices, 3,000 networks, 30,000 schools
     */
    public NetworkDirectory directory() {
        return directory;
    }

    /**
     * The first projects of the portfolio, generated lazily one at a time.
     *
     * @param count how many, at least 0
     * @return project 0 to {@code count - 1}, in order
     * @throws IllegalArgumentException if the count is negative
     */
    public Stream<Project> projects(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        return IntStream.range(0, count).mapToObj(this::project);
    }

    /**
     * One project of the portfolio; depends only on the seed and the index.
     *
     * @param index the project's index, at least 0
     * @return the project
     * @throws IllegalArgumentException if the index is negative
     */
    public Project project(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative: " + index);
        }
        SplittableRandom random = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (index + 1L)));
        Network network = networks.get(random.nextInt(networks.size()));
        Gen<String> text = TextGens.plainText();
        Project.Builder b = Project.builder()
                .code(String.format("69-%s-%05d", network.id(), index))
                .name("โครงการ" + ACTIVITIES[random.nextInt(ACTIVITIES.length)] + " "
                        + network.name().orElse(network.id()))
                .fiscalYear(YEAR)
                .addResponsibleUnit(
                        directory.office(network.officeId()).map(Office::name).orElse(network.officeId()))
                .rationale(text.next(random, 60))
                .addNetwork(Network.builder()
                        .from(network)
                        .schools(List.of())
                        .coordinatorSchoolId(Optional.empty())
                        .build())
                .plannedPeriod(ProjectPeriod.of(YEAR.start(), YEAR.end()));
        for (int i = 1; i <= 2; i++) {
            b.addObjective(Objective.builder()
                    .number("2." + i)
                    .text("เพื่อ" + text.next(random, 30))
                    .build());
        }
        List<Target> targets = List.of(
                Target.builder()
                        .from(Target.quantitative(
                                "โรงเรียนในเครือข่าย",
                                BigDecimal.valueOf(network.schoolIds().size()),
                                "โรงเรียน"))
                        .number("3.1")
                        .build(),
                Target.builder()
                        .from(Target.qualitative("ครูนำความรู้ไปพัฒนาการจัดการเรียนรู้"))
                        .number("3.2")
                        .build());
        b.addAllTargets(targets);

        Budget budget = budget(random, network);
        b.budget(budget);
        Baht total = budget.writtenAmount();
        b.addAllProgressReports(reports(random, total));
        for (int i = 0; i < RISKS; i++) {
            b.addRisk(RiskGens.risks(RiskMatrix.DEFAULT).next(random, 20));
        }
        List<String> subjects = new ArrayList<>(network.schoolIds());
        subjects.add(network.id());
        Gen<Indicator> indicators = IndicatorGens.indicators(YEAR, targets, subjects);
        for (int i = 0; i < INDICATORS; i++) {
            b.addIndicator(indicators.next(random, 15));
        }
        b.status(ProjectStatus.IN_PROGRESS);
        return b.build();
    }

    private static Budget budget(SplittableRandom random, Network network) {
        Budget.Builder budget =
                Budget.builder().source(BudgetSource.of(BudgetSourceKind.OBEC, "งบพัฒนาคุณภาพการศึกษา"));
        int[] linesPerActivity = {4, 3, 3};
        boolean wrongLine = random.nextInt(20) == 0;
        int wrongAt = random.nextInt(BUDGET_LINES);
        int line = 0;
        Baht total = Baht.ZERO;
        for (int a = 0; a < linesPerActivity.length; a++) {
            BudgetActivity.Builder activity = BudgetActivity.builder()
                    .name("กิจกรรมที่ " + (a + 1) + " " + ACTIVITIES[random.nextInt(ACTIVITIES.length)]);
            Baht subtotal = Baht.ZERO;
            for (int l = 0; l < linesPerActivity[a]; l++, line++) {
                BudgetLine.Builder item = BudgetLine.builder().item(ITEMS[random.nextInt(ITEMS.length)]);
                Baht amount;
                if (random.nextInt(4) == 0) {
                    amount = Baht.ofBaht(100L * random.nextInt(5, 300));
                    item.category(BudgetCategory.MATERIALS);
                } else {
                    Baht unit = Baht.ofBaht(5L * random.nextInt(5, 120));
                    long people = random.nextInt(10, 120);
                    long times = random.nextInt(1, 4);
                    item.unitCost(unit)
                            .category(BudgetCategory.EXPENSES)
                            .addFactor(QuantityFactor.of(people, UNITS[0]))
                            .addFactor(QuantityFactor.of(times, UNITS[1 + random.nextInt(UNITS.length - 1)]));
                    amount = unit.times(people * times);
                }
                Baht stated = wrongLine && line == wrongAt ? amount.plus(Baht.ofBaht(100)) : amount;
                item.statedAmount(stated);
                subtotal = subtotal.plus(stated);
                activity.addLine(item.build());
            }
            total = total.plus(subtotal);
            budget.addActivity(activity.statedSubtotal(subtotal).build());
        }
        return budget.statedTotal(total)
                .amountInWords(BahtText.format(total))
                .addAllocation(BudgetAllocation.builder()
                        .description("จัดสรรให้" + network.name().orElse(network.id()))
                        .total(total)
                        .addShare(AllocationShare.ofNetwork(network.id(), total))
                        .build())
                .build();
    }

    private static List<ProgressReport> reports(SplittableRandom random, Baht total) {
        List<ProgressReport> reports = new ArrayList<>(PROGRESS_REPORTS);
        long satang = total.satang();
        int progress = 0;
        long disbursed = 0;
        for (int m = 0; m < PROGRESS_REPORTS; m++) {
            LocalDate date = YEAR.start().plusMonths(m).withDayOfMonth(25);
            progress = Math.min(100, progress + random.nextInt(5, 14));
            disbursed = Math.min(satang, disbursed + satang / 100 * random.nextInt(4, 12));
            if (m == PROGRESS_REPORTS - 1) {
                progress = 100;
                disbursed = satang;
            }
            reports.add(ProgressReport.builder()
                    .number(Integer.toString(m + 1))
                    .date(date)
                    .dateAsWritten(ThaiDates.format(date, ThaiDateStyle.NUMERIC))
                    .progress(BigDecimal.valueOf(progress))
                    .disbursed(Baht.ofSatang(disbursed))
                    .onPlan(true)
                    .onTarget(random.nextInt(10) > 0)
                    .narrative(random.nextBoolean() ? "ดำเนินการตามแผน" : "อยู่ระหว่างดำเนินกิจกรรมที่ " + (1 + m / 4))
                    .build());
        }
        return reports;
    }
}
