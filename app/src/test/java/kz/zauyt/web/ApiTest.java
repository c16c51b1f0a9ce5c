package kz.zauyt.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON API over real HTTP against a server on a real PostgreSQL holding the 50 sample articles. */
class ApiTest {

    private static WebFixture web;

    @BeforeAll
    static void start() {
        web = WebFixture.get();
        // a sample the engine stumbles on is reported and the batch goes on; the pages need most of them
        assertThat(web.summary.added()).isGreaterThanOrEqualTo(45);
        assertThat(web.summary.failures()).allSatisfy(f -> assertThat(f.reason()).contains(f.source()));
    }

    private static JsonNode ok(String path) {
        HttpResponse<String> r = Http.get(web.url(path));
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        return Http.json(r);
    }

    private static List<JsonNode> items(JsonNode page) {
        List<JsonNode> out = new ArrayList<>();
        page.path("items").forEach(out::add);
        return out;
    }

    @Test
    void listsProjectsInPagesWithTheirTotal() {
        JsonNode first = ok("/api/v1/projects?size=10");
        assertThat(first.path("total").asLong()).isGreaterThan(20); // the samples give a few dozen projects (fewer as the engine tells one plant once)
        assertThat(first.path("exact").asBoolean()).isTrue();
        assertThat(first.path("pages").asLong()).isEqualTo((first.path("total").asLong() + 9) / 10);
        assertThat(items(first)).hasSize(10).allSatisfy(p -> assertThat(p.path("id").asLong()).isPositive());
        JsonNode second = ok("/api/v1/projects?size=10&page=2");
        assertThat(items(second)).extracting(p -> p.path("id").asLong())
                .doesNotContainAnyElementsOf(items(first).stream().map(p -> p.path("id").asLong()).toList());
    }

    @Test
    void filtersByRegionStatusSectorCountryAndYear() {
        assertThat(items(ok("/api/v1/projects?region=KZ-39&size=200"))).isNotEmpty()
                .allSatisfy(p -> assertThat(p.path("region").asText()).isEqualTo("KZ-39"));
        assertThat(items(ok("/api/v1/projects?status=operating&size=200"))).isNotEmpty()
                .allSatisfy(p -> assertThat(p.path("status").asText()).isEqualTo("operating"));
        assertThat(items(ok("/api/v1/projects?sector=C&size=200"))).isNotEmpty()
                .allSatisfy(p -> assertThat(p.path("sector").asText()).startsWith("C"));
        assertThat(items(ok("/api/v1/projects?country=CN&size=200"))).isNotEmpty()
                .allSatisfy(p -> assertThat(p.path("countries").toString()).contains("CN"));
        assertThat(items(ok("/api/v1/projects?year=2024&size=200"))).isNotEmpty()
                .allSatisfy(p -> assertThat(p.path("firstEvidence").asText().compareTo("2025")).isLessThan(0));
    }

