package io.github.krongkan.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.krongkan.check.Finding;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Project;
import io.github.krongkan.time.FiscalYear;

/**
 * The Jackson module for krongkan's value types.
 *
 * <p>Register it explicitly, {@code new ObjectMapper().registerModule(new KrongkanModule())}, or let
 * {@code ObjectMapper.findAndRegisterModules()} find it through {@code META-INF/services}.
 *
 * <table>
 *   <caption>How values are written</caption>
 *   <tr><th>type</th><th>JSON</th><th>example</th></tr>
 *   <tr><td>{@link Baht}</td><td>string, plain decimal, two decimals</td><td>{@code "90000.00"}</td></tr>
 *   <tr><td>{@link FiscalYear}</td><td>integer, Buddhist-era year</td><td>{@code 2569}</td></tr>
 *   <tr><td>{@link Project}</td><td>project object of the krongkan/1 format, without the
 *       {@code "format"} member (it is accepted when present)</td><td>{@code {"name": ..., "fiscalYear": 2569}}</td></tr>
 *   <tr><td>{@link Finding}</td><td>finding object, as {@link KrongkanJson#writeFindings} writes
 *       it</td><td>{@code {"code": "BUDGET_TOTAL_MISMATCH", "severity": "error", ...}}</td></tr>
 * </table>
 *
 * <p>Reading is strict: an amount must be a plain decimal string (or an exact JSON number) with at
 * most two decimals and no exponent; a fiscal year must be an integer. Anything else fails with a
 * {@link com.fasterxml.jackson.databind.exc.InvalidFormatException} whose path names the field.
 */
public final class KrongkanModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public KrongkanModule() {
        super("krongkan", Version.unknownVersion());
        addSerializer(Baht.class, new BahtSerializer());
        addDeserializer(Baht.class, new BahtDeserializer());
        addSerializer(FiscalYear.class, new FiscalYearSerializer());
        addDeserializer(FiscalYear.class, new FiscalYearDeserializer());
        addSerializer(Project.class, new ProjectSerializer());
        addDeserializer(Project.class, new ProjectDeserializer());
        addSerializer(Finding.class, new FindingSerializer());
        addDeserializer(Finding.class, new FindingDeserializer());
    }
}
