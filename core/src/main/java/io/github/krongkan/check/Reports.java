package io.github.krongkan.check;

import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
import io.github.krongkan.progress.ProgressHistory;
import io.github.krongkan.text.ThaiDigits;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/** Helpers shared by the rules about progress reports. */
final class Reports {
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]+");
    private static final DocumentPath REPORTS = DocumentPath.root().field(Fields.PROGRESS_REPORTS);

    private Reports() {}

    /** The pointer of the array of reports: {@code /progressReports}. */
    static DocumentPath reports() {
        return REPORTS;
    }

    /** The pointer of a report: {@code /progressReports/<index>}. */
    static DocumentPath path(ProgressHistory.Entry entry) {
        return REPORTS.index(entry.index());
    }

    /** The pointer of a field of a report, e.g. {@code /progressReports/<index>/progress}. */
    static DocumentPath path(ProgressHistory.Entry entry, String field) {
        return path(entry).field(field);
    }

    /** Findings sorted by the document position of the report they are about, stable otherwise. */
    static List<Finding> inDocumentOrder(List<Finding> findings) {
        if (findings.size() < 2) {
            return findings;
        }
        int[] keys = findings.stream().mapToInt(Reports::reportIndex).toArray();
        return IntStream.range(0, findings.size())
                .boxed()
                .sorted(Comparator.comparingInt(i -> keys[i]))
                .map(findings::get)
                .toList();
    }

    private static int reportIndex(Finding finding) {
        DocumentPath path = DocumentPath.parse(finding.path());
        if (!path.startsWith(REPORTS) || path.segments().size() <= 1) {
            return -1;
        }
        return Integer.parseInt(path.segments().get(1));
    }

    /** A percentage for messages: {@code 20.00}. */
    static String percent(BigDecimal value) {
        return value.toPlainString();
    }

    /**
     * The key under which two report numbers count as the same: Thai digits as ASCII, whole
     * numbers without leading zeros, surrounding space ignored.
     */
    static Optional<String> numberKey(Optional<String> number) {
        return number.map(n -> {
            String ascii = ThaiDigits.toAscii(n.strip());
            return WHOLE_NUMBER.matcher(ascii).matches() ? new BigInteger(ascii).toString() : ascii;
        });
    }
}
