package io.github.krongkan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Under {@code LANG=C} the JVM cannot encode a Thai file name; every command says so in one line,
 * with exit code 2, instead of a stack trace. Runs the tool in a child JVM with that locale.
 */
class CLocaleFileNameTest {
    private record Child(int exit, String out, String err) {}

    private static Child run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Krongkan.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("LANGUAGE"));
        builder.environment().put("LANG", "C");
        builder.environment().put("LC_ALL", "C");
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Child(process.waitFor(), out, err);
    }

    @Test
    void aThaiFileNameUnderTheCLocaleIsRefusedPlainlyByEveryCommand() throws Exception {
        Assumptions.assumeTrue(
                "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")),
                "this JVM passes a Thai argument to the child as UTF-8");
        String thai = "ไฟล์.json";
        for (String[] args : new String[][] {
            {"check", thai},
            {"check", "--stats", thai},
            {"report", thai},
            {"report", "--lang", "en", thai},
            {"generate", thai}
        }) {
            Child child = run(args);
            assertThat(child.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(child.err())
                    .as(String.join(" ", args))
                    .doesNotContain("\tat ")
                    .doesNotContain("Exception")
                    .contains("file-name encoding")
                    .contains("LANG=C.UTF-8")
                    .hasLineCount(1);
        }
    }
}
