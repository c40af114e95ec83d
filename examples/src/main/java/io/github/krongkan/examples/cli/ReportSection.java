package io.github.krongkan.examples.cli;

import io.github.krongkan.project.Project;
import java.io.PrintStream;

/** One section of {@code krongkan report}: a heading and plain-text lines about one part of a project. */
interface ReportSection {
    /**
     * Writes the section.
     *
     * @param project  the project
     * @param language the language of the headings, labels and dates
     * @param out      where the text goes
     */
    void render(Project project, ReportLanguage language, PrintStream out);

    /**
     * Writes a section heading, underlined.
     *
     * @param out   where the text goes
     * @param title the heading
     */
    static void heading(PrintStream out, String title) {
        out.println();
        out.println(title);
        out.println("-".repeat(Math.max(4, TextColumns.width(title))));
    }
}
