package kz.zauyt.follow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import kz.zauyt.extract.Extractor;
import kz.zauyt.follow.feed.Listing;
import kz.zauyt.follow.fetch.FetcherTest;
import kz.zauyt.registry.Commands;
import kz.zauyt.registry.Registry;
import kz.zauyt.registry.TestDb;
import kz.zauyt.registry.db.DatabaseConfig;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code follow} as a loop: each source polled on its interval, new items in the registry within it, failing sources retried. */
class FollowingTest {

    private static final Duration EVERY = Duration.ofSeconds(1);

    @Test
    void aNewItemIsInTheRegistryWithinOneIntervalAndAFailingSourceIsRetriedUntilItRecovers(@TempDir Path dir) throws Exception {
        DatabaseConfig db = TestDb.freshSchema("following");
        try (TestSite site = TestSite.start(); Registry registry = Registry.open(db);
             Following following = new Following(registry, FetcherTest.fast(), dir.resolve("warc"), 2, Extractor::load,
                     Clock.systemUTC())) {
            String first = site.base() + "/en/news/plant-0";
            site.text("/en/news/plant-0", "text/html", Newsroom.article(0, 0));
            site.text("/feed.xml", "application/rss+xml", Newsroom.rss(List.of(first), List.of("d0")));
            AtomicBoolean down = new AtomicBoolean(true);
            site.text("/ru/news/zavod-1", "text/html", Newsroom.article(1, 0));
            String flakyFeed = Newsroom.rss(List.of(site.base() + "/ru/news/zavod-1"), List.of("d1"));
            site.route("/flaky.xml", x -> TestSite.send(x, down.get() ? 500 : 200, "application/rss+xml",
                    flakyFeed.getBytes(StandardCharsets.UTF_8)));
            Sources sources = following.sources();
            sources.add(site.uri("/feed.xml"), "feed", Listing.Kind.AUTO, null, EVERY);
            Source flaky = sources.add(site.uri("/flaky.xml"), "flaky", Listing.Kind.AUTO, null, EVERY).orElseThrow();

            ByteArrayOutputStream log = new ByteArrayOutputStream();
            Thread loop = looping(following, log);
            Jdbi jdbi = registry.database().jdbi();
            waitFor(() -> count(jdbi, "select count(*) from document") >= 1, Duration.ofSeconds(60));
            waitFor(() -> "failing".equals(state(jdbi, flaky.id())), Duration.ofSeconds(30));

            String second = site.base() + "/en/news/plant-2";
            site.text("/en/news/plant-2", "text/html", Newsroom.article(2, 0));
            site.text("/feed.xml", "application/rss+xml", Newsroom.rss(List.of(first, second), List.of("d0", "d2")));
            long published = System.nanoTime();
            waitFor(() -> count(jdbi, "select count(*) from document where url = '" + second + "'") == 1, Duration.ofSeconds(60));
            Duration latency = Duration.ofNanos(System.nanoTime() - published);
            System.out.printf("news to registry: %d ms (interval %d ms)%n", latency.toMillis(), EVERY.toMillis());
            assertThat(latency).as("within one poll interval plus 30 s").isLessThan(EVERY.plusSeconds(30));

            down.set(false);
            waitFor(() -> "ok".equals(state(jdbi, flaky.id())) && count(jdbi, "select count(*) from document") == 3,
                    Duration.ofSeconds(60));
            following.stop();
            loop.join(10_000);
            assertThat(loop.isAlive()).as("the loop stops when asked").isFalse();
            assertThat(log.toString(StandardCharsets.UTF_8)).contains("flaky: failing: HTTP 500", "1 new");
        } finally {
            TestDb.drop(db);
        }
    }

    @Test
    void serveFollowServesAndFollowsInOneProcess(@TempDir Path dir) throws Exception {
        DatabaseConfig db = TestDb.freshSchema("serve_follow");
        try (TestSite site = TestSite.start(); Registry registry = Registry.open(db)) {
            site.text("/en/news/plant-4", "text/html", Newsroom.article(4, 0));
            site.text("/feed.xml", "application/rss+xml", Newsroom.rss(List.of(site.base() + "/en/news/plant-4"), List.of("d")));
            new Sources(registry.database().jdbi()).add(site.uri("/feed.xml"), "feed", Listing.Kind.AUTO, null, EVERY);
            Process p = Commands.start(dir, dir.resolve("serve.log"), "serve", "--follow", "--port", "0", "--db",
                    TestDb.urlWithSchema(db), "--warc", dir.resolve("warc").toString(), "--delay", "0");
            try {
                String[] base = {Commands.await(p, dir.resolve("serve.log"), "serving (http://127\\.0\\.0\\.1:\\d+/)",
                        Duration.ofSeconds(90))};
                assertThat(Commands.read(dir.resolve("serve.log"))).contains("and following 1 sources");
                HttpClient http = HttpClient.newHttpClient();
                waitFor(() -> body(http, base[0] + "sources").contains("<td class=\"num\">1</td><td class=\"num\">1</td>"),
                        Duration.ofSeconds(60));
                assertThat(body(http, base[0] + "documents")).contains("A tile plant opens in Kostanay");
                assertThat(body(http, base[0])).contains("Last news received");
            } finally {
                p.destroy();
                assertThat(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
            }
        } finally {
            TestDb.drop(db);
        }
    }

    private static String body(HttpClient http, String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (java.io.IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** Runs the follow loop on a thread of its own, its lines going to {@code log}. */
    static Thread looping(Following following, ByteArrayOutputStream log) {
        Thread loop = new Thread(() -> {
            try {
                following.loop(new PrintStream(log, true, StandardCharsets.UTF_8));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        loop.start();
        return loop;
    }

    static void waitFor(BooleanSupplier condition, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited " + limit.toSeconds() + " s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static String state(Jdbi jdbi, long id) {
        return jdbi.withHandle(h -> h.createQuery("select state from source where id = :id").bind("id", id).mapTo(String.class).one());
    }

    static long count(Jdbi jdbi, String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
