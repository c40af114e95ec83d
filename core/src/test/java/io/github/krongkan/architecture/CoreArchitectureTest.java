package io.github.krongkan.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.LocationProvider;
import com.tngtech.archunit.lang.ArchRule;
import io.github.krongkan.money.Baht;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The architecture of core, as rules on its compiled main classes.
 *
 * <p>The packages form layers, each built only on the layers below it (and on {@code java..},
 * the compile-only Immutables annotations and {@code internal}):
 *
 * <ol>
 *   <li>{@code text} and {@code document}: text scanning, parse errors and the document layout;
 *   <li>{@code money} and {@code time};
 *   <li>{@code network}, {@code risk}, {@code budget} and {@code schedule};
 *   <li>{@code indicator} and {@code rubric};
 *   <li>{@code project}, the aggregate;
 *   <li>{@code progress}, analysis of a project's reports, and {@code diff}, the changes between
 *       two versions of a project;
 *   <li>{@code check}, the rules;
 *   <li>{@code lifecycle}, the workflow of a project's life (its guards run the check).
 * </ol>
 *
 * <p>Packages of one layer may use each other, but no two packages of core may depend on each other
 * in a cycle.
 */
@AnalyzeClasses(
        locations = CoreArchitectureTest.MainClasses.class,
        importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {
    private static final String ROOT = "io.github.krongkan.";

    /** The layers, lowest first; each is a list of packages below {@code io.github.krongkan}. */
    private static final List<List<String>> LAYERS = List.of(
            List.of("text", "document"),
            List.of("money", "time"),
            List.of("network", "risk", "budget", "schedule"),
            List.of("indicator", "rubric"),
            List.of("project"),
            List.of("progress", "diff"),
            List.of("check"),
            List.of("lifecycle"));

    @ArchTest
    static final ArchRule textAndDocumentAreTheBottomLayer = layer(0);

    @ArchTest
    static final ArchRule moneyAndTimeBuildOnTextOnly = layer(1);

    @ArchTest
    static final ArchRule networkRiskBudgetAndScheduleBuildOnMoneyAndTime = layer(2);

    @ArchTest
    static final ArchRule indicatorAndRubricBuildOnTheDomainValues = layer(3);

    @ArchTest
    static final ArchRule projectIsTheAggregateOfEverythingBelow = layer(4);

    @ArchTest
    static final ArchRule progressIsAnalysisAboveTheProject = layer(5);

    @ArchTest
    static final ArchRule checkBuildsOnEverythingBelowTheLifecycle = layer(6);

    @ArchTest
    static final ArchRule lifecycleIsTheTopLayer = layer(7);

    @ArchTest
    static final ArchRule everyPackageIsInALayer = classes()
            .should()
            .resideInAnyPackage(Stream.concat(
                            LAYERS.stream().flatMap(List::stream).map(p -> ROOT + p), Stream.of(ROOT + "internal"))
                    .toArray(String[]::new))
            .because("a new package of core must be given its place in the layers of this test");

    @ArchTest
    static final ArchRule internalUsesOnlyTheJdk = classes()
            .that()
            .resideInAPackage(ROOT + "internal..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.immutables..", ROOT + "internal..")
            .because("internal helpers may be used by every package, so they may use none");

    @ArchTest
    static final ArchRule coreImportsNoJackson = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.fasterxml..")
            .because("core has no JSON dependency; the JSON format lives in krongkan-json-adapter");

    @ArchTest
    static final ArchRule coreImportsNoGuava = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.google..")
            .because("core's only run-time dependency is java.base");

    @ArchTest
    static final ArchRule noPackageCycles =
            slices().matching("io.github.krongkan.(*)..").should().beFreeOfCycles();

    /** Only core's own main classes: scanning every jar of the test class path takes seconds. */
    static final class MainClasses implements LocationProvider {
        @Override
        public Set<Location> get(Class<?> testClass) {
            return Set.of(
                    Location.of(Baht.class.getProtectionDomain().getCodeSource().getLocation()));
        }
    }

    private static ArchRule layer(int index) {
        List<String> allowed = new ArrayList<>(List.of("java..", "org.immutables..", ROOT + "internal.."));
        for (int below = 0; below <= index; below++) {
            LAYERS.get(below).forEach(p -> allowed.add(ROOT + p + ".."));
        }
        return classes()
                .that()
                .resideInAnyPackage(
                        LAYERS.get(index).stream().map(p -> ROOT + p + "..").toArray(String[]::new))
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(allowed.toArray(String[]::new))
                .because("layer " + LAYERS.get(index) + " may use only the layers below it: "
                        + LAYERS.subList(0, index));
    }
}
