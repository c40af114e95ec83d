package io.github.krongkan.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.ClassSanityTester;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetRevision;
import io.github.krongkan.budget.DisbursementTargets;
import io.github.krongkan.budget.Ledger;
import io.github.krongkan.budget.LedgerEntry;
import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.money.Baht;
import io.github.krongkan.money.BahtText;
import io.github.krongkan.network.Network;
import io.github.krongkan.network.NetworkDirectory;
import io.github.krongkan.network.Office;
import io.github.krongkan.network.OfficeKind;
import io.github.krongkan.network.School;
import io.github.krongkan.network.SizeClass;
import io.github.krongkan.network.SizeScheme;
import io.github.krongkan.progress.ProgressSeeds;
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
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectNature;
import io.github.krongkan.project.StrategicAlignment;
import io.github.krongkan.project.Target;
import io.github.krongkan.project.TargetGroup;
import io.github.krongkan.project.TargetKind;
import io.github.krongkan.risk.Risk;
import io.github.krongkan.risk.StatedRiskLevel;
import io.github.krongkan.rubric.Assessment;
import io.github.krongkan.rubric.Criterion;
import io.github.krongkan.rubric.CriterionLevel;
import io.github.krongkan.rubric.QualityScale;
import io.github.krongkan.rubric.Rubric;
import io.github.krongkan.schedule.ActionPlan;
import io.github.krongkan.schedule.ActionStep;
import io.github.krongkan.time.FiscalMonth;
import io.github.krongkan.time.FiscalPeriod;
import io.github.krongkan.time.FiscalQuarter;
import io.github.krongkan.time.FiscalYear;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Guava's testers over every public value type of core: public methods and factories refuse
 * {@code null} with a {@link NullPointerException} ({@link NullPointerTester},
 * {@link ClassSanityTester}), and {@code equals}/{@code hashCode} keep their contract
 * ({@link EqualsTester}).
 *
 * <p>The value types are found in core's compiled classes (a public class of a model package that
 * is an Immutables value, a record or declares {@code equals}), so a new type is covered without
 * being listed here. Sample instances are gathered by walking the seed projects, the findings of
 * the standard check over them, core's constants and a few hand-built values, through every public
 * accessor.
 */
class ValueTypeSanityTest {
    private static final List<String> PACKAGES = List.of(
            "money",
            "time",
            "network",
            "risk",
            "budget",
            "schedule",
            "indicator",
            "rubric",
            "project",
            "check",
            "lifecycle");

    /**
     * Value types without a sample instance: only their public static methods are tested. Empty:
     * the seeds, core's constants and {@link #handBuilt()} reach every type. A new value type must
     * be reachable from them or be listed here with the reason.
     */
    private static final Set<String> WITHOUT_SAMPLES = Set.of();

    /**
     * Types whose static factories parse text or check ranges that ClassSanityTester's generated
     * arguments cannot meet (it calls every factory with them before passing nulls); their null
     * checks are tested by {@link NullPointerTester} with valid samples.
     */
    private static final Set<String> FACTORIES_NEED_VALID_TEXT = Set.of(
            "io.github.krongkan.budget.BudgetAllocation",
            "io.github.krongkan.budget.BudgetLine",
            "io.github.krongkan.budget.LedgerEntry",
            "io.github.krongkan.budget.NetworkMoney",
            "io.github.krongkan.budget.RateCeiling",
            "io.github.krongkan.indicator.Formula",
            "io.github.krongkan.lifecycle.Workflow", // named("bma") or named("obec")
            "io.github.krongkan.money.Baht",
            "io.github.krongkan.network.SizeScheme", // at least one class
            "io.github.krongkan.project.Target", // at least one quantity
            "io.github.krongkan.rubric.Criterion", // a positive weight
            "io.github.krongkan.rubric.QualityScale", // a maximum above the minimum
            "io.github.krongkan.risk.RiskLevel",
            "io.github.krongkan.risk.RiskMatrix",
            "io.github.krongkan.time.FiscalMonth",
            "io.github.krongkan.time.FiscalQuarter",
            "io.github.krongkan.time.FiscalYear");

    /** The value types, by name. */
    private static final Map<String, Class<?>> TYPES = new TreeMap<>();
    /** Distinct sample instances of each value type, as found. */
    private static final Map<Class<?>, List<Object>> SAMPLES = new LinkedHashMap<>();

