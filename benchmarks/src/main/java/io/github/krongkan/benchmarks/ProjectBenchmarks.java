package io.github.krongkan.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.krongkan.check.Finding;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.json.KrongkanJson;
import io.github.krongkan.money.Allocation;
import io.github.krongkan.money.Baht;
import io.github.krongkan.money.BahtText;
import io.github.krongkan.project.Project;
import io.github.krongkan.testkit.NationalPortfolio;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One realistic project document (project 0 of {@link NationalPortfolio} seed 1: 10 budget lines,
 * 12 progress reports, 3 risks, 3 indicators, about 8.5 KB of compact UTF-8) read, written and
 * checked by krongkan, next to the same bytes through plain Jackson databind into records without
 * validation ({@link PlainProject}) and through bare jackson-core token streaming. Throughput in
 * operations per millisecond; see {@code docs/performance.md} for the command and the results.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ProjectBenchmarks {
    private byte[] document;
    private Project project;
    private ProjectCheck check;
    private ObjectMapper mapper;
    private PlainProject plain;
    private JsonFactory factory;
    private Baht amount;
    private Baht total;
    private List<Integer> weights;

    /** Creates the benchmark state; JMH calls {@link #setUp()}. */
    public ProjectBenchmarks() {}

    /**
     * Generates the document and checks that every reader reads all of it.
     *
     * @throws IOException if the baseline cannot read the document
     */
    @Setup
    public void setUp() throws IOException {
        project = NationalPortfolio.of(1).project(0);
        document = KrongkanJson.writeCompact(project).getBytes(StandardCharsets.UTF_8);
        check = ProjectCheck.standard();
        // Unknown properties fail, so the baseline provably maps every field of the document.
        mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        plain = mapper.readValue(document, PlainProject.class);
        if (!KrongkanJson.readProject(new ByteArrayInputStream(document)).equals(project)) {
            throw new IllegalStateException("the document does not read back as the project");
        }
        factory = new JsonFactory();
        amount = Baht.parse("1234567.89");
        total = Baht.parse("214650.00");
        weights = List.of(120, 340, 560, 45, 980, 1500, 77);
    }

    /**
     * krongkan: bytes to a validated {@link Project}.
     *
     * @return the project
     */
    @Benchmark
    public Project read() {
        return KrongkanJson.readProject(new ByteArrayInputStream(document));
    }

    /**
     * krongkan: bytes to a validated project, then every rule.
     *
     * @return the findings
     */
    @Benchmark
    public List<Finding> readAndCheck() {
        return check.check(KrongkanJson.readProject(new ByteArrayInputStream(document)));
    }

    /**
     * krongkan: a project to compact JSON.
     *
     * @return the document
     */
    @Benchmark
    public String write() {
        return KrongkanJson.writeCompact(project);
    }

    /**
     * krongkan: every rule over a project already read.
     *
     * @return the findings
     */
    @Benchmark
    public List<Finding> check() {
        return ProjectCheck.standard().check(project);
    }

    /**
     * Baseline: plain databind into records, no validation.
     *
     * @return the records
     * @throws IOException never for this document
     */
    @Benchmark
    public PlainProject databindRead() throws IOException {
        return mapper.readValue(document, PlainProject.class);
    }

    /**
     * Baseline: records to JSON by plain databind.
     *
     * @return the document
     * @throws IOException never
     */
    @Benchmark
    public byte[] databindWrite() throws IOException {
        return mapper.writeValueAsBytes(plain);
    }

    /**
     * The practical limit: every token of the document, every string and number decoded, nothing built.
     *
     * @param blackhole consumes the values
     * @throws IOException never for this document
     */
    @Benchmark
    public void tokenStream(Blackhole blackhole) throws IOException {
        try (JsonParser p = factory.createParser(document)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
                    blackhole.consume(p.getText());
                } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                    blackhole.consume(p.getDecimalValue());
                }
            }
        }
    }

    /**
     * BAHTTEXT of a seven-digit amount with satang.
     *
     * @return the words
     */
    @Benchmark
    public String bahtText() {
        return BahtText.format(amount);
    }

    /**
     * A total shared equally by seven and by seven weights, to the satang.
     *
     * @param blackhole consumes the shares
     */
    @Benchmark
    public void allocation(Blackhole blackhole) {
        blackhole.consume(Allocation.equally(total, 7));
        blackhole.consume(Allocation.byWeights(total, weights));
    }
}
