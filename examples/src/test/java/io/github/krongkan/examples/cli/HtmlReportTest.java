package io.github.krongkan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.progress.ProgressHistory;
import io.github.krongkan.project.Project;
import io.github.krongkan.risk.RiskMatrix;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code krongkan report --format html}: the page of every bundled example is well-formed (the JDK's
 * XML parser reads it), self-contained and carries what the text report carries.
 */
class HtmlReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED_000 = "data/000-bang-khen-network-19.json";
    private static final String SEED_004 = "data/004-samut-prakan-2-quality-assurance.json";

    @TempDir
    Path dir;

    private static List<String> examples() throws Exception {
        List<String> all = new ArrayList<>();
        for (String folder : List.of("data", "data/records")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                files.map(Path::toString)
                        .filter(f -> f.endsWith(".json"))
                        .sorted()
                        .forEach(all::add);
            }
        }
        return all;
    }

    private static org.w3c.dom.Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static int count(Object node, String xpath) throws Exception {
        XPath x = XPathFactory.newInstance().newXPath();
        return ((Double) x.evaluate("count(" + xpath + ")", node, XPathConstants.NUMBER)).intValue();
    }

    private static NodeList nodes(Object node, String xpath) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, node, XPathConstants.NODESET);
    }

    private static String text(Object node, String xpath) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(xpath, node);
    }

    private static String klass(String name) {
        return "contains(concat(' ', normalize-space(@class), ' '), ' " + name + " ')";
    }

    private static Document read(String file) throws Exception {
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            return Document.read(in);
        }
    }

    @Test
    void everyExampleGivesAWellFormedPageWithEverySectionInBothLanguages() throws Exception {
        List<String> examples = examples();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(8);
        for (String file : examples) {
            Document document = read(file);
            Project project = document.projects().get(0);
            for (String lang : List.of("th", "en")) {
                Run run = Run.of("report", "--format", "html", "--lang", lang, file);
                assertThat(run.exit()).as(file).isZero();
                assertThat(run.err()).as(file).isEmpty();
                assertThat(run.out()).as(file).startsWith("<!DOCTYPE html>\n");
                org.w3c.dom.Document page = parse(run.out());
                Element article = (Element) nodes(page, "//article[@id='p1']").item(0);
                assertThat(article).as(file).isNotNull();
                assertThat(text(page, "/html/@lang")).isEqualTo(lang);
                for (String id :
                        List.of("header", "budget", "risks", "heat-map", "indicators", "progress", "findings")) {
                    assertThat(count(page, "//*[@id='p1-" + id + "']"))
                            .as(file + " " + id)
                            .isEqualTo(1);
                }
                assertThat(count(page, "//*[@id='p1-history']")).as(file).isEqualTo(document.isRecord() ? 1 : 0);

                RiskMatrix matrix = project.riskMatrixOrDefault();
                assertThat(count(article, ".//td[" + klass("heat-cell") + "]"))
                        .as(file)
                        .isEqualTo(matrix.likelihoodLevels() * matrix.impactLevels());
                int inherent = (int) project.risks().stream()
                        .filter(r -> r.inherentCell(matrix).isPresent())
                        .count();
                assertThat(count(article, ".//td[" + klass("heat-cell") + "]/span[" + klass("inherent") + "]"))
                        .as(file)
                        .isEqualTo(inherent);

                int findings = ProjectCheck.standard().check(project).size();
                assertThat(count(article, ".//table[@id='p1-findings-table']/tbody/tr[" + klass("finding") + "]"))
                        .as(file)
                        .isEqualTo(findings);

                boolean planned = project.actionPlan()
                        .map(p -> !p.plannedCurve().isEmpty())
                        .orElse(false);
                boolean reported = !ProgressHistory.of(project).reports().isEmpty();
                assertThat(count(article, ".//*[local-name()='polyline'][" + klass("planned") + "]"))
                        .as(file)
                        .isEqualTo(planned ? 1 : 0);
                assertThat(count(article, ".//*[local-name()='polyline'][" + klass("reported") + "]"))
                        .as(file)
                        .isEqualTo(reported ? 1 : 0);
                if (planned || reported) {
                    assertThat(count(article, ".//*[local-name()='text'][" + klass("x-tick") + "]"))
                            .as(file)
                            .isPositive();
                    assertThat(count(article, ".//*[local-name()='text'][" + klass("axis-label") + "]"))
                            .isEqualTo(2);
                }
                assertSelfContained(run.out());
            }
        }
    }

    /** No external resource: every src and href is a data URI or a fragment, every url() a data URI. */
    private static void assertSelfContained(String html) throws Exception {
        org.w3c.dom.Document page = parse(html);
        NodeList links = nodes(page, "//@src | //@href | //@*[local-name()='href']");
        for (int i = 0; i < links.getLength(); i++) {
            assertThat(links.item(i).getNodeValue()).matches("(data:|#).*");
        }
        Matcher url = Pattern.compile("url\\(\\s*['\"]?([^'\")]{0,12})").matcher(html);
        int urls = 0;
        while (url.find()) {
            assertThat(url.group(1)).startsWith("data:");
            urls++;
        }
        assertThat(urls).isEqualTo(4);
        assertThat(html).doesNotContain("<script", "<link", "@import", "<img", "<iframe");
        assertThat(count(page, "//*[local-name()='style']")).isEqualTo(1);
    }

    @Test
    void theSarabunFacesAreEmbeddedAsWoff2() throws Exception {
        String html = Run.of("report", "--format", "html", SEED_000).out();
        Matcher face = Pattern.compile(
                        "@font-face \\{ font-family: \"Sarabun\"; font-style: normal; font-weight: (400|700);"
                                + " font-display: swap; src: url\\(data:font/woff2;base64,([A-Za-z0-9+/=]+)\\)")
                .matcher(html);
        List<String> weights = new ArrayList<>();
        while (face.find()) {
            weights.add(face.group(1));
            byte[] font = Base64.getDecoder().decode(face.group(2));
            assertThat(new String(font, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("wOF2");
        }
        assertThat(weights).containsExactly("400", "700", "400", "700");
        assertThat(html)
                .contains("font-family: \"TH Sarabun New\", Sarabun, Laksaman, sans-serif;")
                .contains("@page { size: A4;");
        // reasonably small: the four faces are about 42 KB, 57 KB in base64
        assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThan(150_000);
    }

    @Test
    void seed004MarksTheCopiesLineAndTheTotalThatDiffer() throws Exception {
        org.w3c.dom.Document page =
                parse(Run.of("report", "--format", "html", SEED_004).out());
        NodeList copies = nodes(
                page, "//table[@id='p1-budget-table']//tr[td[" + klass("item") + "][starts-with(., 'ค่าสำเนา')]]");
        assertThat(copies.getLength()).isEqualTo(1);
        Element row = (Element) copies.item(0);
        assertThat(row.getAttribute("class")).isEqualTo("line differs");
        assertThat(text(row, "td[" + klass("computed") + "]")).isEqualTo("16,000.00");
        assertThat(text(row, "td[" + klass("stated") + "]")).isEqualTo("13,000.00");
        assertThat(text(row, "td[" + klass("mark") + "]")).isEqualTo("≠");
        assertThat(text(row, "td[" + klass("no") + "]")).isEqualTo("1.4");
        Element total = (Element) nodes(page, "//tr[" + klass("total") + "]").item(0);
        assertThat(total.getAttribute("class")).isEqualTo("total differs");
        assertThat(text(total, "td[" + klass("computed") + "]")).isEqualTo("121,000.00");
        assertThat(text(total, "td[" + klass("stated") + "]")).isEqualTo("120,000.00");
        assertThat(text(page, "//tr[" + klass("computed-words") + "]")).contains("หนึ่งแสนสองหมื่นหนึ่งพันบาทถ้วน");
        // only the lines and totals that differ carry the mark: 1.4, activity 5, 5.2 and the total
        assertThat(count(page, "//table[@id='p1-budget-table']//tr[" + klass("differs") + "]"))
                .isEqualTo(4);
        assertThat(count(page, "//td[" + klass("mark") + "][. = '≠']")).isEqualTo(4);
        assertThat(text(page, "//section[@id='p1-findings']/h2")).isEqualTo("ผลการตรวจสอบ (6)");
        assertThat(text(page, "//tr[@data-code='INDICATOR_TARGET_MISMATCH']/td[" + klass("pointer") + "]"))
                .isEqualTo("/indicators/2/targets/0/value");
        assertThat(text(page, "//tr[@data-code='INDICATOR_TARGET_MISMATCH']/td[" + klass("message") + "]"))
                .isEqualTo("ค่าเป้าหมายของตัวชี้วัด 100 ไม่ตรงกับเป้าหมายข้อ 3.1.2 จำนวน 200 คน");
        assertThat(text(page, "//table[@id='p1-kpi-table']//tr[td[1] = 'ผลผลิต 3']/td[" + klass("evaluation") + "]"))
                .isEqualTo("บรรลุเป้าหมาย");
    }

    @Test
    void seed000PlacesItsRiskInTheHeatMap() throws Exception {
        org.w3c.dom.Document page =
                parse(Run.of("report", "--format", "html", SEED_000).out());
        Element cell = (Element) nodes(page, "//td[@id='p1-cell-2-1']").item(0);
        assertThat(cell.getAttribute("data-score")).isEqualTo("2");
        assertThat(cell.getAttribute("class")).isEqualTo("heat-cell level-low");
        assertThat(text(cell, "span[" + klass("inherent") + "]")).isEqualTo("1");
        assertThat(count(page, "//span[" + klass("risk-mark") + "][ancestor::td]"))
                .isEqualTo(1);
    }

    @Test
    void englishAndThaiLabelsDiffer() throws Exception {
        org.w3c.dom.Document th =
                parse(Run.of("report", "--format", "html", SEED_004).out());
        org.w3c.dom.Document en =
                parse(Run.of("report", "--format=html", "--lang=en", SEED_004).out());
        List<String> thai = headings(th);
        List<String> english = headings(en);
        assertThat(thai).contains("งบประมาณ", "ความเสี่ยง", "ตัวชี้วัด", "ความก้าวหน้าเทียบแผน", "แผนปฏิบัติการ");
        assertThat(english).contains("Budget", "Risks", "Indicators", "Progress against the plan", "Action plan");
        assertThat(thai).hasSameSizeAs(english).doesNotContainAnyElementsOf(english);
        assertThat(text(th, "//table[@id='p1-budget-table']/thead/tr/th[3]")).isEqualTo("คำนวณ");
        assertThat(text(en, "//table[@id='p1-budget-table']/thead/tr/th[3]")).isEqualTo("computed");
        assertThat(text(th, "//*[local-name()='text'][" + klass("x-tick") + "][1]"))
                .isEqualTo("พ.ย. 2559");
        assertThat(text(en, "//*[local-name()='text'][" + klass("x-tick") + "][1]"))
                .isEqualTo("Nov 2016");
        assertThat(text(en, "//dl[" + klass("facts") + "]/div[" + klass("fiscal-year") + "]/dd"))
                .isEqualTo("FY 2560 (2016-10-01 to 2017-09-30)");
    }

    private static List<String> headings(org.w3c.dom.Document page) throws Exception {
        NodeList h2 = nodes(page, "//h2");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < h2.getLength(); i++) {
            texts.add(h2.item(i).getTextContent().replaceAll(" \\(\\d+\\)$", ""));
        }
        return texts;
    }

    @Test
    void namesFromTheDocumentStayText() throws Exception {
        String hostile = "<script>alert('x')</script> & \"quoted\" <b>bold</b>";
        ObjectNode project = (ObjectNode) JSON.readTree(Path.of(SEED_000).toFile());
        project.put("name", hostile);
        ((ObjectNode) project.withArray("risks").get(0)).put("description", "</td><img src=\"http://x/\"/>");
        Path file = dir.resolve("hostile.json");
        JSON.writeValue(file.toFile(), project);
        Run run = Run.of("report", "--format", "html", file.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .doesNotContain("<script", "<b>", "<img")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;");
        org.w3c.dom.Document page = parse(run.out());
        assertThat(text(page, "//h1/span[" + klass("name") + "]")).isEqualTo(hostile);
        assertThat(text(page, "/html/head/title")).isEqualTo("รายงานโครงการ: " + hostile);
        assertThat(text(page, "//table[@id='p1-risk-table']//td[" + klass("description") + "]"))
                .isEqualTo("</td><img src=\"http://x/\"/>");
        assertThat(count(page, "//img | //script | //b")).isZero();
        assertSelfContained(run.out());
    }

    @Test
    void charactersXmlRefusesAreReplaced() {
        assertThat(HtmlReport.escape("a\u0001b\uD800c\uD83D\uDE00\n")).isEqualTo("a\uFFFDb\uFFFDc\uD83D\uDE00\n");
    }

    @Test
    void aPortfolioGivesOneArticlePerProjectAndOutputCanGoToAFile() throws Exception {
        ObjectNode doc = JSON.createObjectNode().put("format", "krongkan/1");
        ArrayNode projects = doc.putArray("projects");
        for (String seed : List.of(SEED_000, SEED_004)) {
            ObjectNode project = (ObjectNode) JSON.readTree(Path.of(seed).toFile());
            project.remove("format");
            projects.add(project);
        }
        Path file = dir.resolve("portfolio.json");
        JSON.writeValue(file.toFile(), doc);
        Path out = dir.resolve("out.html");
        Run run = Run.of("report", "--format", "html", "-o", out.toString(), file.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        String html = Files.readString(out);
        assertThat(html)
                .isEqualTo(Run.of("report", "--format", "html", file.toString()).out());
        org.w3c.dom.Document page = parse(html);
        assertThat(count(page, "//article")).isEqualTo(2);
        assertThat(text(page, "//article[@id='p2']/@data-pointer")).isEqualTo("/projects/1");
        assertThat(count(page, "//article[@id='p2']//td[" + klass("mark") + "][. = '≠']"))
                .isEqualTo(4);
        assertThat(count(page, "//*[@id='p2-heat-map']")).isEqualTo(1);
        assertSelfContained(html);
    }

    @Test
    void theTextReportStaysTheDefaultAndBadOptionsAreRefused() {
        assertThat(Run.of("report", "--format", "text", SEED_000)).isEqualTo(Run.of("report", SEED_000));
        Run bad = Run.of("report", "--format", "pdf", SEED_000);
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).startsWith("krongkan report: --format takes text or html");
        assertThat(Run.of("report", SEED_000, "-o").exit()).isEqualTo(2);
        Run unwritable = Run.of(
                "report",
                "--format",
                "html",
                "-o",
                dir.resolve("no/such/dir.html").toString(),
                SEED_000);
        assertThat(unwritable.exit()).isEqualTo(2);
        assertThat(unwritable.err()).contains("cannot write");
    }
}
