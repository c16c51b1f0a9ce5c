package kz.zauyt.registry.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import kz.zauyt.extract.Extraction;
import kz.zauyt.extract.document.Document;
import kz.zauyt.extract.fact.Company;
import kz.zauyt.extract.fact.Location;
import kz.zauyt.extract.fact.Project;
import kz.zauyt.extract.json.ExtractionJson;
import kz.zauyt.extract.text.Language;
import kz.zauyt.extract.text.Span;
import kz.zauyt.registry.Corpus;
import kz.zauyt.registry.Registry;
import kz.zauyt.registry.TestDb;
import kz.zauyt.registry.db.DatabaseConfig;
import kz.zauyt.web.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "A Chinese investor will build...": a company known only by its country, from ingest to the project page. */
class NamelessCompanyTest {

    private static DatabaseConfig config;
    private static Registry registry;

    @BeforeAll
    static void load() throws Exception {
        config = TestDb.freshSchema("nameless");
        registry = Registry.open(config);
        Path dir = Files.createTempDirectory("zauyt-nameless");
        Files.writeString(dir.resolve("facts.jsonl"),
                line("A Chinese investor will build a glass <plant> in Taraz.", "glass plant", "glass", "KZ-31", "Taraz") + "\n"
                + line("Investors from China plan a cement <factory> near Taraz.", "cement factory", "cement", "KZ-31", null) + "\n");
        Corpus.ingest(registry.database().jdbi(), dir);
    }

    private static String line(String sentence, String name, String product, String region, String place)
            throws java.security.NoSuchAlgorithmException {
        String text = sentence.replace("<", "").replace(">", "");
        Document d = new Document(sha256(text), name + ".txt", text, Language.EN, LocalDate.of(2025, 9, 3),
                text, List.of(new Span(0, text.length())));
        Project p = new Project(name, List.of(Company.nameless("investor", "CN")), new Location(region, place, null), "C23",
                List.of(product), List.of(), null, null, "planned", null, List.of(new Span(0, text.length())));
        return ExtractionJson.line(new Extraction(d, List.of(p), List.of(), List.of(), List.of()),
                new ExtractionJson.Options(true, false));
    }

    private static String sha256(String text) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @AfterAll
    static void close() {
        registry.close();
        TestDb.drop(config);
    }

    private static List<ProjectRow> rows(ProjectFilter f) {
        return registry.search().search(f, Paging.first(50)).items();
    }

    @Test
    void theInvestorsCountryCountsButJoinsNothing() {
        assertThat(rows(ProjectFilter.ANY)).extracting(ProjectRow::name).containsExactlyInAnyOrder("glass plant", "cement factory");
        assertThat(rows(ProjectFilter.ANY.withCountry("CN"))).hasSize(2);
        assertThat(rows(ProjectFilter.ANY.withCountry("Китай"))).hasSize(2);
        assertThat(rows(ProjectFilter.ANY.withCountry("TR"))).isEmpty();
        assertThat(rows(ProjectFilter.ANY.withCountry("CN"))).allSatisfy(r -> {
            assertThat(r.companies()).isEmpty(); // no name to list
            assertThat(r.countries()).containsExactly("CN");
        });
    }

    @Test
    void theProjectPageAndTheApiShowTheCountry() throws Exception {
        long id = rows(ProjectFilter.ANY.withCountry("CN")).get(0).id();
        assertThat(registry.projects().get(id).orElseThrow().field("companies").values())
                .extracting(r -> r.value()).containsExactly("investor, CN");
        try (WebServer server = WebServer.start(registry, "127.0.0.1", 0, Clock.systemUTC())) {
            HttpClient http = HttpClient.newHttpClient();
            for (String path : List.of("/projects/" + id, "/api/v1/projects/" + id, "/projects?country=CN", "/api/v1/projects?country=CN")) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(path).isEqualTo(200);
                assertThat(r.body()).as(path).contains(path.startsWith("/projects?") ? "China" : "CN"); // the list names the country
            }
        }
    }
}