    @Test
    void findsACompanyWrittenInTheOtherScript() {
        String cyrillic = URLEncoder.encode("Тобыл Моторс", StandardCharsets.UTF_8);
        List<JsonNode> found = items(ok("/api/v1/projects?company=" + cyrillic));
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).path("companies").toString()).containsIgnoringCase("tobyl");
    }

    @Test
    void searchesNamesProductsAndSentences() {
        List<JsonNode> found = items(ok("/api/v1/projects?q=cement&size=50"));
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).toString().toLowerCase()).containsAnyOf("cement", "цемент");
    }

    @Test
    void sortsByInvestmentBothWays() {
        // converted to tenge at the figure's date: dollars and tenge in one order
        List<Double> down = items(ok("/api/v1/projects?sort=-investment&size=10")).stream()
                .map(p -> p.path("investmentKzt").asDouble()).toList();
        assertThat(down).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        List<String> names = items(ok("/api/v1/projects?sort=name&size=20&region=KZ-39")).stream()
                .map(p -> p.path("name").asText().toLowerCase()).toList();
        assertThat(names).isSorted();
    }

    @Test
    void aProjectHasItsTimelineFieldsAndMentions() {
        long id = items(ok("/api/v1/projects?sort=-mentions&size=1")).get(0).path("id").asLong();
        JsonNode p = ok("/api/v1/projects/" + id);
        assertThat(p.path("project").path("id").asLong()).isEqualTo(id);
        assertThat(p.path("timeline").size()).isGreaterThanOrEqualTo(2);
        assertThat(p.path("mentions").size()).isGreaterThanOrEqualTo(3);
        assertThat(p.path("fields").findValuesAsText("field")).contains("investment", "status", "companies");
        assertThat(p.path("mentions").get(0).path("quote").asText()).isNotBlank();
    }

    @ParameterizedTest
    @CsvSource({
        "/api/v1/projects?region=XX, region",
        "/api/v1/projects?size=500, size",
        "/api/v1/projects?page=0, page",
        "/api/v1/projects?year=twenty, year",
        "/api/v1/projects?sort=colour, sort",
        "/api/v1/projects?status=built, status",
        "/api/v1/projects?regoin=KZ-39, regoin",
        "/api/v1/projects/abc, id",
        "/api/v1/documents/xyz, id",
        "/api/v1/documents?language=de, language",
        "/api/v1/targets?state=late, state",
        "/api/v1/indicators?region=Almaty, region",
        "/api/v1/stats?country=Narnia, country",
    })
    void aBadParameterIsA400ProblemNamingIt(String path, String parameter) {
        HttpResponse<String> r = Http.get(web.url(path));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        JsonNode problem = Http.json(r);
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("parameter").asText()).isEqualTo(parameter);
        assertThat(problem.path("detail").asText()).contains(parameter);
        assertThat(problem.path("title").asText()).isNotBlank();
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/projects/999999999", "/api/v1/documents/0000000000000000000000000000000000000000000000000000000000000000",
        "/api/v1/nothing"})
    void aMissingThingIsA404Problem(String path) {
        HttpResponse<String> r = Http.get(web.url(path));
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(Http.json(r).path("status").asInt()).isEqualTo(404);
    }

    @Test
    void documentsAndOneDocumentWithItsFactsAndSpans() {
        JsonNode list = ok("/api/v1/documents?language=ru&size=100");
        assertThat(items(list)).isNotEmpty().allSatisfy(d -> assertThat(d.path("language").asText()).isEqualTo("ru"));
        JsonNode withFacts = items(ok("/api/v1/documents?size=100")).stream()
                .filter(d -> d.path("projects").asLong() > 0).findFirst().orElseThrow();
        JsonNode doc = ok("/api/v1/documents/" + withFacts.path("id").asText());
        String text = doc.path("text").asText();
        JsonNode span = doc.path("projects").get(0).path("evidence").get(0);
        assertThat(span.path("end").asInt()).isLessThanOrEqualTo(text.length());
        assertThat(doc.path("projects").get(0).path("quote").asText())
                .startsWith(text.substring(span.path("start").asInt(), span.path("end").asInt()).substring(0, 10));
    }

    @Test
    void indicatorsTargetsAndStats() {
        assertThat(items(ok("/api/v1/indicators?metric=output"))).isNotEmpty()
                .allSatisfy(i -> assertThat(i.path("metric").asText()).contains("output"));
        JsonNode targets = ok("/api/v1/targets?size=200");
        assertThat(items(targets)).isNotEmpty()
                .allSatisfy(t -> assertThat(t.path("state").asText()).isIn("NO_DATA", "PENDING", "ON_TRACK", "MET", "MISSED"));
        assertThat(items(ok("/api/v1/targets?state=no_data&size=200")))
                .allSatisfy(t -> assertThat(t.path("state").asText()).isEqualTo("NO_DATA"));
        JsonNode stats = ok("/api/v1/stats?region=KZ-39");
        assertThat(stats.path("byRegion").get(0).path("key").asText()).isEqualTo("KZ-39");
        assertThat(stats.path("registry").path("documents").asLong()).isEqualTo(web.summary.added());
    }

    @Test
    void openApiDescribesEveryEndpoint() {
        JsonNode spec = ok("/api/openapi.json");
        assertThat(spec.path("openapi").asText()).startsWith("3.");
        assertThat(spec.path("paths").fieldNames()).toIterable().contains("/api/v1/projects", "/api/v1/projects/{id}",
                "/api/v1/documents", "/api/v1/documents/{id}", "/api/v1/indicators", "/api/v1/targets", "/api/v1/stats");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : List.of("/", "/projects", "/api/v1/projects", "/static/app.css", "/nothing-here",
                "/webjars/htmx.org/2.0.10/dist/htmx.min.js")) {
            HttpResponse<String> r = Http.get(web.url(path));
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(path).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
        }
    }

    @Test
    void nothingCanBeWritten() {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create(web.url("/api/v1/projects/1")))
                    .method(method, HttpRequest.BodyPublishers.ofString("{}")).build());
            assertThat(r.statusCode()).as(method).isIn(404, 405);
        }
    }

    /** The old address serves the export's file: byte-order mark, quoting and the formula guard are the export's. */
    @Test
    void csvExportKeepsTheFiltersAndDisarmsFormulas() {
        HttpResponse<byte[]> r = Http.sendBytes(HttpRequest.newBuilder(URI.create(web.url("/projects.csv?region=KZ-39&sort=-jobs")))
                .build());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(r.headers().firstValue("Content-Disposition")).get().asString().contains("zauyt-projects.csv");
        byte[] export = Http.sendBytes(HttpRequest.newBuilder(URI.create(web.url("/export?format=csv&what=projects&region=KZ-39")))
                .build()).body();
        assertThat(r.body()).startsWith(0xEF, 0xBB, 0xBF).isEqualTo(export);
        String text = new String(r.body(), 3, r.body().length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = kz.zauyt.export.Readers.csv(text);
        assertThat(rows.get(0)).startsWith("id", "name", "status");
        int region = rows.get(0).indexOf("region");
        assertThat(rows.subList(1, rows.size())).isNotEmpty().allSatisfy(row -> assertThat(row.get(region)).isEqualTo("KZ-39"));
        assertThat(text).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
    }

    @Test
    void pagesEscapeArticleText() {
        String list = Http.get(web.url("/documents?q=Pwn")).body();
        assertThat(list).contains("Pwn Motors &lt;script&gt;window.__pwned=1&lt;/script&gt; opens plant")
                .doesNotContain("<script>window.__pwned");
        String projects = Http.get(web.url("/projects?region=KZ-39&size=200")).body();
        assertThat(projects).doesNotContain("<img src=x", "<script>window").contains("&lt;img src=x onerror=window.__pwned=4&gt;");
    }
}
