package kz.zauyt.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.zauyt.follow.Articles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The analyst's desk over real HTTP: totals past the last page, the map's towns and legend, the API's
 * documentation page against the routes the server has, the article's address beside its facts, the
 * welcome in each language.
 */
class DeskTest {

    private static WebFixture web;

    @BeforeAll
    static void start() {
        web = WebFixture.get();
    }

    private static HttpResponse<String> get(String path) {
        return Http.get(web.url(path));
    }

    private static JsonNode ok(String path) {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return Http.json(r);
    }

    @Test
    void aPagePastTheEndKeepsTheTrueTotal() {
        for (String list : List.of("/api/v1/projects?size=25", "/api/v1/projects?q=plant&size=25",
                "/api/v1/projects?region=KZ-39&status=operating&size=25", "/api/v1/projects?sort=-investment&size=25",
                "/api/v1/documents?size=25", "/api/v1/indicators?size=25", "/api/v1/targets?size=25")) {
            JsonNode first = ok(list);
            long total = first.path("total").asLong();
            assertThat(first.path("exact").asBoolean()).as(list).isTrue();
            JsonNode past = ok(list + "&page=999");
            assertThat(past.path("items")).as(list).isEmpty();
            assertThat(past.path("total").asLong()).as(list + " past the end").isEqualTo(total);
            assertThat(past.path("exact").asBoolean()).as(list).isTrue();
            assertThat(past.path("page").asLong()).isEqualTo(999);
            assertThat(past.path("pages").asLong()).as(list).isEqualTo(Math.max(1, (total + 24) / 25)).isLessThan(999);
            // the last page holds the rest of the list, and its total agrees
            JsonNode last = ok(list + "&page=" + past.path("pages").asLong());
            assertThat(last.path("total").asLong()).isEqualTo(total);
            assertThat(last.path("items").size()).isEqualTo(total == 0 ? 0 : (int) (total - 25 * (past.path("pages").asLong() - 1)));
        }
    }

