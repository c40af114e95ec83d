package io.github.krongkan.json;

import java.util.List;

/** The codec's JSON names of enum constants, under the name the tests of this package use. */
final class JsonNames {
    private JsonNames() {}

    static String of(Enum<?> constant) {
        return io.github.krongkan.json.codec.JsonNames.of(constant);
    }

    static <E extends Enum<E>> E constant(Class<E> type, String name) {
        return io.github.krongkan.json.codec.JsonNames.constant(type, name);
    }

    static List<String> all(Class<? extends Enum<?>> type) {
        return io.github.krongkan.json.codec.JsonNames.all(type);
    }
}
