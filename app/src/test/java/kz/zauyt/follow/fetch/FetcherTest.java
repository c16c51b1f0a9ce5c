package kz.zauyt.follow.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import kz.zauyt.follow.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a real HTTP server on loopback, with each fault a news site has. */
public class FetcherTest {

    /** Short delays so the suite stays fast; the behaviour is the same as the defaults'. */
    public static FetchConfig fast() {
        return new FetchConfig("ops@example.org", Duration.ofSeconds(2), Duration.ofMillis(800), 64 * 1024, 3,
                Duration.ofMillis(20), 2, Duration.ofMillis(30), Duration.ofSeconds(5), Duration.ofHours(1));
    }

    private final TestSite site = TestSite.start();
    private final Fetcher fetcher = new Fetcher(fast());

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void namesZauytAndItsContactAndObeysRobotsTxt() throws Exception {
        site.text("/robots.txt", "text/plain", "User-agent: zauyt\nDisallow: /private/\n\nUser-agent: *\nDisallow: /\n");
        site.text("/news/1", "text/html", "<html><body>one</body></html>");
        site.text("/private/2", "text/html", "<html><body>two</body></html>");

        Page p = fetcher.get(site.uri("/news/1"), Validators.NONE);
        assertThat(p.text()).contains("one");
        assertThat(site.hits()).filteredOn(h -> h.path().equals("/news/1")).first()
                .satisfies(h -> assertThat(h.userAgent()).startsWith("Zauyt/").contains("+ops@example.org"));
        assertThatThrownBy(() -> fetcher.get(site.uri("/private/2"), Validators.NONE))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.ROBOTS))
                .hasMessageContaining("robots.txt").hasMessageContaining("/private/2");
        assertThat(site.hitsOf("/private/2")).as("a disallowed page is never requested").isZero();
        assertThat(site.hitsOf("/robots.txt")).as("robots.txt is read once per host").isEqualTo(1);
    }

    @Test
    void aMissingRobotsTxtAllowsEverything() throws Exception {
        site.route("/robots.txt", x -> TestSite.send(x, 404, "text/plain", "none".getBytes(StandardCharsets.UTF_8)));
        site.text("/a", "text/html", "<p>a</p>");
        assertThat(fetcher.get(site.uri("/a"), Validators.NONE).status()).isEqualTo(200);
    }

    @Test
    void gzipIsUndoneAndETagsMakeA304() throws Exception {
        String body = "<html><body>" + "Завод ".repeat(500) + "</body></html>";
        site.text("/gz", "text/html", body);
        Page first = fetcher.get(site.uri("/gz"), Validators.NONE);
        assertThat(first.text()).isEqualTo(body);
        assertThat(first.etag()).isNotNull();
        Page again = fetcher.get(site.uri("/gz"), Validators.of(first));
        assertThat(again.notModified()).isTrue();
        assertThat(again.body()).isEmpty();
        assertThat(site.hits()).filteredOn(h -> h.path().equals("/gz")).last()
                .satisfies(h -> assertThat(h.ifNoneMatch()).isEqualTo(first.etag()));
    }

    @Test
    void redirectsAreFollowedUpToTheLimitAndALoopIsNamed() throws Exception {
        site.route("/old", x -> redirect(x, "/older"));
        site.route("/older", x -> redirect(x, site.base() + "/new"));
        site.text("/new", "text/html", "<p>here</p>");
        Page p = fetcher.get(site.uri("/old"), Validators.NONE);
        assertThat(p.uri()).isEqualTo(site.uri("/new"));
        assertThat(p.requested()).isEqualTo(site.uri("/old"));

        site.route("/loop-a", x -> redirect(x, "/loop-b"));
        site.route("/loop-b", x -> redirect(x, "/loop-a"));
        assertThatThrownBy(() -> fetcher.get(site.uri("/loop-a"), Validators.NONE))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.REDIRECTS))
                .hasMessageContaining("redirects more than 3 times");
    }

    @Test
    void a500ThenASuccessIsRetriedAndAlways500Fails() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        site.route("/flaky", x -> {
            if (calls.incrementAndGet() == 1) {
                TestSite.send(x, 500, "text/plain", "oops".getBytes(StandardCharsets.UTF_8));
            } else {
                TestSite.send(x, 200, "text/html", "<p>fine</p>".getBytes(StandardCharsets.UTF_8));
            }
        });
        assertThat(fetcher.get(site.uri("/flaky"), Validators.NONE).text()).contains("fine");
        assertThat(calls.get()).isEqualTo(2);

        site.route("/down", x -> TestSite.send(x, 502, "text/plain", "down".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> fetcher.get(site.uri("/down"), Validators.NONE))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.status()).isEqualTo(502))
                .hasMessageContaining("HTTP 502").hasMessageContaining("after 3 tries");
        assertThat(site.hitsOf("/down")).isEqualTo(3);
    }

    @Test
    void a429WaitsForItsRetryAfterAndAnOverlongOneFailsTheFetch() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        site.route("/busy", x -> {
            if (calls.incrementAndGet() == 1) {
                x.getResponseHeaders().add("Retry-After", "1");
                TestSite.send(x, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
            } else {
                TestSite.send(x, 200, "text/html", "<p>ok</p>".getBytes(StandardCharsets.UTF_8));
            }
        });
        assertThat(fetcher.get(site.uri("/busy"), Validators.NONE).status()).isEqualTo(200);
        List<TestSite.Hit> busy = site.hits().stream().filter(h -> h.path().equals("/busy")).toList();
        assertThat(busy).hasSize(2);
        assertThat(Duration.ofNanos(busy.get(1).nanos() - busy.get(0).nanos())).as("Retry-After: 1 honoured")
                .isGreaterThanOrEqualTo(Duration.ofMillis(950));

        site.route("/closed", x -> {
            x.getResponseHeaders().add("Retry-After", "3600");
            TestSite.send(x, 503, "text/plain", "maintenance".getBytes(StandardCharsets.UTF_8));
        });
        assertThatThrownBy(() -> fetcher.get(site.uri("/closed"), Validators.NONE))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.WAIT))
                .hasMessageContaining("asked to wait 3600 s");
    }

    @Test
    void aReadThatHangsTimesOutAndAnOversizedBodyIsRefused() throws Exception {
        site.route("/hang", x -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            x.close();
        });
        assertThatThrownBy(() -> fetcher.get(site.uri("/hang"), Validators.NONE))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.TIMEOUT))
                .hasMessageContaining("no complete answer");

        site.page("/huge", "text/html", new byte[200 * 1024]);
        assertThatThrownBy(() -> fetcher.get(site.uri("/huge"), Validators.NONE))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.TOO_LARGE))
                .hasMessageContaining("over the 64 KB size limit");
        // chunked, no Content-Length: refused as it passes the limit
        site.route("/stream", x -> {
            x.getResponseHeaders().add("Content-Type", "text/html");
            x.sendResponseHeaders(200, 0);
            try (var out = x.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write(new byte[8192]);
                }
            }
        });
        assertThatThrownBy(() -> fetcher.get(site.uri("/stream"), Validators.NONE))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.TOO_LARGE));
    }

    @Test
    void windows1251IsReadFromTheHeaderFromAMetaTagOrFromTheBytes() throws Exception {
        String text = "<html><head>%s<title>Новый завод</title></head><body>Завод по выпуску цемента открыт в Шымкенте.</body></html>";
        site.text("/header", "text/html; charset=windows-1251", text.formatted(""), Charsets.WINDOWS_1251);
        site.text("/meta", "text/html", text.formatted("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"),
                Charsets.WINDOWS_1251);
        site.text("/bare", "text/html", text.formatted(""), Charsets.WINDOWS_1251);
        for (String path : List.of("/header", "/meta", "/bare")) {
            assertThat(fetcher.get(site.uri(path), Validators.NONE).text()).as(path).contains("Завод по выпуску цемента");
        }
    }

    @Test
    void oneRequestAtATimePerHost() throws Exception {
        site.route("/slow", x -> {
            try {
                Thread.sleep(60);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            TestSite.send(x, 200, "text/html", "<p>slow</p>".getBytes(StandardCharsets.UTF_8));
        });
        fetcher.get(site.uri("/slow"), Validators.NONE); // robots.txt read first
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Page>> all = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            all.add(pool.submit(() -> fetcher.get(site.uri("/slow"), Validators.NONE)));
        }
        for (Future<Page> f : all) {
            assertThat(f.get().status()).isEqualTo(200);
        }
        pool.shutdown();
        assertThat(site.maxInFlight()).isEqualTo(1);
    }

    private static void redirect(HttpExchange x, String to) throws IOException {
        x.getResponseHeaders().add("Location", to);
        x.sendResponseHeaders(301, -1);
        x.close();
    }

    @Test
    void anAddressThatIsNotHttpIsRefused() {
        assertThatThrownBy(() -> fetcher.get(URI.create("ftp://example.org/x"), Validators.NONE))
                .isInstanceOf(FetchException.class).hasMessageContaining("not an http(s) address");
    }
}
