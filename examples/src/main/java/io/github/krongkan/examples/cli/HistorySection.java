package io.github.krongkan.examples.cli;

import io.github.krongkan.document.Fields;
import io.github.krongkan.lifecycle.ProjectRecord;
import io.github.krongkan.lifecycle.RecordCheck;
import io.github.krongkan.lifecycle.Replay;
import io.github.krongkan.lifecycle.Transition;
import io.github.krongkan.lifecycle.Version;
import io.github.krongkan.lifecycle.Workflow;
import java.io.PrintStream;

/**
 * The last section of {@code krongkan report} on a record document: which version the report shows,
 * the recorded steps with their dates and actors, the status they lead to and the first step the
 * record's workflow refuses, if any. {@code krongkan history} gives the whole picture.
 */
final class HistorySection {
    private HistorySection() {}

    /**
     * Writes the section.
     *
     * @param record   the record whose current version the report showed
     * @param l        the language of the headings and dates
     * @param out      where the text goes
     */
    static void render(ProjectRecord record, ReportLanguage l, PrintStream out) {
        ReportSection.heading(out, l.pick("ประวัติโครงการ", "History"));
        Version current = record.current();
        out.println(l.pick(
                "ฉบับที่ " + current.number() + " (" + current.kind().thai() + ") จาก "
                        + record.versions().size() + " ฉบับ",
                "version " + current.number() + " (" + Fields.enumValue(current.kind()) + ") of "
                        + record.versions().size()));
        if (record.history().isEmpty()) {
            out.println(l.pick("ไม่มีบันทึกขั้นตอน", "no steps recorded"));
        }
        for (int i = 0; i < record.history().size(); i++) {
            Transition t = record.history().get(i);
            StringBuilder line = new StringBuilder()
                    .append(i + 1)
                    .append(". ")
                    .append(l.date(t.date()))
                    .append("  ")
                    .append(l.pick(t.action().thai(), Fields.enumValue(t.action())));
            t.level()
                    .ifPresent(level -> line.append(" (")
                            .append(l.pick(level.thai(), Fields.enumValue(level)))
                            .append(')'));
            t.actor().ifPresent(a -> line.append("  ").append(HistoryCommand.actor(a)));
            out.println(line);
            t.reason().ifPresent(reason -> out.println("   " + l.pick("เหตุผล: ", "reason: ") + reason));
        }
        out.println(l.pick("สถานะ: " + record.status().thai(), "status: " + Fields.enumValue(record.status())));
        Workflow workflow = RecordCheck.standard().workflowFor(record);
        if (record.replay(workflow) instanceof Replay.Stopped stopped) {
            out.println(l.pick(
                    "ขั้นตอนที่ " + (stopped.index() + 1) + " ไม่เป็นไปตามขั้นตอน " + workflow.name() + ": "
                            + stopped.refusal().messageThai(),
                    "step " + (stopped.index() + 1) + " is refused by the " + workflow.name() + " workflow: "
                            + stopped.refusal().message()));
        }
    }
}
