package kz.zauyt.web.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kz.zauyt.follow.Source;
import kz.zauyt.follow.Sources;
import kz.zauyt.follow.feed.Item;
import kz.zauyt.follow.feed.Listing;
import kz.zauyt.registry.Registry;
import kz.zauyt.registry.TestDb;
import kz.zauyt.registry.db.DatabaseConfig;
import kz.zauyt.web.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Sources page over real HTTP: each state in words, what came from the network escaped, linked from every page. */
class SourcesPageTest {

    private static DatabaseConfig db;
    private static Registry registry;
    private static WebServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        db = TestDb.freshSchema("sources_page");
        registry = Registry.open(db);
        Sources sources = new Sources(registry.database().jdbi());
        Instant now = Instant.now();
        Source ok = sources.add(URI.create("https://astanatimes.com/feed/"), "astanatimes", Listing.Kind.AUTO, null,
                Duration.ofMinutes(10)).orElseThrow();
        sources.listed(ok, List.of(new Item(URI.create("https://astanatimes.com/2026/12/plant/"), "A plant", null)), "\"e1\"", null, now);
        Source down = sources.add(URI.create("https://down.example.kz/rss"), "down<b>", Listing.Kind.RSS, null,
                Duration.ofMinutes(5)).orElseThrow();
        sources.failed(down, "https://down.example.kz/rss: malformed XML at line 3: <script>alert('x')</script>", false, now);
        Source robots = sources.add(URI.create("https://closed.example.kz/news"), "closed", Listing.Kind.SECTION, null,
                Duration.ofHours(1)).orElseThrow();
        sources.failed(robots, "robots.txt of https://closed.example.kz disallows https://closed.example.kz/news", true, now);
        sources.add(URI.create("https://new.example.kz/feed"), "fresh", Listing.Kind.AUTO, null, Duration.ofMinutes(10));
        server = WebServer.start(registry, "127.0.0.1", 0, Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        server.close();
        registry.close();
        TestDb.drop(db);
    }

    private static String get(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    @Test
    void eachSourceWithItsStateLastPollCountsAndLastErrorInWords() throws Exception {
        String html = get("/sources");
        assertThat(html).contains("Sources followed", "astanatimes", "every 10m", "1 queued", "failing since ",
                "robots.txt disallows it", "not polled yet", "malformed XML at line 3",
                "The registry has not received any news yet.");
        assertThat(html).as("text from the network is escaped").doesNotContain("<script>alert", "down<b>")
                .contains("&lt;script&gt;alert(", "down&lt;b&gt;");
        assertThat(html).contains("id=\"source-1\" class=\"state-ok\"", "class=\"state-failing\"", "class=\"state-robots\"");
    }

    @Test
    void theSourcesPageSpeaksRussianAndKazakhAndIsInTheNavigation() throws Exception {
        assertThat(get("/sources?lang=ru")).contains("Отслеживаемые источники", "запрещено в robots.txt");
        assertThat(get("/sources?lang=kk")).contains("Бақыланатын дереккөздер", "robots.txt тыйым салады");
        assertThat(get("/documents")).contains("<a href=\"/sources\"");
    }
}
