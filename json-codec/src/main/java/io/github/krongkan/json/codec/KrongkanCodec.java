package io.github.krongkan.json.codec;

import io.github.krongkan.check.Finding;
import io.github.krongkan.document.Fields;
import io.github.krongkan.lifecycle.ProjectRecord;
import io.github.krongkan.network.SizeClass;
import io.github.krongkan.project.Portfolio;
import io.github.krongkan.project.Project;
import io.github.krongkan.time.FiscalMonth;
import io.github.krongkan.time.FiscalPeriod;
import io.github.krongkan.time.FiscalQuarter;
import java.io.IOException;
import java.util.List;

/**
 * The entry points of the {@code krongkan/1} codec for its Jackson bindings: whole documents and
 * the values a Jackson module reads and writes embedded in other JSON, over a {@link JsonIn} or a
 * {@link JsonOut}, and the format's limits. The codec knows no Jackson type; each binding supplies
 * a {@link TokenSource} and a {@link TokenSink} over its own parser and generator.
 */
public final class KrongkanCodec {
    /** The format id and version written into and expected in every document. */
    public static final String FORMAT = "krongkan/1";

    /** Deepest nesting accepted in a document. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Longest string value accepted, in characters. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** Longest number accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = 40;
    /**
     * Most items accepted in one array. Small items cost far more memory read than written
     * ({@code "a",} is 4 bytes, a list entry and a string some 60), so without it a document within
     * the size limit could take a gigabyte of heap.
     */
    public static final int MAX_ARRAY_LENGTH = 100_000;
    /** Longest field name accepted, in characters. */
    public static final int MAX_NAME_LENGTH = 256;
    /**
     * Largest document accepted: 64 MiB of UTF-8 (for text, 64 Mi characters are checked before
     * encoding and the encoded bytes after).
     */
    public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

    private KrongkanCodec() {}

    /**
     * Reads a project document: the project object with its {@code "format"} member, and nothing after.
     *
     * @param in the reader, before the document's first token
     * @return the project
     */
    public static Project readProjectDocument(JsonIn in) {
        in.next();
        if (in.current() == null) {
            throw in.error("the document is empty; expected a krongkan project document");
        }
        Project project = ProjectJson.read(in, ProjectJson.FormatMember.REQUIRED);
        requireEnd(in);
        return project;
    }

    /**
     * Reads a project object embedded in other JSON; the {@code "format"} member is optional.
     *
     * @param in the reader, on the object's start
     * @return the project
     */
    public static Project readProject(JsonIn in) {
        return ProjectJson.read(in, ProjectJson.FormatMember.OPTIONAL);
    }

    /**
     * Writes a project object.
     *
     * @param out        the writer
     * @param project    the project
     * @param withFormat whether to write the {@code "format"} member (a document) or not (embedded)
     * @throws IOException if writing fails
     */
    public static void writeProject(JsonOut out, Project project, boolean withFormat) throws IOException {
        ProjectJson.write(out, project, withFormat);
    }

    /**
     * Reads a portfolio document ({@code {"format": "krongkan/1", "offices": [...], "projects": [...]}}).
     *
     * @param in the reader, before the document's first token
     * @return the portfolio
     */
    public static Portfolio readPortfolioDocument(JsonIn in) {
        in.next();
        if (in.current() == null) {
            throw in.error("the document is empty; expected a krongkan portfolio document");
        }
        Portfolio result = portfolio(in, List.of(Fields.FORMAT, "projects"));
        requireEnd(in);
        return result;
    }

    /**
     * Reads a portfolio object embedded in other JSON (a member of an application's bean); the
     * {@code "format"} member is optional.
     *
     * @param in the reader, on the object's start
     * @return the portfolio
     */
    public static Portfolio readPortfolio(JsonIn in) {
        return portfolio(in, List.of("projects"));
    }

