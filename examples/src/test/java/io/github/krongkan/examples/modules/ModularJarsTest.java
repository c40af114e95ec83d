package io.github.krongkan.examples.modules;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.krongkan.jackson3.KrongkanJson3;
import io.github.krongkan.json.KrongkanJson;
import io.github.krongkan.json.codec.KrongkanCodec;
import io.github.krongkan.money.Baht;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published jars work as named modules: a small application module that requires
 * {@code io.github.krongkan.core} and {@code io.github.krongkan.json} compiles against them, runs on
 * the module path, finds {@code KrongkanModule} through the service loader, reads a bundled seed
 * and checks it; the same module is linked with {@code jlink} into a run-time image that runs too.
 *
 * <p>The jars are the ones of this build: Maven puts them on this module's test class path, after
 * {@code package} of the reactor (as in {@code ./mvnw verify}) core's and json-adapter's jars, after
 * {@code test} their exploded {@code target/classes} directories, which are modules as well. When
 * this module is built alone and Maven takes older jars from the local repository instead, the
 * test uses the reactor's {@code target/classes} (the system property {@code krongkan.reactor}
 * names the reactor's root).
 */
class ModularJarsTest {
    private static final String APP = "krongkan.smoke";
    private static final Path SEED = Path.of("data/004-samut-prakan-2-quality-assurance.json");

    @TempDir
    static Path work;

    private static Path core;
    private static Path json;
    private static Path codec;
    private static Path jackson3;
    private static List<Path> jackson;
    private static Path app;

    @BeforeAll
    static void compileTheApplicationModule() throws IOException {
        core = reactorModule(Baht.class, "core");
        json = reactorModule(KrongkanJson.class, "json-adapter");
        codec = reactorModule(KrongkanCodec.class, "json-codec");
        jackson3 = reactorModule(KrongkanJson3.class, "jackson3");
        jackson = List.of(locationOf(ObjectMapper.class), locationOf(JsonFactory.class), locationOf(JsonCreator.class));
        Path src = work.resolve("src");
        write(
                src.resolve("module-info.java"),
                "module " + APP + " {\n"
                        + "    requires io.github.krongkan.core;\n"
                        + "    requires io.github.krongkan.json;\n"
                        + "}\n");
        write(
                src.resolve("smoke/Main.java"),
                String.join(
                        "\n",
                        "package smoke;",
                        "",
                        "import com.fasterxml.jackson.databind.ObjectMapper;",
                        "import io.github.krongkan.check.Finding;",
                        "import io.github.krongkan.check.ProjectCheck;",
                        "import io.github.krongkan.json.KrongkanJson;",
                        "import io.github.krongkan.project.Project;",
                        "import java.nio.file.Path;",
                        "",
                        "public class Main {",
                        "    public static void main(String[] args) throws Exception {",
                        "        Project project = KrongkanJson.readProject(Path.of(args[0]));",
                        "        for (com.fasterxml.jackson.databind.Module m : ObjectMapper.findModules()) {",
                        "            System.out.println(\"service: \" + m.getClass().getName());",
                        "        }",
                        "        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();",
                        "        Project viaMapper = mapper.readValue(Path.of(args[0]).toFile(), Project.class);",
                        "        System.out.println(\"same project: \" + project.equals(viaMapper));",
                        "        System.out.println(\"module: \" + Project.class.getModule().getName());",
                        "        for (Finding finding : ProjectCheck.standard().check(project)) {",
                        "            System.out.println(\"finding: \" + finding.code());",
                        "        }",
                        "    }",
                        "}",
                        ""));
        app = work.resolve("app");
        run(
                "javac",
                "--module-path",
                modulePath(),
                "-d",
                app.toString(),
                src.resolve("module-info.java").toString(),
                src.resolve("smoke/Main.java").toString());
    }

