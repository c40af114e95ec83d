/**
 * krongkan Jackson 3 module: reads and writes krongkan values in the versioned {@code krongkan/1}
 * JSON format with Jackson 3 ({@code tools.jackson}), through the same codec as the Jackson 2
 * adapter ({@code io.github.krongkan.json}).
 *
 * <p>{@link io.github.krongkan.jackson3.KrongkanJackson3Module} is registered as a service of
 * {@code tools.jackson.databind.JacksonModule}, so {@code JsonMapper.builder().findAndAddModules()}
 * finds it on the module path as on the class path.
 */
// The name says which Jackson it binds; javac's lint would rather it ended without a digit.
@SuppressWarnings("module")
module io.github.krongkan.jackson3 {
    requires transitive io.github.krongkan.core;
    requires transitive tools.jackson.databind;
    requires io.github.krongkan.json.codec;

    exports io.github.krongkan.jackson3;

    provides tools.jackson.databind.JacksonModule with
            io.github.krongkan.jackson3.KrongkanJackson3Module;
}
