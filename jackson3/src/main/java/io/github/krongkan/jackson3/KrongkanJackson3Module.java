package io.github.krongkan.jackson3;

import io.github.krongkan.check.Finding;
import io.github.krongkan.json.codec.KrongkanCodec;
import io.github.krongkan.lifecycle.ProjectRecord;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Portfolio;
import io.github.krongkan.project.Project;
import io.github.krongkan.time.FiscalMonth;
import io.github.krongkan.time.FiscalPeriod;
import io.github.krongkan.time.FiscalQuarter;
import io.github.krongkan.time.FiscalYear;
import tools.jackson.core.Version;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * The Jackson 3 module for krongkan's value types, the counterpart of the Jackson 2 adapter's
 * {@code KrongkanModule}, with the same codec and the same promises.
 *
 * <p>Register it explicitly, {@code JsonMapper.builder().addModule(new KrongkanJackson3Module())},
 * or let {@code JsonMapper.builder().findAndAddModules()} find it through {@code META-INF/services}.
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
 *   <tr><td>{@link ProjectRecord}</td><td>record object of the krongkan/1 format, without the
 *       {@code "format"} member (it is accepted when present)</td><td>{@code {"versions": [...]}}</td></tr>
 *   <tr><td>{@link Finding}</td><td>finding object of the findings form</td><td>{@code {"code":
 *       "BUDGET_TOTAL_MISMATCH", "severity": "error", ...}}</td></tr>
 * </table>
 *
 * <p>Reading is strict on every path into the mapper (text, {@code readTree} + {@code
 * treeToValue}, {@code convertValue}, beans and collections) and whatever the mapper's settings:
 * duplicate keys, {@code NaN}, infinities and exponents are refused, decimals keep their scale. A
 * failure is a {@code DatabindException} whose message starts with the krongkan pointer (relative
 * to the value) and the reason, and whose cause is the {@link KrongkanJson3Exception}. The module
 * also supplies the deserializer of {@code JsonNode}, {@code ObjectNode} and {@code ArrayNode}, so
 * that the mapper's trees keep exact decimals and refuse duplicate keys.
 */
public final class KrongkanJackson3Module extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public KrongkanJackson3Module() {
        super("krongkan", Version.unknownVersion());
        // Baht.toString() is the format's plain decimal string with two decimals, e.g. "90000.00".
        addSerializer(Baht.class, ToStringSerializer.instance);
        addDeserializer(Baht.class, new BahtDeserializer());
        addSerializer(FiscalYear.class, new FiscalYearSerializer());
        addDeserializer(FiscalYear.class, new FiscalYearDeserializer());
        addSerializer(
                Project.class,
                new CodecSerializer<>(Project.class, (out, p) -> KrongkanCodec.writeProject(out, p, false)));
        addDeserializer(Project.class, new CodecDeserializer<>(Project.class, KrongkanCodec::readProject));
        addSerializer(
                ProjectRecord.class,
                new CodecSerializer<>(ProjectRecord.class, (out, r) -> KrongkanCodec.writeRecord(out, r, false)));
        addDeserializer(ProjectRecord.class, new CodecDeserializer<>(ProjectRecord.class, KrongkanCodec::readRecord));
        addSerializer(Finding.class, new CodecSerializer<>(Finding.class, KrongkanCodec::writeFinding));
        addDeserializer(Finding.class, new CodecDeserializer<>(Finding.class, KrongkanCodec::readFinding));
        addSerializer(FiscalQuarter.class, new CodecSerializer<>(FiscalPeriod.class, KrongkanCodec::writePeriod));
        addDeserializer(
                FiscalQuarter.class,
                new CodecDeserializer<>(FiscalQuarter.class, in -> KrongkanCodec.readPeriod(in, FiscalQuarter.class)));
        addSerializer(FiscalMonth.class, new CodecSerializer<>(FiscalPeriod.class, KrongkanCodec::writePeriod));
        addDeserializer(
                FiscalMonth.class,
                new CodecDeserializer<>(FiscalMonth.class, in -> KrongkanCodec.readPeriod(in, FiscalMonth.class)));
        addSerializer(FiscalPeriod.class, new CodecSerializer<>(FiscalPeriod.class, KrongkanCodec::writePeriod));
        addDeserializer(
                FiscalPeriod.class,
                new CodecDeserializer<>(FiscalPeriod.class, in -> KrongkanCodec.readPeriod(in, FiscalPeriod.class)));
        addSerializer(
                Portfolio.class,
                new CodecSerializer<>(Portfolio.class, (out, p) -> KrongkanCodec.writePortfolio(out, p, false)));
        addDeserializer(Portfolio.class, new CodecDeserializer<>(Portfolio.class, KrongkanCodec::readPortfolio));
        addDeserializer(JsonNode.class, new ExactTreeDeserializer<>(JsonNode.class));
        addDeserializer(ObjectNode.class, new ExactTreeDeserializer<>(ObjectNode.class));
        addDeserializer(ArrayNode.class, new ExactTreeDeserializer<>(ArrayNode.class));
    }
}
