package io.github.krongkan.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.github.krongkan.check.Finding;
import io.github.krongkan.lifecycle.ProjectRecord;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Portfolio;
import io.github.krongkan.project.Project;
import io.github.krongkan.time.FiscalMonth;
import io.github.krongkan.time.FiscalPeriod;
import io.github.krongkan.time.FiscalQuarter;
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
 *   <tr><td>{@link FiscalQuarter}, {@link FiscalMonth}</td><td>string, the period's code as the
 *       format writes indicator periods</td><td>{@code "FY2569-Q1"}, {@code "FY2569-M02"}</td></tr>
 *   <tr><td>{@link FiscalPeriod}</td><td>its kind's form: a quarter's or month's code, or a fiscal
 *       year's integer (the code {@code "FY2569"} is read too)</td><td>{@code "FY2569-Q1"}</td></tr>
 *   <tr><td>{@link Portfolio}</td><td>portfolio object of the krongkan/1 format, without the
 *       {@code "format"} member (it is accepted when present)</td><td>{@code {"projects": [...]}}</td></tr>
 *   <tr><td>{@link Project}</td><td>project object of the krongkan/1 format, without the
 *       {@code "format"} member (it is accepted when present)</td><td>{@code {"name": ..., "fiscalYear": 2569}}</td></tr>
 *   <tr><td>{@link ProjectRecord}</td><td>record object of the krongkan/1 format (versions, history,
 *       children), without the {@code "format"} member (it is accepted when present)</td><td>{@code
 *       {"versions": [{"number": 1, "kind": "proposal", "project": {...}}]}}</td></tr>
 *   <tr><td>{@link Finding}</td><td>finding object, as {@link KrongkanJson#writeFindings} writes
 *       it</td><td>{@code {"code": "BUDGET_TOTAL_MISMATCH", "severity": "error", ...}}</td></tr>
 * </table>
 *
 * <p>Reading is strict and gives what {@link KrongkanJson} gives, on every path into the mapper
 * (text, {@code readTree} + {@code treeToValue}, {@code convertValue}, buffered input, beans and
 * collections) and whatever the mapper's settings: duplicate keys, {@code NaN}, infinities and
 * exponents are refused, decimals keep their scale. A failure is a {@link
 * com.fasterxml.jackson.databind.JsonMappingException} whose message starts with the krongkan
 * pointer (relative to the project) and the reason, and whose cause is the {@link
 * KrongkanJsonException}. An amount must be a plain decimal string with at most two decimals (a
 * JSON number is refused: money is a string, in and out); a fiscal year must be an integer.
 *
 * <p>The module also supplies the deserializer of {@code JsonNode}, {@code ObjectNode} and {@code
 * ArrayNode}, so that the trees this mapper builds keep what the format needs: a floating-point
 * number the {@code double} would change ({@code 8.00}) becomes a {@code DecimalNode} with the
 * exact decimal, and a duplicate key is refused. {@code docs/json-format.md} ("The module in your
 * own ObjectMapper") states the rules and what cannot be kept.
 */
public final class KrongkanModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public KrongkanModule() {
        super("krongkan", Version.unknownVersion());
        // Baht.toString() is the format's plain decimal string with two decimals, e.g. "90000.00".
        addSerializer(Baht.class, ToStringSerializer.instance);
        addDeserializer(Baht.class, new BahtDeserializer());
        addSerializer(FiscalYear.class, new FiscalYearSerializer());
        addDeserializer(FiscalYear.class, new FiscalYearDeserializer());
        addSerializer(Project.class, new ProjectSerializer());
        addDeserializer(Project.class, new ProjectDeserializer());
        addSerializer(ProjectRecord.class, new RecordSerializer());
        addDeserializer(ProjectRecord.class, new RecordDeserializer());
        addSerializer(Finding.class, new FindingSerializer());
        addDeserializer(Finding.class, new FindingDeserializer());
        addSerializer(FiscalQuarter.class, new PeriodSerializer());
        addDeserializer(FiscalQuarter.class, new PeriodDeserializer<>(FiscalQuarter.class));
        addSerializer(FiscalMonth.class, new PeriodSerializer());
        addDeserializer(FiscalMonth.class, new PeriodDeserializer<>(FiscalMonth.class));
        addSerializer(FiscalPeriod.class, new PeriodSerializer());
        addDeserializer(FiscalPeriod.class, new PeriodDeserializer<>(FiscalPeriod.class));
        addSerializer(Portfolio.class, new PortfolioSerializer());
        addDeserializer(Portfolio.class, new PortfolioDeserializer());
        addDeserializer(JsonNode.class, new ExactTreeDeserializer<>(JsonNode.class));
        addDeserializer(ObjectNode.class, new ExactTreeDeserializer<>(ObjectNode.class));
        addDeserializer(ArrayNode.class, new ExactTreeDeserializer<>(ArrayNode.class));
    }
}
