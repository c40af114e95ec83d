package io.github.krongkan.examples;

import io.github.krongkan.check.Finding;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.json.KrongkanJson;
import io.github.krongkan.json.KrongkanJsonException;
import io.github.krongkan.project.Project;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a krongkan JSON document and prints what {@link ProjectCheck} finds in it.
 * Usage: {@code ReadAndCheck FILE}.
 */
public final class ReadAndCheck {
    private ReadAndCheck() {}

    /**
     * Reads and checks one document.
     *
     * @param args the document's path
     */
    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "examples/data/000-bang-khen-network-19.json");
        try {
            Project project = KrongkanJson.readProject(file);
            List<Finding> findings = ProjectCheck.standard().check(project);
            System.out.println(project.name() + ": " + findings.size() + " finding(s)");
            findings.forEach(System.out::println);
        } catch (KrongkanJsonException e) {
            // e.pointer() is where in the document, e.reason() why.
            System.out.println("cannot read " + file + ": " + e.getMessage());
        }
    }
}
