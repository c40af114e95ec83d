package io.github.krongkan.json.codec;

import io.github.krongkan.document.Fields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The JSON spelling of enum constants: lower camel case, {@code IN_PROGRESS} → {@code inProgress}. */
public final class JsonNames {
    private JsonNames() {}

    /** The JSON name of an enum constant: its name in lower camel case ({@code IN_PROGRESS} is {@code inProgress}). */
    public static String of(Enum<?> constant) {
        return Fields.enumValue(constant);
    }

    private static final ClassValue<Map<String, Object>> BY_NAME = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> byName = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byName.put(of((Enum<?>) constant), constant);
            }
            return Map.copyOf(byName);
        }
    };

    /** The constant whose JSON spelling is {@code name}, or {@code null}; looked up, not recomputed. */
    public static <E extends Enum<E>> E constant(Class<E> type, String name) {
        return type.cast(BY_NAME.get(type).get(name));
    }

    /** The JSON names of all constants of an enum, in declaration order. */
    public static List<String> all(Class<? extends Enum<?>> type) {
        List<String> names = new ArrayList<>();
        for (Enum<?> constant : type.getEnumConstants()) {
            names.add(of(constant));
        }
        return names;
    }
}
