/**
 * krongkan JSON adapter: reads and writes krongkan values in the versioned {@code krongkan/1}
 * JSON format with Jackson Databind.
 *
 * <p>{@link io.github.krongkan.json.KrongkanModule} is registered as a service of
 * {@code com.fasterxml.jackson.databind.Module}, so {@code ObjectMapper.findAndRegisterModules()}
 * finds it on the module path as on the class path. The package is open so that callers can read
 * the JSON Schema resource {@link io.github.krongkan.json.KrongkanJson#SCHEMA_RESOURCE} with
 * {@code KrongkanJson.class.getResourceAsStream}.
 */
module io.github.krongkan.json {
    requires transitive io.github.krongkan.core;
    requires transitive com.fasterxml.jackson.databind;

    exports io.github.krongkan.json;

    opens io.github.krongkan.json;

    provides com.fasterxml.jackson.databind.Module with
            io.github.krongkan.json.KrongkanModule;
}