    @BeforeAll
    static void findTheValueTypesAndTheirSamples() throws ClassNotFoundException {
        for (JavaClass c : new ClassFileImporter()
                .importLocations(Set.of(Location.of(
                        Baht.class.getProtectionDomain().getCodeSource().getLocation())))) {
            if (isValueType(c)) {
                TYPES.put(c.getName(), Class.forName(c.getName()));
            }
        }
        List<Object> roots = new ArrayList<>();
        roots.add(richProject());
        for (Project project : List.of(
                ProgressSeeds.seed001(), ProgressSeeds.seed002(), SeedBudgets.seed003(), SeedBudgets.seed004())) {
            roots.add(project);
            roots.addAll(ProjectCheck.standard().check(project));
        }
        roots.add(FiscalQuarter.of(FiscalYear.ofBuddhistEra(2564), 2));
        // The standard values core ships (RateTables.standard(), SizeScheme.obec(), ...).
        for (Class<?> type : TYPES.values()) {
            for (Method m : type.getMethods()) {
                if (Modifier.isStatic(m.getModifiers())
                        && m.getParameterCount() == 0
                        && !m.getName().equals("builder")
                        && !m.getName().startsWith("now")) {
                    try {
                        roots.add(m.invoke(null));
                    } catch (IllegalAccessException | InvocationTargetException e) {
                        throw new AssertionError(m.toString(), e);
                    }
                }
            }
        }
        // ... and their constants (SizeScheme.OBEC_PRIMARY_4, QualityScale.OBEC_2561, ...).
        for (Class<?> type : TYPES.values()) {
            for (Field f : type.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && type.isAssignableFrom(f.getType())) {
                    try {
                        roots.add(f.get(null));
                    } catch (IllegalAccessException e) {
                        throw new AssertionError(f.toString(), e);
                    }
                }
            }
        }
        roots.addAll(handBuilt());
        harvest(roots);
    }

    @Test
    void everyValueTypeIsCoveredOrKnownNotToBe() {
        assertThat(TYPES).as("value types found").hasSizeGreaterThan(50);
        Set<String> unsampled = new TreeSet<>(TYPES.keySet());
        SAMPLES.keySet().forEach(type -> unsampled.remove(type.getName()));
        assertThat(unsampled)
                .as("value types without a sample instance: only their static methods are tested")
                .isEqualTo(new TreeSet<>(WITHOUT_SAMPLES));
    }

    @TestFactory
    Stream<DynamicTest> publicMethodsRefuseNull() {
        return TYPES.values().stream()
                .map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
                    NullPointerTester tester = defaults(new NullPointerTester());
                    tester.testAllPublicStaticMethods(type);
                    for (Object sample : SAMPLES.getOrDefault(type, List.of())) {
                        tester.testAllPublicInstanceMethods(sample);
                    }
                    Optional<Object> builder = builder(type);
                    if (builder.isPresent()) {
                        tester.testAllPublicInstanceMethods(builder.get());
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> factoriesRefuseNull() {
        return TYPES.values().stream()
                .filter(SAMPLES::containsKey)
                .filter(ValueTypeSanityTest::hasPublicFactory)
                .filter(type -> !FACTORIES_NEED_VALID_TEXT.contains(type.getName()))
                .map(type -> DynamicTest.dynamicTest(type.getName(), () -> {
                    ClassSanityTester tester = new ClassSanityTester()
                            .setDefault(String.class, "ก")
                            .setDefault(YearMonth.class, YearMonth.of(2021, 3))
                            .setDefault(FiscalPeriod.class, FiscalYear.ofBuddhistEra(2564));
                    SAMPLES.forEach((t, samples) -> setDefault(tester, t, samples.get(0)));
                    tester.forAllPublicStaticMethods(type).thatReturn(type).testNulls();
                }));
    }

    @TestFactory
    Stream<DynamicTest> equalsAndHashCodeKeepTheirContract() {
        return TYPES.values().stream()
                .filter(SAMPLES::containsKey)
                .map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
                    EqualsTester tester = new EqualsTester();
                    for (Object sample : SAMPLES.get(type)) {
                        Optional<Object> copy = copy(type, sample);
                        if (copy.isPresent()) {
                            tester.addEqualityGroup(sample, copy.get());
                        } else {
                            tester.addEqualityGroup(sample);
                        }
                    }
                    tester.testEquals();
                }));
    }

    /** A project with the parts the seeds lack: a network directory, people, targets, steps, risks. */
    private static Object richProject() {
        Network network = Network.builder()
                .id("bkk-19")
                .officeId("bkk-khen")
                .number(19)
                .name("เครือข่ายโรงเรียนที่ 19")
                .addSchools(School.of("s1", "โรงเรียนวัดบางเขน", 420), School.of("s2", "โรงเรียนบ้านคลอง", 120))
                .build();
        Office office = Office.of("bkk-khen", "สำนักงานเขตบางเขน", OfficeKind.BMA_DISTRICT_OFFICE, List.of(network));
        FiscalYear year = FiscalYear.ofBuddhistEra(2564);
        Project project = Project.builder()
                .name("พัฒนาคุณภาพเครือข่ายโรงเรียน")
                .fiscalYear(year)
                .addNetworks(network)
                .coordinator(Contact.of("นางสาวสมศรี ใจดี"))
                .addObjectives(Objective.of("1", "เพื่อพัฒนาการอ่าน"), Objective.of("2", "เพื่อพัฒนาการเขียน"))
                .addTargets(Target.builder()
                        .kind(TargetKind.QUANTITATIVE)
                        .text("ครู 40 คน")
                        .quantity(new BigDecimal("40"))
                        .unit("คน")
                        .build())
                .addAlignments(
                        StrategicAlignment.builder().plan("แผนพัฒนาการศึกษา").build(),
                        StrategicAlignment.builder()
                                .plan("แผนพัฒนา กทม. ระยะ 20 ปี")
                                .addLevels(AlignmentLevel.of("ประเด็นยุทธศาสตร์", "7", "การบริหารจัดการเมืองมหานคร"))
                                .build())
                .addTargetGroups(TargetGroup.of("ครู", new BigDecimal("40"), "คน"))
                .addApprovals(Approval.of(ApprovalRole.values()[0], "นายสมชาย ใจกว้าง"))
                .actionPlan(ActionPlan.of(List.of(
                        ActionStep.of("ประชุมชี้แจง", List.of(FiscalMonth.of(year, 1))),
                        ActionStep.of("อบรมครู", List.of(FiscalMonth.of(year, 2), FiscalMonth.of(year, 3))))))
                .addRisks(Risk.of("ครูไม่ว่าง", 2, 3), Risk.of("งบประมาณล่าช้า", 4, 4))
                .addMonitoringItems(MonitoringItem.of(MonitoringKind.EVALUATION, "สอบถาม"))
                .closeOut(CloseOut.builder()
                        .addResults(CloseOutResult.of(TargetKind.QUANTITATIVE, "โรงเรียน 71 โรงเรียน"))
                        .addSuggestions("ควรส่งเสริม")
                        .addEvidence(Evidence.of(EvidenceKind.PHOTO, "ภาพประกอบการประชุม"))
                        .build())
                .addCertifications(Certification.of("ขอรับรองว่า ข้อมูลถูกต้อง"))
                .build();
        return List.of(
                project,
                NetworkDirectory.of(office),
                Portfolio.builder().addProjects(project).build());
    }

    /** Values no seed reaches: budget revisions, ledgers, rubrics, size schemes, roll-ups. */
    private static List<Object> handBuilt() {
        FiscalYear year = FiscalYear.ofBuddhistEra(2564);
        Budget budget = SeedBudgets.seed004Budget();
        Ledger ledger = Ledger.builder()
                .received(Baht.ofBaht(120_000))
                .addEntries(
                        LedgerEntry.disbursement(LocalDate.of(2021, 1, 15), Baht.ofBaht(20_000)),
                        LedgerEntry.obligation(LocalDate.of(2021, 4, 1), Baht.ofBaht(30_000)),
                        LedgerEntry.returned(LocalDate.of(2021, 9, 1), Baht.ofBaht(1_000)))
                .build();
        DisbursementTargets targets = DisbursementTargets.builder()
                .fiscalYear(year)
                .putCumulativeDisbursement(1, new BigDecimal("30"))
                .putCumulativeDisbursement(2, new BigDecimal("50"))
                .putCumulativeSpending(4, new BigDecimal("100"))
                .build();
        Criterion exhibition = Criterion.of(
                "exhibition",
                "จัดนิทรรศการ",
                BigDecimal.ONE,
                List.of(CriterionLevel.of(3, "ดีมาก"), CriterionLevel.of(2, "ดี"), CriterionLevel.of(1, "พอใช้")));
        Criterion teachers = Criterion.of(
                "teachers",
                "คัดเลือกครู",
                new BigDecimal("2"),
                List.of(CriterionLevel.of(2, "ครบ"), CriterionLevel.of(1, "ไม่ครบ")));
        Rubric rubric = Rubric.builder()
                .name("เกณฑ์การประเมินคุณภาพเครือข่ายโรงเรียน")
                .scale(QualityScale.OBEC_2561)
                .passingLevel("good")
                .addCriteria(exhibition, teachers)
                .build();
        List<Assessment> assessments = List.of(
                Assessment.of("s1", Map.of("exhibition", new BigDecimal("3"), "teachers", new BigDecimal("2"))),
                Assessment.of("s2", Map.of("exhibition", new BigDecimal("1"), "teachers", new BigDecimal("1"))));
        SizeScheme scheme = SizeScheme.of(
                "สามขนาด",
                List.of(
                        SizeClass.of("small", "เล็ก", 1, 120),
                        SizeClass.of("medium", "กลาง", 121, 600),
                        SizeClass.atLeast("large", "ใหญ่", 601)));
        Office office = Office.of(
                "bkk-khen",
                "สำนักงานเขตบางเขน",
                OfficeKind.BMA_DISTRICT_OFFICE,
                List.of(Network.builder()
                        .id("bkk-19")
                        .officeId("bkk-khen")
                        .number(19)
                        .name("เครือข่ายโรงเรียนที่ 19")
                        .addSchools(School.of("s1", "โรงเรียนวัดบางเขน", 420), School.of("s2", "โรงเรียนบ้านคลอง", 120))
                        .build()));
        NetworkDirectory directory = NetworkDirectory.of(office);
        List<Object> values = new ArrayList<>(List.of(
                BudgetRevision.builder().round(1).budget(budget).build(),
                BudgetRevision.builder()
                        .round(2)
                        .reason("ปรับลดงบประมาณ")
                        .date(LocalDate.of(2021, 3, 1))
                        .budget(SeedBudgets.seed003Budget())
                        .build(),
                targets,
                ledger,
                ledger.quarterRates(targets),
                ledger.quarterRates(year),
                BahtText.read("หนึ่งร้อยบาทถ้วน"),
                BahtText.read("ยี่สิบเอ็ดบาทห้าสิบสตางค์"),
                directory.rollUpCounts(Map.of("s1", 420L, "s2", 120L)),
                directory.rollUpBaht(Map.of("s1", Baht.ofBaht(90_000))),
                scheme,
                scheme.classOf(150),
                ProjectNature.of(true, false),
                ProjectNature.of(false, true),
                StatedRiskLevel.parse("สูง"),
                StatedRiskLevel.parse("12"),
                rubric,
                assessments,
                rubric.meetingCriteria(assessments),
                new AbstractRule.Item<>(0, "ก", DocumentPath.parse("/risks")),
                new AbstractRule.Item<>(2, Baht.ofBaht(5), DocumentPath.parse("/budget/activities"))));
        for (Assessment assessment : assessments) {
            values.add(rubric.evaluate(assessment));
        }
        values.add(io.github.krongkan.budget.NetworkMoney.of("n1", Baht.ofBaht(10_000), Baht.ZERO));
        values.add(io.github.krongkan.budget.NetworkMoney.builder()
                .party("เครือข่ายที่ 2")
                .returned(Baht.ofBaht(90_000))
                .returnDate(LocalDate.of(2021, 8, 29))
                .reason("ส่งเงินงบประมาณคืน")
                .build());
        values.add(io.github.krongkan.budget.BudgetSource.builder()
                .kind(io.github.krongkan.budget.BudgetSourceKind.ANNUAL_BUDGET)
                .amount(Baht.ofBaht(120_000))
                .fiscalYear(year)
                .build());
        values.addAll(lifecycle(year));
        return values;
    }

    /** A workflow, a history, outcomes and replays of io.github.krongkan.lifecycle. */
    private static List<Object> lifecycle(FiscalYear year) {
        Project project = Project.builder().name("โครงการ").fiscalYear(year).build();
        io.github.krongkan.lifecycle.Workflow bma = io.github.krongkan.lifecycle.Workflow.bma();
        io.github.krongkan.lifecycle.Actor proposer = io.github.krongkan.lifecycle.Actor.builder()
                .name("นางอภิรดี แสงสุข")
                .position("หัวหน้าฝ่ายการศึกษา")
                .role("ผู้เสนอโครงการ")
                .unit("สำนักงานเขตบึงกุ่ม")
                .build();
        io.github.krongkan.lifecycle.Actor director = io.github.krongkan.lifecycle.Actor.of("ผู้อำนวยการเขต");
        io.github.krongkan.lifecycle.Transition propose = io.github.krongkan.lifecycle.Transition.of(
                io.github.krongkan.lifecycle.Action.PROPOSE, proposer, LocalDate.of(2020, 9, 15));
        io.github.krongkan.lifecycle.Transition endorse = io.github.krongkan.lifecycle.Transition.builder()
                .action(io.github.krongkan.lifecycle.Action.ENDORSE)
                .actor(director)
                .date(LocalDate.of(2020, 9, 22))
                .level(io.github.krongkan.lifecycle.ReviewLevel.DISTRICT_OFFICE)
                .reason("เห็นชอบ")
                .build();
        io.github.krongkan.lifecycle.Replay replayed = bma.replay(project, List.of(propose, endorse));
        io.github.krongkan.lifecycle.Replay stopped = bma.replay(project, List.of(propose, propose));
        io.github.krongkan.lifecycle.Lock lock = io.github.krongkan.lifecycle.Lock.of(project);
        io.github.krongkan.lifecycle.LockCheck revision = lock.check(
                Project.builder().from(project).name("โครงการ (ปรับปรุง)").build());
        io.github.krongkan.lifecycle.Version proposal = io.github.krongkan.lifecycle.Version.builder()
                .number(1)
                .kind(io.github.krongkan.lifecycle.VersionKind.PROPOSAL)
                .date(LocalDate.of(2020, 9, 15))
                .title("ฉบับเสนอขออนุมัติ")
                .project(project)
                .build();
        io.github.krongkan.lifecycle.ProjectRecord record = io.github.krongkan.lifecycle.ProjectRecord.builder()
                .id("rec-1")
                .workflow("bma")
                .addVersions(proposal)
                .addHistory(propose, endorse)
                .addChildren(io.github.krongkan.lifecycle.ProjectRecord.builder()
                        .id("net-1")
                        .networkId("1")
                        .initialStage(io.github.krongkan.lifecycle.Stage.IN_PROGRESS)
                        .addVersions(proposal)
                        .build())
                .build();
        return List.of(
                proposal,
                record,
                io.github.krongkan.lifecycle.SubProjectRollUp.of(record),
                lock.check(project),
                revision,
                revision.lockedChanges().get(0),
                bma,
                replayed,
                stopped,
                bma.apply(project, replayed.history(), propose),
                bma.apply(project, io.github.krongkan.lifecycle.History.empty(), propose));
    }

    private static boolean isValueType(JavaClass c) {
        if (!c.getModifiers().contains(JavaModifier.PUBLIC) || c.isEnum() || c.isInterface() || c.isAnnotation()) {
            return false;
        }
        String pkg = c.getPackageName();
        if (PACKAGES.stream().noneMatch(p -> pkg.equals("io.github.krongkan." + p))) {
            return false;
        }
        boolean immutables = c.getSimpleName().length() > 0
                && c.getPackage().getClasses().stream()
                        .anyMatch(o -> o.getSimpleName().equals("Immutable" + c.getSimpleName()));
        boolean record = c.getRawSuperclass()
                .map(s -> s.getName().equals("java.lang.Record"))
                .orElse(false);
        boolean equals = c.getMethods().stream()
                .anyMatch(m -> m.getName().equals("equals")
                        && m.getRawParameterTypes().size() == 1
                        && m.getRawParameterTypes().get(0).getName().equals("java.lang.Object"));
        return immutables || record || equals;
    }

    /** The public value type an object is an instance of, if any. */
    private static Optional<Class<?>> valueTypeOf(Object o) {
        for (Class<?> c = o.getClass(); c != null; c = c.getSuperclass()) {
            if (TYPES.containsKey(c.getName())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static void harvest(List<Object> roots) {
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        Deque<Object> todo = new ArrayDeque<>(roots);
        Set<Object> walked = new HashSet<>();
        while (!todo.isEmpty()) {
            Object o = todo.pop();
            if (o == null || seen.put(o, Boolean.TRUE) != null) {
                continue;
            }
            if (o instanceof Optional<?> optional) {
                optional.ifPresent(todo::push);
                continue;
            }
            if (o instanceof Collection<?> collection) {
                collection.forEach(todo::push);
                continue;
            }
            if (o instanceof Map<?, ?> map) {
                map.keySet().forEach(todo::push);
                map.values().forEach(todo::push);
                continue;
            }
            if (!o.getClass().getName().startsWith("io.github.krongkan.")) {
                continue;
            }
            Optional<Class<?>> type = valueTypeOf(o);
            if (type.isPresent()) {
                // Derived values (next(), negate(), ...) can go on forever: walk only new samples.
                List<Object> samples = SAMPLES.computeIfAbsent(type.get(), t -> new ArrayList<>());
                if (samples.size() >= 4 || samples.contains(o)) {
                    continue;
                }
                samples.add(o);
            } else if (!walked.add(o)) {
                // An equal object was walked already: a diff's Change.inverse().inverse() is a
                // new object equal to the change, and would go on forever.
                continue;
            }
            if (seen.size() > 20_000) {
                break;
            }
            for (Method m : publicAccessors(type.isPresent() ? type.get() : o.getClass())) {
                try {
                    todo.push(m.invoke(o));
                } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
                    // Not an accessor that applies to this value; nothing to gather.
                }
            }
        }
    }

    /** Public no-argument instance methods declared by public types, the accessors of a value. */
    private static List<Method> publicAccessors(Class<?> type) {
        List<Method> accessors = new ArrayList<>();
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() == 0
                    && !Modifier.isStatic(m.getModifiers())
                    && Modifier.isPublic(m.getDeclaringClass().getModifiers())
                    && m.getDeclaringClass().getName().startsWith("io.github.krongkan.")
                    && m.getReturnType() != void.class
                    && !m.getReturnType().isPrimitive()) {
                accessors.add(m);
            }
        }
        return accessors;
    }

    private static boolean hasPublicFactory(Class<?> type) {
        return Stream.of(type.getMethods())
                .anyMatch(m -> Modifier.isStatic(m.getModifiers())
                        && m.getParameterCount() > 0
                        && type.isAssignableFrom(m.getReturnType()));
    }

    private static NullPointerTester defaults(NullPointerTester tester) {
        SAMPLES.forEach((type, samples) -> setDefault(tester, type, samples.get(0)));
        tester.setDefault(YearMonth.class, YearMonth.of(2021, 3));
        tester.setDefault(FiscalPeriod.class, FiscalYear.ofBuddhistEra(2564));
        tester.setDefault(NetworkDirectory.class, NetworkDirectory.of(List.of()));
        return tester;
    }

    @SuppressWarnings("unchecked")
    private static <T> void setDefault(NullPointerTester tester, Class<T> type, Object sample) {
        tester.setDefault(type, (T) sample);
    }

    @SuppressWarnings("unchecked")
    private static <T> void setDefault(ClassSanityTester tester, Class<T> type, Object sample) {
        tester.setDefault(type, (T) sample);
    }

    private static Optional<Object> builder(Class<?> type) {
        try {
            return Optional.of(type.getMethod("builder").invoke(null));
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new AssertionError(type + ".builder()", e);
        }
    }

    /** An equal copy made through the type's builder ({@code builder().from(sample).build()}). */
    private static Optional<Object> copy(Class<?> type, Object sample) {
        Optional<Object> builder = builder(type);
        if (builder.isEmpty()) {
            return Optional.empty();
        }
        try {
            Object b = builder.get();
            // The builder's methods are declared by the package-private generated builder.
            Method from = b.getClass().getMethod("from", type);
            Method build = b.getClass().getMethod("build");
            from.setAccessible(true);
            build.setAccessible(true);
            from.invoke(b, sample);
            return Optional.of(build.invoke(b));
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new AssertionError("copy of " + sample, e);
        }
    }
}
