/**
 * krongkan JSON adapter: reads and writes krongkan values in the versioned {@code krongkan/1}
 * JSON format with Jackson Databind.
 *
 * <p>{@link io.github.krongkan.json.KrongkanModule} is registered as a service of
 * {@code com.fasterxml.jackson.databind.Module}, so {@code ObjectMapper.findAndRegisterModules()}
 * finds it on the module path as on the class path. The JSON Schemas are read with
 * {@link io.github.krongkan.json.KrongkanJson#schema()} and
 * {@link io.github.krongkan.json.KrongkanJson#findingsSchema()}; the package is not open.
 */
module io.github.krongkan.json {
    requires transitive io.github.krongkan.core;
    requires transitive com.fasterxml.jackson.databind;
    requires io.github.krongkan.json.codec;

    exports io.github.krongkan.json;

    provides com.fasterxml.jackson.databind.Module with
            io.github.krongkan.json.KrongkanModule;
}
