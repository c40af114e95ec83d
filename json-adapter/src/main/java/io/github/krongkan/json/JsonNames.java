package io.github.krongkan.json;

import java.util.ArrayList;
import java.util.List;

/** The JSON spelling of enum constants: lower camel case, {@code IN_PROGRESS} → {@code inProgress}. */
final class JsonNames {
    private JsonNames() {
    }

    static String of(Enum<?> constant) {
        String[] words = constant.name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder out = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            out.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return out.toString();
    }

    static List<String> all(Class<? extends Enum<?>> type) {
        List<String> names = new ArrayList<>();
        for (Enum<?> constant : type.getEnumConstants()) {
            names.add(of(constant));
        }
        return names;
    }
}