    private static Portfolio portfolio(JsonIn in, List<String> required) {
        Portfolio.Builder portfolio = Portfolio.builder();
        in.object("portfolio", required, name -> {
            switch (name) {
                case Fields.FORMAT -> checkFormat(in);
                case Fields.OFFICES -> portfolio.addAllOffices(in.array("offices", () -> NetworkJson.office(in)));
                case Fields.PROJECTS -> {
                    portfolio.addAllProjects(
                            in.array("projects", () -> ProjectJson.read(in, ProjectJson.FormatMember.FORBIDDEN)));
                }
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("", "portfolio", portfolio::build);
    }

    /**
     * Writes a portfolio document.
     *
     * @param out       the writer
     * @param portfolio the portfolio
     * @throws IOException if writing fails
     */
    public static void writePortfolioDocument(JsonOut out, Portfolio portfolio) throws IOException {
        writePortfolio(out, portfolio, true);
    }

    /**
     * Writes a portfolio object.
     *
     * @param out        the writer
     * @param portfolio  the portfolio
     * @param withFormat whether to write the {@code "format"} member (a document) or not (embedded)
     * @throws IOException if writing fails
     */
    public static void writePortfolio(JsonOut out, Portfolio portfolio, boolean withFormat) throws IOException {
        out.startObject();
        if (withFormat) {
            out.text(Fields.FORMAT, FORMAT);
        }
        out.array(Fields.OFFICES, portfolio.offices(), NetworkJson::office);
        out.arrayEvenEmpty(Fields.PROJECTS, portfolio.projects(), (w, project) -> ProjectJson.write(w, project, false));
        out.endObject();
    }

    /**
     * Reads a record document.
     *
     * @param in the reader, before the document's first token
     * @return the record
     */
    public static ProjectRecord readRecordDocument(JsonIn in) {
        in.next();
        if (in.current() == null) {
            throw in.error("the document is empty; expected a krongkan record document");
        }
        ProjectRecord record = RecordJson.read(in, ProjectJson.FormatMember.REQUIRED);
        requireEnd(in);
        return record;
    }

    /**
     * Reads a record object embedded in other JSON; the {@code "format"} member is optional.
     *
     * @param in the reader, on the object's start
     * @return the record
     */
    public static ProjectRecord readRecord(JsonIn in) {
        return RecordJson.read(in, ProjectJson.FormatMember.OPTIONAL);
    }

    /**
     * Writes a record object.
     *
     * @param out        the writer
     * @param record     the record
     * @param withFormat whether to write the {@code "format"} member
     * @throws IOException if writing fails
     */
    public static void writeRecord(JsonOut out, ProjectRecord record, boolean withFormat) throws IOException {
        RecordJson.write(out, record, withFormat);
    }

    /**
     * A project as a record of one version, as a project document is read as a record.
     *
     * @param project the project
     * @return the record
     */
    public static ProjectRecord recordOf(Project project) {
        return RecordJson.ofProject(project);
    }

    /**
     * Reads a findings document: a JSON array of finding objects, and nothing after.
     *
     * @param in the reader, before the document's first token
     * @return the findings in document order
     */
    public static List<Finding> readFindingsDocument(JsonIn in) {
        in.next();
        if (in.current() == null) {
            throw in.error("the document is empty; expected a JSON array of findings");
        }
        List<Finding> findings = FindingJson.findings(in);
        requireEnd(in);
        return List.copyOf(findings);
    }

    /**
     * Reads one finding object.
     *
     * @param in the reader, on the object's start
     * @return the finding
     */
    public static Finding readFinding(JsonIn in) {
        return FindingJson.finding(in);
    }

    /**
     * Writes one finding object.
     *
     * @param out     the writer
     * @param finding the finding
     * @throws IOException if writing fails
     */
    public static void writeFinding(JsonOut out, Finding finding) throws IOException {
        FindingJson.finding(out, finding);
    }

    /**
     * Reads a fiscal period in the code the format gives indicator periods: {@code FY2569-Q1} for a
     * {@link FiscalQuarter}, {@code FY2569-M02} for a {@link FiscalMonth}, and for a {@link
     * FiscalPeriod} any of the three kinds ({@code FY2569} too) or, as a fiscal year is written on
     * its own, a Buddhist-era year as a JSON integer. Anything else is refused, naming the value and
     * the form expected.
     *
     * @param <T>  the kind
     * @param in   the reader, on the value
     * @param kind {@code FiscalQuarter.class}, {@code FiscalMonth.class} or {@code FiscalPeriod.class}
     * @return the period
     */
    public static <T extends FiscalPeriod> T readPeriod(JsonIn in, Class<T> kind) {
        if (kind == FiscalPeriod.class && in.current() == Token.VALUE_NUMBER_INT) {
            return kind.cast(in.fiscalYear("fiscal period"));
        }
        String what = kind == FiscalQuarter.class
                ? "fiscal quarter (ไตรมาส)"
                : kind == FiscalMonth.class ? "fiscal month" : "fiscal period";
        return IndicatorJson.period(in, what, kind);
    }

    /**
     * Writes a fiscal period as its code, e.g. {@code "FY2569-Q1"}, as the format writes the
     * indicators' periods.
     *
     * @param out    the writer
     * @param period the period
     * @throws IOException if writing fails
     */
    public static void writePeriod(JsonOut out, FiscalPeriod period) throws IOException {
        IndicatorJson.period(out, period);
    }

    /**
     * Reads a size class object (of a school size scheme).
     *
     * @param in the reader, on the object's start
     * @return the size class
     */
    public static SizeClass readSizeClass(JsonIn in) {
        return NetworkJson.sizeClass(in);
    }

    /**
     * Writes a size class object.
     *
     * @param out   the writer
     * @param value the size class
     * @throws IOException if writing fails
     */
    public static void writeSizeClass(JsonOut out, SizeClass value) throws IOException {
        NetworkJson.sizeClass(out, value);
    }

    /**
     * Checks the value of a {@code "format"} member.
     *
     * @param in the reader, on the member's value
     */
    public static void checkFormat(JsonIn in) {
        String format = in.text("format");
        if (!FORMAT.equals(format)) {
            throw in.error("unsupported format " + JsonIn.quote(format) + "; this reader reads \"" + FORMAT + "\"");
        }
    }

    /**
     * Requires the end of the input after a document.
     *
     * @param in the reader, on the document's last token
     */
    public static void requireEnd(JsonIn in) {
        Token after = in.next();
        if (after != null) {
            throw in.error("unexpected content after the end of the document");
        }
    }

    /**
     * The message of an amount string that is not an amount, the same in both Jackson modules.
     *
     * @param reason why {@code Baht.parse} refused it
     * @return the message
     */
    public static String invalidAmount(String reason) {
        return "Invalid amount (จำนวนเงิน): " + reason
                + "; expected a decimal string with at most two decimals, e.g. \"90000.00\"";
    }

    /**
     * The message of an amount written as a JSON number, the same in both Jackson modules.
     *
     * @param text the number as written
     * @return the message
     */
    public static String amountAsNumber(String text) {
        return "Invalid amount (จำนวนเงิน) " + JsonIn.quote(text)
                + ": money is written as a decimal string, e.g. \"90000.00\", not as a JSON number";
    }

    /**
     * The message of a fiscal year outside the range the format takes, the same in both Jackson modules.
     *
     * @param text the year as written
     * @return the message
     */
    public static String fiscalYearOutOfRange(String text) {
        return "Fiscal year (ปีงบประมาณ) " + text + " is out of range";
    }

    /**
     * The message of a value that is not a fiscal year, the same in both Jackson modules.
     *
     * @param reason why it was refused
     * @return the message
     */
    public static String invalidFiscalYear(String reason) {
        return "Invalid fiscal year (ปีงบประมาณ): " + reason;
    }

    /**
     * Why a string value cannot be written: the reader would refuse it (beyond the string limit, or
     * with a lone surrogate). A binding's checked generator refuses such a write at its pointer.
     *
     * @param text the string about to be written
     * @return the reason, or {@code null} if it can be written
     */
    public static String unwritableString(String text) {
        if (text.length() > MAX_STRING_LENGTH) {
            return "a string of " + text.length() + " characters is beyond the format's limit of " + MAX_STRING_LENGTH
                    + "; it could not be read back";
        }
        int bad = JsonIn.loneSurrogate(text);
        if (bad >= 0) {
            return String.format(
                    "lone surrogate U+%04X at character %d; text must be valid Unicode", (int) text.charAt(bad), bad);
        }
        return null;
    }

    /**
     * Why a number cannot be written: it is longer than the reader's limit.
     *
     * @param encoded the number as it would be written
     * @return the reason, or {@code null} if it can be written
     */
    public static String unwritableNumber(String encoded) {
        if (encoded.length() > MAX_NUMBER_LENGTH) {
            return "the number " + JsonIn.quote(encoded) + " has more than " + MAX_NUMBER_LENGTH
                    + " characters, the format's limit; it could not be read back";
        }
        return null;
    }

    /**
     * Why an array cannot be written: it has more items than the reader takes.
     *
     * @param items the number of items written into it
     * @return the reason, or {@code null} if it can be written
     */
    public static String unwritableArray(int items) {
        if (items > MAX_ARRAY_LENGTH) {
            return "more than " + MAX_ARRAY_LENGTH
                    + " items in one array, the format's limit; it could not be read back";
        }
        return null;
    }
}
