package io.github.krongkan.diff;

import io.github.krongkan.document.Fields;
import io.github.krongkan.money.Baht;
import io.github.krongkan.time.FiscalMonth;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Shows a changed value as text, close to how the JSON format writes it. */
final class ValueText {
    private ValueText() {}

    /**
     * The value as text: strings quoted, amounts and decimals plain, enum constants in lower camel
     * case, fiscal years by their Buddhist-era number, months as {@code 2026-01}, lists in
     * brackets, model objects as their {@code toString}.
     */
    static String of(Object value) {
        if (value instanceof String s) {
            return '"' + s + '"';
        }
        if (value instanceof Baht b) {
            return b.toString();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof FiscalYear y) {
            return Integer.toString(y.buddhistEraYear());
        }
        if (value instanceof FiscalMonth m) {
            return m.yearMonth().toString();
        }
        if (value instanceof Enum<?> e) {
            return Fields.enumValue(e);
        }
        if (value instanceof Optional<?> o) {
            return o.map(ValueText::of).orElse("(none)");
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(ValueText::of).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> m) {
            return m.entrySet().stream()
                    .map(e -> of(e.getKey()) + ": " + of(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return String.valueOf(value);
    }
}
