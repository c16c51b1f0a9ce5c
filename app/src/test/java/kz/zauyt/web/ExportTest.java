package kz.zauyt.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import kz.zauyt.export.Readers;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The download buttons' route over real HTTP, on the 50 samples and the hostile articles: every
 * format with the lists' filters, each read back by a real reader (Apache POI, the OC4IDS schema
 * through a JSON Schema validator, a JSON parser, RFC 4180), counted against the registry itself.
 */
class ExportTest {

    private final WebFixture web = WebFixture.get();

    private HttpResponse<byte[]> get(String query) {
        HttpResponse<byte[]> r = Http.sendBytes(HttpRequest.newBuilder(URI.create(web.url("/export?" + query))).GET().build());
        assertThat(r.statusCode()).as(query + ": " + new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return r;
    }

    private long count(String sql) {
        return web.registry.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @Test
    void csvOfFilteredProjectsHasABomQuotesAndNoRunnableFormula() {
        HttpResponse<byte[]> r = get("format=csv&what=projects&region=KZ-39");
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(r.headers().firstValue("Content-Disposition")).get().asString()
                .isEqualTo("attachment; filename=\"zauyt-projects.csv\"");
        byte[] b = r.body();
        assertThat(b).startsWith(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = Readers.csv(new String(b, 3, b.length - 3, StandardCharsets.UTF_8));
        List<String> header = rows.get(0);
        assertThat(header).startsWith("id", "name", "status").contains("evidence", "source", "investment_evidence");
        List<List<String>> data = rows.subList(1, rows.size());
        assertThat((long) data.size()).isEqualTo(count("select count(*) from project where region = 'KZ-39'")).isPositive();
        int region = header.indexOf("region");
        assertThat(data).allSatisfy(row -> {
            assertThat(row).hasSameSizeAs(header);
            assertThat(row.get(region)).isEqualTo("KZ-39");
        });
        List<String> cells = data.stream().flatMap(List::stream).toList();
        assertThat(cells).contains("'" + Hostile.FORMULA).noneMatch(c -> c.startsWith("=") || c.startsWith("@"));
        int evidence = header.indexOf("evidence");
        assertThat(data).anySatisfy(row -> assertThat(row.get(evidence)).isNotEmpty());
    }

    @Test
    void xlsxHoldsOneSheetPerKindWithTypedCells() throws IOException {
        HttpResponse<byte[]> r = get("format=xlsx");
        assertThat(r.headers().firstValue("Content-Disposition")).get().asString().contains("zauyt.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)))
                    .containsExactly("Projects", "Indicators", "Targets", "Ledger");
            assertThat((long) wb.getSheet("Projects").getLastRowNum()).isEqualTo(count("select count(*) from project"));
            assertThat((long) wb.getSheet("Indicators").getLastRowNum()).isEqualTo(count("select count(*) from indicator"));
            assertThat((long) wb.getSheet("Targets").getLastRowNum()).isEqualTo(count("select count(*) from target"));
            assertThat(wb.getSheet("Ledger").getLastRowNum())
                    .isEqualTo(web.registry.ledger().entries(WebFixture.TODAY.atZone(java.time.ZoneOffset.UTC).toLocalDate()).size());
            Sheet projects = wb.getSheet("Projects");
            List<String> header = header(projects);
            int investment = header.indexOf("investment");
            int last = header.indexOf("last_evidence");
            int name = header.indexOf("name");
            boolean cyrillic = false;
            int money = 0;
            for (int i = 1; i <= projects.getLastRowNum(); i++) {
                Row row = projects.getRow(i);
                if (row.getCell(investment) != null) {
                    assertThat(row.getCell(investment).getCellType()).isEqualTo(CellType.NUMERIC);
                    money++;
                }
                assertThat(DateUtil.isCellDateFormatted(row.getCell(last))).isTrue();
                cyrillic |= row.getCell(name).getStringCellValue().chars().anyMatch(c -> c >= 'А' && c <= 'я');
            }
            assertThat(money).isPositive();
            assertThat(cyrillic).as("Russian names come through as text").isTrue();
            Sheet indicators = wb.getSheet("Indicators");
            assertThat(indicators.getRow(1).getCell(header(indicators).indexOf("value")).getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }

    @Test
    void xlsxOfOneKindKeepsItsFilters() throws IOException {
        HttpResponse<byte[]> r = get("format=xlsx&what=projects&status=operating&sector=C");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            Sheet s = wb.getSheetAt(0);
            List<String> header = header(s);
            assertThat((long) s.getLastRowNum())
                    .isEqualTo(count("select count(*) from project where status = 'operating' and sector like 'C%'")).isPositive();
            for (int i = 1; i <= s.getLastRowNum(); i++) {
                assertThat(s.getRow(i).getCell(header.indexOf("status")).getStringCellValue()).isEqualTo("operating");
                assertThat(s.getRow(i).getCell(header.indexOf("sector")).getStringCellValue()).startsWith("C");
            }
        }
    }

    @Test
    void geoJsonPutsProjectsInKazakhstanAndSaysHowPrecisely() {
        HttpResponse<byte[]> r = get("format=geojson&what=projects");
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/geo+json");
        JsonNode fc = Readers.json(r.body());
        assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
        JsonNode features = fc.get("features");
        assertThat((long) features.size()).isEqualTo(count("select count(*) from project"));
        List<String> precisions = new ArrayList<>();
        for (JsonNode f : features) {
            JsonNode g = f.get("geometry");
            String precision = f.get("properties").get("location_precision").asText();
            precisions.add(precision);
            if (g.isNull()) {
                assertThat(precision).isEqualTo("none");
                continue;
            }
            assertThat(g.get("type").asText()).isEqualTo("Point");
            double lon = g.get("coordinates").get(0).asDouble();
            double lat = g.get("coordinates").get(1).asDouble();
            assertThat(lon).as("longitude of %s", f.get("id")).isBetween(46.4, 87.4);
            assertThat(lat).as("latitude of %s", f.get("id")).isBetween(40.5, 55.5);
            assertThat(precision).isIn("town", "region");
            if (precision.equals("town")) {
                assertThat(f.get("properties").get("place").asText()).isNotEmpty();
            }
        }
        assertThat(precisions).contains("town");
        assertThat(features.get(0).get("properties").has("evidence")).isTrue();
    }

    @Test
    void oc4idsProjectsAreValidAgainstTheStandardsSchema() {
        JsonNode pkg = Readers.json(get("format=oc4ids&what=projects").body());
        assertThat(Readers.packageErrors(pkg)).isEmpty();
        JsonNode projects = pkg.get("projects");
        assertThat((long) projects.size()).isEqualTo(count("select count(*) from project"));
        for (JsonNode p : projects) {
            assertThat(Readers.projectErrors(p)).as(p.get("id").asText()).isEmpty();
        }
        assertThat(projects.findValues("budget")).isNotEmpty();
        assertThat(projects.findValues("geometry")).isNotEmpty();
        assertThat(projects.findValues("url").stream().map(JsonNode::asText)).noneMatch(u -> u.startsWith("javascript:"));
        // the schema is strict enough to catch a wrong record: a status outside its codelist fails
        com.fasterxml.jackson.databind.node.ObjectNode broken = projects.get(0).deepCopy();
        broken.put("status", "operating");
        assertThat(Readers.projectErrors(broken)).isNotEmpty();
    }

    @Test
    void jsonLinesOfIndicatorsTakeTheMetricFilter() {
        String text = new String(get("format=jsonl&what=indicators&metric=production").body(), StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat((long) lines.size()).isEqualTo(count("select count(*) from indicator where metric ilike '%production%'"))
                .isPositive();
        for (String line : lines) {
            JsonNode i = Readers.json(line.getBytes(StandardCharsets.UTF_8));
            assertThat(i.get("metric").asText()).containsIgnoringCase("production");
            assertThat(i.get("value").isNumber()).isTrue();
            assertThat(i.get("source").asText()).isNotEmpty();
        }
    }

    @Test
    void theLedgerTakesItsStateFilter() {
        byte[] b = get("format=csv&what=ledger&state=no_data").body();
        List<List<String>> rows = Readers.csv(new String(b, 3, b.length - 3, StandardCharsets.UTF_8));
        int state = rows.get(0).indexOf("state");
        assertThat(rows.subList(1, rows.size())).isNotEmpty().allSatisfy(r -> assertThat(r.get(state)).isEqualTo("no data"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"what=projects|format is required", "format=pdf|format must be one of csv, xlsx",
        "format=geojson&what=ledger|geojson describes projects only", "format=csv&what=all|what=all is for xlsx only",
        "format=csv&region=Almaty|got 'Almaty'", "format=csv&regoin=KZ-39|unknown parameter 'regoin'",
        "format=csv&state=later|got 'later'", "format=csv&year=20x5|year must be a whole number"})
    void aBadRequestIsA400SayingWhatIsWrong(String query, String says) {
        HttpResponse<String> r = Http.get(web.url("/export?" + query));
        assertThat(r.statusCode()).as(query).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Disposition")).as("no download started").isEmpty();
        assertThat(r.body()).contains(says).doesNotContain("Exception");
    }

    @Test
    void headSaysWhatAGetWouldSend() {
        HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create(web.url("/export?format=xlsx&what=ledger")))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Disposition")).get().asString().contains("zauyt-ledger.xlsx");
        assertThat(r.body()).isEmpty();
    }

    @Test
    void eachListPageOffersItsDownloadsWithItsFilters() {
        String projects = Http.get(web.url("/projects?region=KZ-39&status=operating&sort=name&page=2")).body();
        assertThat(projects).contains("id=\"dl-projects-xlsx\"")
                .contains("href=\"/export?region=KZ-39&amp;status=operating&amp;what=projects&amp;format=xlsx\"");
        assertThat(Http.get(web.url("/indicators?metric=cement")).body())
                .contains("href=\"/export?metric=cement&amp;what=indicators&amp;format=csv\"");
        assertThat(Http.get(web.url("/targets?state=met")).body())
                .contains("href=\"/export?state=met&amp;what=ledger&amp;format=xlsx\"", "id=\"dl-targets-csv\"");
    }

    private static List<String> header(Sheet s) {
        List<String> out = new ArrayList<>();
        s.getRow(0).forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }
}
