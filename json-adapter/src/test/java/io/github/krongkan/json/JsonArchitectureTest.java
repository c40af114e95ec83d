package io.github.krongkan.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.LocationProvider;
import com.tngtech.archunit.lang.ArchRule;
import io.github.krongkan.money.Baht;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The architecture of the JSON adapter: it is built on core's exported API only, as any other
 * user of core, and its packages form no cycle.
 */
@AnalyzeClasses(
        locations = JsonArchitectureTest.MainClasses.class,
        importOptions = ImportOption.DoNotIncludeTests.class)
class JsonArchitectureTest {
    /** The packages core's module-info exports to everyone, read from core's compiled descriptor. */
    private static final Set<String> CORE_EXPORTS = coreExports();

    @ArchTest
    static final ArchRule usesOnlyCoresExportedApi = noClasses()
            .should()
            .dependOnClassesThat(inCoreButNotExported())
            .because("the adapter reads and writes core's values through their public API, as an"
                    + " embedder would; core's internal packages are not exported");

    @ArchTest
    static final ArchRule noPackageCycles =
            slices().matching("io.github.krongkan.(**)").should().beFreeOfCycles();

    /** Only the adapter's own main classes. */
    static final class MainClasses implements LocationProvider {
        @Override
        public Set<Location> get(Class<?> testClass) {
            return Set.of(Location.of(
                    KrongkanJson.class.getProtectionDomain().getCodeSource().getLocation()));
        }
    }

    private static DescribedPredicate<JavaClass> inCoreButNotExported() {
        return DescribedPredicate.describe(
                "are in krongkan core but not in a package it exports " + CORE_EXPORTS,
                c -> c.getPackageName().startsWith("io.github.krongkan.")
                        && !c.getPackageName().equals("io.github.krongkan.json")
                        // The shared codec (krongkan-json-codec), which the adapter binds to Jackson 2.
                        && !c.getPackageName().equals("io.github.krongkan.json.codec")
                        && !CORE_EXPORTS.contains(c.getPackageName()));
    }

    private static Set<String> coreExports() {
        try {
            Path core = Path.of(Baht.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            ModuleDescriptor descriptor = ModuleFinder.of(core).findAll().stream()
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no module at " + core))
                    .descriptor();
            if (!descriptor.name().equals("io.github.krongkan.core")) {
                throw new IllegalStateException("not krongkan core at " + core + ": " + descriptor);
            }
            return descriptor.exports().stream()
                    .filter(e -> !e.isQualified())
                    .map(ModuleDescriptor.Exports::source)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
