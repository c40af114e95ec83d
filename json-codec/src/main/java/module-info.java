/**
 * krongkan JSON codec: the strict reader and the writer of the {@code krongkan/1} format, written
 * against krongkan's own token source and sink and free of Jackson. It is the one codec of the two
 * Jackson modules, {@code io.github.krongkan.json} (Jackson 2) and {@code io.github.krongkan.jackson3}
 * (Jackson 3), which bind it to their parser and generator; its package is exported to them only.
 * Applications use those modules, not this one.
 */
module io.github.krongkan.json.codec {
    requires transitive io.github.krongkan.core;

    exports io.github.krongkan.json.codec to
            io.github.krongkan.json,
            io.github.krongkan.jackson3;
}