    @Test
    void anHtmlPagePastTheEndSaysSoAndLinksTheLastPage() {
        long total = ok("/api/v1/projects?size=25").path("total").asLong();
        long pages = (total + 24) / 25;
        for (String path : List.of("/projects?page=999", "/documents?page=999")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).as(path).contains("there is no page 999").doesNotContain("page 999 of");
        }
        String body = get("/projects?page=999").body();
        assertThat(body).contains(String.format(java.util.Locale.ENGLISH, "%,d in all", total))
                .contains("the list ends on page " + pages).contains("rel=\"last\" href=\"/projects?page=" + pages + "\"");
        assertThat(get("/projects?page=999&lang=ru").body()).contains("страницы 999 нет");
    }

    @Test
    void theMapDrawsTownsLinkingToTheirProjectsAndALegendWithValues() {
        String map = get("/map").body();
        Matcher town = Pattern.compile("<a href=\"([^\"]+)\" class=\"town( cluster)?\" data-projects=\"(\\d+)\">").matcher(map);
        int towns = 0;
        int clusters = 0;
        long placed = 0;
        while (town.find()) {
            towns++;
            long n = Long.parseLong(town.group(3));
            placed += n;
            if (n == 1) {
                assertThat(town.group(1)).matches("/projects/\\d+");
                assertThat(get(town.group(1)).statusCode()).isEqualTo(200);
            } else {
                clusters++;
                assertThat(town.group(1)).contains("/projects?region=KZ-");
            }
        }
        long all = ok("/api/v1/projects?size=1").path("total").asLong();
        assertThat(towns).as("towns drawn").isGreaterThanOrEqualTo(10);
        assertThat(clusters).as("towns with several projects").isPositive();
        assertThat(placed).isLessThanOrEqualTo(all);
        // the legend says which numbers each colour stands for, up to the largest region's count
        long most = 0;
        for (JsonNode t : ok("/api/v1/stats").path("byRegion")) {
            if (!t.path("key").isNull()) {
                most = Math.max(most, t.path("projects").asLong());
            }
        }
        Matcher step = Pattern.compile("<li><span class=\"sw (q\\d)\"></span> ([\\d,]+)(?:–([\\d,]+))?</li>").matcher(map);
        List<long[]> steps = new ArrayList<>();
        while (step.find()) {
            long from = Long.parseLong(step.group(2).replace(",", ""));
            steps.add(new long[] {from, step.group(3) == null ? from : Long.parseLong(step.group(3).replace(",", ""))});
        }
        assertThat(steps).as("legend steps in " + map.substring(map.indexOf("map-legend"))).isNotEmpty();
        assertThat(steps.get(0)[0]).isEqualTo(1);
        assertThat(steps.get(steps.size() - 1)[1]).isEqualTo(most);
        for (int i = 1; i < steps.size(); i++) {
            assertThat(steps.get(i)[0]).as("steps follow each other").isEqualTo(steps.get(i - 1)[1] + 1);
        }
        // by investment the legend is in money
        assertThat(get("/map?by=investment&currency=KZT").body()).contains("id=\"map-legend\"").contains("KZT");
    }

    @Test
    void theApiDocumentationPageDescribesEveryRouteTheApiHas() {
        JsonNode openapi = ok("/api/openapi.json");
        String docs = get("/api/docs").body();
        assertThat(get("/api/docs").headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(docs).doesNotContain("<script src=\"http").doesNotContain("https://cdn");
        Iterator<Map.Entry<String, JsonNode>> paths = openapi.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> p = paths.next();
            assertThat(docs).as("the page shows " + p.getKey()).contains("<code>" + p.getKey() + "</code>");
            String path = p.getKey().replace("{id}", p.getKey().contains("documents")
                    ? "0".repeat(64) : "1");
            HttpResponse<String> probe = get(path + "?zzz=1");
            if (p.getKey().equals("/api/openapi.json")) {
                continue; // a file: it takes no parameters and answers them all the same
            }
            // the server's own list of the parameters it takes is the documented one
            assertThat(probe.statusCode()).as(path).isEqualTo(400);
            TreeSet<String> documented = new TreeSet<>();
            p.getValue().path("get").path("parameters").forEach(q -> {
                if (q.path("in").asText().equals("query")) {
                    documented.add(q.path("name").asText());
                }
            });
            Matcher taken = Pattern.compile("takes \\[([^\\]]*)]").matcher(probe.body());
            assertThat(taken.find()).as(probe.body()).isTrue();
            TreeSet<String> served = new TreeSet<>(taken.group(1).isEmpty() ? List.of() : List.of(taken.group(1).split(", ")));
            served.remove("lang");
            assertThat(documented).as(p.getKey()).isEqualTo(served);
        }
        // and every API route the server answers is in the file
        for (String route : List.of("/api/v1/projects", "/api/v1/projects/{id}", "/api/v1/documents", "/api/v1/documents/{id}",
                "/api/v1/indicators", "/api/v1/targets", "/api/v1/stats", "/api/openapi.json", "/projects.csv", "/export")) {
            assertThat(openapi.path("paths").has(route)).as(route).isTrue();
        }
        // projects, the ledger's lines and the readings have the fields the file gives them, no more and no fewer
        JsonNode schemas = openapi.path("components").path("schemas");
        assertThat(names(ok("/api/v1/projects").path("items").get(0))).isEqualTo(names(schemas.path("ProjectRow").path("properties")));
        JsonNode line = ok("/api/v1/targets?size=200").path("items").get(0);
        assertThat(names(line)).isEqualTo(names(schemas.path("LedgerEntry").path("properties")));
        assertThat(names(line.path("statements").get(0))).isEqualTo(names(schemas.path("TargetRecord").path("properties")));
        assertThat(names(ok("/api/v1/indicators").path("items").get(0)))
                .isEqualTo(names(schemas.path("IndicatorRecord").path("properties")));
        // the export's formats are the ones documented, each with the media type it is sent as
        JsonNode export = openapi.path("paths").path("/export").path("get");
        JsonNode media = export.path("responses").path("200").path("content");
        for (JsonNode p : export.path("parameters")) {
            if (p.path("name").asText().equals("format")) {
                assertThat(p.path("schema").path("enum")).isNotEmpty().allSatisfy(f -> {
                    String type = get("/export?format=" + f.asText()).headers().firstValue("Content-Type").orElseThrow();
                    assertThat(media.has(type.replaceAll(";.*", ""))).as(f + " sent as " + type).isTrue();
                });
            }
        }
        assertThat(get("/").body()).contains("href=\"/api/docs\"");
    }

    private static TreeSet<String> names(JsonNode object) {
        TreeSet<String> out = new TreeSet<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void anArticleShowsWhereItCameFromAndItsFactsSayIt() {
        Articles articles = new Articles(web.registry.database().jdbi());
        String doc = idOfAProjectArticle();
        articles.stored(URI.create("https://www.example.kz/news/plant?id=1&x=%3Cb%3E"), null, doc, null, null, Instant.now());
        String page = get("/documents/" + doc).body();
        assertThat(page).contains("<a href=\"https://www.example.kz/news/plant?id=1&amp;x=%3Cb%3E\"")
                .contains("class=\"original\"");
        JsonNode api = ok("/api/v1/documents/" + doc);
        assertThat(api.path("url").asText()).startsWith("https://www.example.kz/news/plant");
        long project = api.path("projects").get(0).path("projectId").asLong();
        assertThat(get("/projects/" + project).body()).contains("href=\"https://www.example.kz/news/plant");
        // a file keeps its path, as text, and an address that is not http(s) is never a link
        String other = ok("/api/v1/documents?size=50").path("items").findValues("id").stream().map(JsonNode::asText)
                .filter(id -> !id.equals(doc)).findFirst().orElseThrow();
        String filePage = get("/documents/" + other).body();
        assertThat(filePage).containsPattern("<span class=\"origin\" id=\"origin\"><code>[^<]+\\.(txt|html?|jsonl)</code>");
        articles.stored(URI.create("javascript:alert(1)"), null, other, null, null, Instant.now());
        assertThat(get("/documents/" + other).body()).doesNotContain("href=\"javascript:")
                .contains("<code>javascript:alert(1)</code>");
    }

    private static String idOfAProjectArticle() {
        for (JsonNode d : ok("/api/v1/documents?size=50").path("items")) {
            if (d.path("projects").asLong() > 0) {
                return d.path("id").asText();
            }
        }
        throw new AssertionError("no article with a project");
    }

    @Test
    void theWelcomeSpeaksThePagesLanguage() {
        Map<String, String> expected = Map.of("en", "Welcome!", "ru", "Добро пожаловать!", "kk", "Қош келдіңіз!");
        expected.forEach((lang, words) -> {
            String body = Http.send(HttpRequest.newBuilder(URI.create(web.url("/?lang=" + lang))).build()).body();
            assertThat(body).as(lang).contains("<p class=\"welcome\" id=\"welcome\" lang=\"" + lang + "\">" + words);
            expected.values().stream().filter(w -> !w.equals(words)).forEach(w -> assertThat(body).doesNotContain(w));
        });
    }
}
