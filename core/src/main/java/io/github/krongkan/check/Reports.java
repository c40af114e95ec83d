package io.github.krongkan.check;

import io.github.krongkan.progress.ProgressHistory;
import io.github.krongkan.text.ThaiDigits;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Helpers shared by the rules about progress reports. */
final class Reports {
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]+");

    private Reports() {}

    /** The pointer of a field of a report. */
    static String path(ProgressHistory.Entry entry, String field) {
        return entry.path() + "/" + field;
    }

    /** Findings sorted by the document position of the report they are about, stable otherwise. */
    static List<Finding> inDocumentOrder(List<Finding> findings) {
        return findings.stream()
                .sorted(Comparator.comparingInt(Reports::reportIndex))
                .toList();
    }

    private static int reportIndex(Finding finding) {
        String prefix = "/progressReports/";
        if (!finding.path().startsWith(prefix)) {
            return -1;
        }
        String rest = finding.path().substring(prefix.length());
        int slash = rest.indexOf('/');
        return Integer.parseInt(slash < 0 ? rest : rest.substring(0, slash));
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