    @Test
    void theApplicationRunsOnTheModulePath() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String out = exec(
                java,
                "--module-path",
                app + File.pathSeparator + modulePath(),
                "-m",
                APP + "/smoke.Main",
                SEED.toAbsolutePath().toString());
        assertOutputOfTheSeed(out);
    }

    @Test
    void theApplicationLinksIntoARuntimeImage() throws Exception {
        Path jmods = Path.of(System.getProperty("java.home"), "jmods");
        Assumptions.assumeTrue(
                Files.isDirectory(jmods), "jlink needs the JDK's jmods (Debian: openjdk-17-jmods), absent at " + jmods);
        Path image = work.resolve("image");
        run(
                "jlink",
                "--module-path",
                String.join(File.pathSeparator, jmods.toString(), app.toString(), modulePath()),
                "--add-modules",
                APP,
                "--launcher",
                "smoke=" + APP + "/smoke.Main",
                "--no-header-files",
                "--no-man-pages",
                "--output",
                image.toString());
        assertThat(exec(image.resolve("bin/java").toString(), "--list-modules"))
                .contains("io.github.krongkan.core", "io.github.krongkan.json", "com.fasterxml.jackson.databind")
                .doesNotContain("guava", "immutables");
        assertOutputOfTheSeed(exec(
                image.resolve("bin/java").toString(),
                "-m",
                APP + "/smoke.Main",
                SEED.toAbsolutePath().toString()));
    }

    @Test
    void theInternalPackageIsNotVisibleToApplications() throws IOException {
        Path src = work.resolve("peeking");
        write(src.resolve("module-info.java"), "module peeking { requires io.github.krongkan.core; }\n");
        write(
                src.resolve("peek/Peek.java"),
                "package peek;\n\npublic class Peek { io.github.krongkan.internal.KrongkanStyle style; }\n");
        ToolResult result = tool(
                "javac",
                "--module-path",
                modulePath(),
                "-d",
                work.resolve("peeking-out").toString(),
                src.resolve("module-info.java").toString(),
                src.resolve("peek/Peek.java").toString());
        assertThat(result.code()).isNotZero();
        assertThat(result.output()).contains("package io.github.krongkan.internal is not visible");
    }

    @Test
    void theModulesExportTheirApiAndNothingInternal() {
        ModuleDescriptor coreModule = descriptor(core);
        assertThat(coreModule.name()).isEqualTo("io.github.krongkan.core");
        assertThat(coreModule.exports())
                .extracting(ModuleDescriptor.Exports::source)
                .contains("io.github.krongkan.money", "io.github.krongkan.project", "io.github.krongkan.check")
                .doesNotContain("io.github.krongkan.internal");
        assertThat(coreModule.requires())
                .filteredOn(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
                .extracting(ModuleDescriptor.Requires::name)
                .containsExactly("java.base");
        ModuleDescriptor jsonModule = descriptor(json);
        assertThat(jsonModule.name()).isEqualTo("io.github.krongkan.json");
        assertThat(jsonModule.provides()).singleElement().satisfies(p -> {
            assertThat(p.service()).isEqualTo("com.fasterxml.jackson.databind.Module");
            assertThat(p.providers()).containsExactly("io.github.krongkan.json.KrongkanModule");
        });
        // The shared codec is no API: its package is exported to the Jackson modules only.
        ModuleDescriptor codecModule = descriptor(codec);
        assertThat(codecModule.name()).isEqualTo("io.github.krongkan.json.codec");
        assertThat(codecModule.exports()).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo("io.github.krongkan.json.codec");
            assertThat(e.targets()).containsExactlyInAnyOrder("io.github.krongkan.json", "io.github.krongkan.jackson3");
        });
    }

    /**
     * A Jackson 3 application module, with Jackson 3 and krongkan-jackson3 (and no Jackson 2
     * databind) on the module path, finds {@code KrongkanJackson3Module} through the service loader
     * and reads the seed as {@code KrongkanJson3} does.
     */
    @Test
    void theJackson3ApplicationRunsOnTheModulePath() throws Exception {
        Path src = work.resolve("src3");
        write(
                src.resolve("module-info.java"),
                "module krongkan.smoke3 {\n    requires io.github.krongkan.jackson3;\n}\n");
        write(
                src.resolve("smoke3/Main.java"),
                String.join(
                        "\n",
                        "package smoke3;",
                        "",
                        "import io.github.krongkan.check.Finding;",
                        "import io.github.krongkan.check.ProjectCheck;",
                        "import io.github.krongkan.jackson3.KrongkanJson3;",
                        "import io.github.krongkan.project.Project;",
                        "import java.nio.file.Files;",
                        "import java.nio.file.Path;",
                        "import tools.jackson.databind.JacksonModule;",
                        "import tools.jackson.databind.cfg.MapperBuilder;",
                        "import tools.jackson.databind.json.JsonMapper;",
                        "",
                        "public class Main {",
                        "    public static void main(String[] args) throws Exception {",
                        "        String text = Files.readString(Path.of(args[0]));",
                        "        for (JacksonModule m : MapperBuilder.findModules()) {",
                        "            System.out.println(\"service: \" + m.getClass().getName());",
                        "        }",
                        "        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();",
                        "        Project project = mapper.readValue(text, Project.class);",
                        "        System.out.println(\"same project: \" + project.equals(KrongkanJson3.readProject(text)));",
                        "        System.out.println(\"module: \" + Project.class.getModule().getName());",
                        "        for (Finding finding : ProjectCheck.standard().check(project)) {",
                        "            System.out.println(\"finding: \" + finding.code());",
                        "        }",
                        "    }",
                        "}",
                        ""));
        List<String> paths = new ArrayList<>(List.of(core.toString(), codec.toString(), jackson3.toString()));
        paths.add(locationOf(tools.jackson.databind.json.JsonMapper.class).toString());
        paths.add(locationOf(tools.jackson.core.JsonParser.class).toString());
        paths.add(locationOf(JsonCreator.class).toString());
        String modulePath = String.join(File.pathSeparator, paths);
        Path app3 = work.resolve("app3");
        run(
                "javac",
                "--module-path",
                modulePath,
                "-d",
                app3.toString(),
                src.resolve("module-info.java").toString(),
                src.resolve("smoke3/Main.java").toString());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String out = exec(
                java,
                "--module-path",
                app3 + File.pathSeparator + modulePath,
                "-m",
                "krongkan.smoke3/smoke3.Main",
                SEED.toAbsolutePath().toString());
        assertThat(out)
                .contains("service: io.github.krongkan.jackson3.KrongkanJackson3Module")
                .contains("same project: true")
                .contains("module: io.github.krongkan.core")
                .contains("finding: BUDGET_EXCEEDS_RECEIVED");
        ModuleDescriptor descriptor = descriptor(jackson3);
        assertThat(descriptor.name()).isEqualTo("io.github.krongkan.jackson3");
        assertThat(descriptor.provides()).singleElement().satisfies(p -> {
            assertThat(p.service()).isEqualTo("tools.jackson.databind.JacksonModule");
            assertThat(p.providers()).containsExactly("io.github.krongkan.jackson3.KrongkanJackson3Module");
        });
    }

    /** jdeps, as a user of the jar would run it, finds no cycle among core's packages. */
    @Test
    void jdepsFindsNoPackageCycleInCore() {
        ToolResult result = tool("jdeps", "--multi-release", "17", "-verbose:package", core.toString());
        assertThat(result.code()).as(result.output()).isZero();
        Pattern edge =
                Pattern.compile("^\\s+(io\\.github\\.krongkan\\.\\w+)\\s+->\\s+(io\\.github\\.krongkan\\.\\w+)\\s");
        Map<String, Set<String>> graph = new HashMap<>();
        for (String line : result.output().split("\\R")) {
            Matcher m = edge.matcher(line);
            if (m.find() && !m.group(1).equals(m.group(2))) {
                graph.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
            }
        }
        assertThat(graph).as(result.output()).containsKeys("io.github.krongkan.check", "io.github.krongkan.project");
        assertThat(cycles(graph)).as("package cycles in %s", graph).isEmpty();
    }

    private static void assertOutputOfTheSeed(String out) {
        assertThat(out)
                .contains("service: io.github.krongkan.json.KrongkanModule")
                .contains("same project: true")
                .contains("module: io.github.krongkan.core")
                .contains("finding: BUDGET_EXCEEDS_RECEIVED")
                .contains("finding: INDICATOR_TARGET_MISMATCH");
    }

    /** The packages that reach themselves again through the graph. */
    private static Set<String> cycles(Map<String, Set<String>> graph) {
        Set<String> onCycle = new TreeSet<>();
        for (String start : graph.keySet()) {
            Set<String> seen = new HashSet<>();
            List<String> todo = new ArrayList<>(graph.get(start));
            while (!todo.isEmpty()) {
                String next = todo.remove(todo.size() - 1);
                if (next.equals(start)) {
                    onCycle.add(start);
                    break;
                }
                if (seen.add(next)) {
                    todo.addAll(graph.getOrDefault(next, Set.of()));
                }
            }
        }
        return onCycle;
    }

    private static String modulePath() {
        List<String> paths = new ArrayList<>(List.of(core.toString(), json.toString(), codec.toString()));
        jackson.forEach(p -> paths.add(p.toString()));
        return String.join(File.pathSeparator, paths);
    }

    private static ModuleDescriptor descriptor(Path location) {
        return ModuleFinder.of(location).findAll().stream()
                .findFirst()
                .orElseThrow(() -> new AssertionError("no module at " + location))
                .descriptor();
    }

    /** Where this build's {@code module} (a directory of the reactor) keeps the class's module. */
    private static Path reactorModule(Class<?> type, String module) {
        Path reactor = Path.of(System.getProperty("krongkan.reactor", ".."))
                .toAbsolutePath()
                .normalize();
        Path location = locationOf(type).toAbsolutePath().normalize();
        if (location.startsWith(reactor)) {
            return location;
        }
        Path classes = reactor.resolve(module).resolve("target/classes");
        assertThat(classes.resolve("module-info.class"))
                .as("%s is not from this build (%s); build %s through the reactor first", location, reactor, module)
                .isRegularFile();
        return classes;
    }

    private static Path locationOf(Class<?> type) {
        try {
            return Path.of(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, UTF_8);
    }

    private record ToolResult(int code, String output) {}

    private static ToolResult tool(String name, String... args) {
        ToolProvider tool = ToolProvider.findFirst(name).orElseThrow(() -> new AssertionError("no " + name));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, UTF_8)) {
            int code = tool.run(out, out, args);
            return new ToolResult(code, bytes.toString(UTF_8));
        }
    }

    private static void run(String name, String... args) {
        ToolResult result = tool(name, args);
        assertThat(result.code())
                .as("%s %s%n%s", name, List.of(args), result.output())
                .isZero();
    }

    private static String exec(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out;
        try (InputStream in = process.getInputStream()) {
            out = new String(in.readAllBytes(), UTF_8);
        }
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("still running after 5 minutes: " + List.of(command));
        }
        assertThat(process.exitValue()).as("%s%n%s", List.of(command), out).isZero();
        return out;
    }
}
