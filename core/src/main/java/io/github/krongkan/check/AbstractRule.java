package io.github.krongkan.check;

import io.github.krongkan.document.DocumentPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The skeleton of a rule with one code and one severity: it answers {@link #code()} and {@link
 * #severity()}, starts its findings with {@link #finding(DocumentPath)} (code and severity filled
 * in), and walks the arrays of the document with {@link #items(List, DocumentPath)}, which gives
 * each item with its index and its pointer. Every built-in rule is one; rules of one's own may be.
 *
 * <pre>{@code
 * final class RiskWithoutNumberRule extends AbstractRule {
 *     RiskWithoutNumberRule() {
 *         super("RISK_WITHOUT_NUMBER", Severity.INFO);
 *     }
 *
 *     public List<Finding> check(Project project) {
 *         List<Finding> findings = new ArrayList<>();
 *         for (Item<Risk> risk : items(project.risks(), DocumentPath.root().field(Fields.RISKS))) {
 *             if (risk.value().number().isEmpty()) {
 *                 findings.add(finding(risk.path())
 *                         .message("Risk " + risk.number() + " has no number")
 *                         .messageThai("ความเสี่ยงรายการที่ " + risk.number() + " ไม่มีเลขข้อ")
 *                         .build());
 *             }
 *         }
 *         return findings;
 *     }
 * }
 * }</pre>
 */
public abstract class AbstractRule implements Rule {
    private static final Pattern CODE_PATTERN = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final String code;
    private final Severity severity;

    /**
     * A rule with a code of one's own.
     *
     * @param code the code, upper-case letters, digits and underscores, e.g. {@code RISK_WITHOUT_NUMBER}
     * @param severity the severity of its findings
     * @throws IllegalArgumentException if the code is not upper-case letters, digits and underscores
     */
    protected AbstractRule(String code, Severity severity) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        if (!CODE_PATTERN.matcher(code).matches()) {
            throw new IllegalArgumentException("code must be upper-case letters, digits and underscores: " + code);
        }
        this.code = code;
        this.severity = severity;
    }

    /**
     * A rule with a built-in code and its severity from the catalogue, e.g. a rule that replaces a
     * built-in one ({@link ProjectCheck#replacing(Rule)}).
     *
     * @param code the built-in code
     */
    protected AbstractRule(RuleCode code) {
        this(code.code(), code.severity());
    }

    @Override
    public final String code() {
        return code;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    /**
     * A finding of this rule at a place, with its code and severity set; add the messages (and the
     * expected and actual values where there are some) and build it.
     *
     * @param path where in the project's document the finding is
     * @return a builder
     */
    protected final Finding.Builder finding(DocumentPath path) {
        return Finding.builder().code(code).severity(severity).path(path);
    }

    /**
     * The items of an array of the document, each with its index and its pointer.
     *
     * @param <T> the type of the items
     * @param values the items, as the model holds them
     * @param array the path of the array in the document, e.g. {@code root().field(Fields.RISKS)}
     * @return the items in document order
     */
    protected static <T> List<Item<T>> items(List<T> values, DocumentPath array) {
        Objects.requireNonNull(array, "array");
        List<Item<T>> items = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            items.add(new Item<>(i, values.get(i), array));
        }
        return Collections.unmodifiableList(items);
    }

    /**
     * One item of an array of the document. Its pointer is made only when asked for, so walking a
     * document costs nothing where a rule finds nothing.
     *
     * @param <T> the type of the item
     * @param index its index in the array, from 0
     * @param value the item
     * @param array the pointer of the array, e.g. {@code /risks}
     */
    public record Item<T>(int index, T value, DocumentPath array) {
        /**
         * An item.
         *
         * @param index its index in the array, not negative
         * @param value the item
         * @param array the pointer of the array
         */
        public Item {
            if (index < 0) {
                throw new IllegalArgumentException("index must not be negative: " + index);
            }
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(array, "array");
        }

        /**
         * The item's pointer.
         *
         * @return e.g. {@code /risks/2}
         */
        public DocumentPath path() {
            return array.index(index);
        }

        /**
         * The item's number as people count, for messages.
         *
         * @return the index plus one
         */
        public int number() {
            return index + 1;
        }

        /**
         * The pointer of a member of this item.
         *
         * @param name the member name, one of {@link io.github.krongkan.document.Fields}
         * @return e.g. {@code /risks/2/residual}
         */
        public DocumentPath field(String name) {
            return path().field(name);
        }
    }
}
