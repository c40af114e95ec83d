package io.github.krongkan.json.codec;

import io.github.krongkan.check.Finding;
import io.github.krongkan.check.Severity;
import io.github.krongkan.document.Fields;
import java.io.IOException;
import java.util.List;

/**
 * Reads and writes the JSON form of a {@link Finding}: {@code code}, {@code severity} (lower case),
 * {@code path} (a JSON pointer into the project document), {@code message}, {@code messageThai},
 * and {@code expected}/{@code actual} where the finding has them. The form is described in
 * {@code docs/json-format.md} and by {@code krongkan-findings-1.schema.json}.
 *
 * <p>The member names are those of the findings form, not of the project document ({@code
 * io.github.krongkan.document.Fields}); only {@code code} is shared.
 */
final class FindingJson {
    static final String SEVERITY = "severity";
    static final String PATH = "path";
    static final String MESSAGE = "message";
    static final String MESSAGE_THAI = "messageThai";
    static final String EXPECTED = "expected";
    static final String ACTUAL = "actual";
    private static final List<String> REQUIRED = List.of(Fields.CODE, SEVERITY, PATH, MESSAGE, MESSAGE_THAI);

    private FindingJson() {}

    /** Reads the array of findings the parser stands on. */
    static List<Finding> findings(JsonIn in) {
        return in.array("findings", () -> finding(in));
    }

    /** Reads the finding object the parser stands on. */
    static Finding finding(JsonIn in) {
        Finding.Builder b = Finding.builder();
        in.object("finding", REQUIRED, name -> {
            switch (name) {
                case Fields.CODE -> b.code(in.text("code"));
                case SEVERITY -> b.severity(in.enumValue("severity", Severity.class));
                case PATH -> b.path(in.text("path (a JSON pointer)"));
                case MESSAGE -> b.message(in.text("message"));
                case MESSAGE_THAI -> b.messageThai(in.text("messageThai"));
                case EXPECTED -> b.expected(in.text("expected"));
                case ACTUAL -> b.actual(in.text("actual"));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("finding", b::build);
    }

    static void finding(JsonOut out, Finding f) throws IOException {
        out.startObject();
        out.text(Fields.CODE, f.code());
        out.enumValue(SEVERITY, f.severity());
        out.text(PATH, f.path());
        out.text(MESSAGE, f.message());
        out.text(MESSAGE_THAI, f.messageThai());
        out.text(EXPECTED, f.expected());
        out.text(ACTUAL, f.actual());
        out.endObject();
    }
}
