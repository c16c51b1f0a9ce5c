package kz.zauyt.follow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import kz.zauyt.ingest.Snapshot;
import kz.zauyt.registry.Commands;
import kz.zauyt.registry.Registry;
import kz.zauyt.registry.TestDb;
import kz.zauyt.registry.db.DatabaseConfig;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code zauyt follow --once} in a real process, killed with SIGKILL while it reads articles, then run
 * again: every listed article ends up in the registry once, and the registry (and one rebuilt from the
 * WARC files the killed run left, its last record perhaps cut short) equals a clean run's.
 */
class FollowKillTest {

    private static final int ARTICLES = 30;

    @Test
    void aKilledFollowLosesNoArticleAndDuplicatesNone(@TempDir Path dir) throws Exception {
        try (TestSite site = TestSite.start()) {
            List<String> urls = IntStream.range(0, ARTICLES).mapToObj(i -> site.base() + "/news/plant-" + i).toList();
            for (int i = 0; i < ARTICLES; i++) {
                byte[] page = Newsroom.article(i, 0).getBytes(StandardCharsets.UTF_8);
                site.route("/news/plant-" + i, x -> {
                    sleep(80); // slow enough for the kill to land mid-run
                    TestSite.send(x, 200, "text/html; charset=utf-8", page);
                });
            }
            site.text("/feed.xml", "application/rss+xml", Newsroom.rss(urls, urls.stream().map(u -> "Tue, 01 Dec 2026").toList()));

            DatabaseConfig killed = TestDb.freshSchema("follow_killed");
            DatabaseConfig clean = TestDb.freshSchema("follow_clean");
            DatabaseConfig rebuilt = TestDb.freshSchema("follow_rebuilt");
            try (Registry k = Registry.open(killed); Registry c = Registry.open(clean); Registry r = Registry.open(rebuilt)) {
                Jdbi jdbi = k.database().jdbi();
                String url = TestDb.urlWithSchema(killed);
                assertThat(zauyt(dir, "add.log", "sources", "add", site.base() + "/feed.xml", "--db", url).waitFor()).isZero();
                assertThat(zauyt(dir, "add-clean.log", "sources", "add", site.base() + "/feed.xml", "--db",
                        TestDb.urlWithSchema(clean)).waitFor()).isZero();

                Process p = zauyt(dir, "killed.log", follow(url, dir.resolve("warc-killed")));
                long atKill = 0;
                for (long until = System.nanoTime() + 120_000_000_000L; atKill < 8 && System.nanoTime() < until; ) {
                    assertThat(p.isAlive()).as("follow ended before it could be killed").isTrue();
                    Thread.sleep(10);
                    atKill = count(jdbi, "select count(*) from document");
                }
                p.destroyForcibly(); // SIGKILL: no shutdown hook, no last words
                p.waitFor();
                assertThat(atKill).isBetween(8L, ARTICLES - 1L);

                Process again = zauyt(dir, "rerun.log", follow(url, dir.resolve("warc-killed")));
                assertThat(again.waitFor()).as(read(dir.resolve("rerun.log"))).isZero();
                assertThat(read(dir.resolve("rerun.log"))).contains("0 failed.");

                Process once = zauyt(dir, "clean.log", follow(TestDb.urlWithSchema(clean), dir.resolve("warc-clean")));
                assertThat(once.waitFor()).isZero();

                assertThat(count(jdbi, "select count(*) from article where state = 'stored'")).isEqualTo(ARTICLES);
                assertThat(count(jdbi, "select count(*) from document")).isEqualTo(ARTICLES);
                assertThat(count(jdbi, "select count(*) from article_version")).isEqualTo(ARTICLES);
                assertThat(Snapshot.of(jdbi)).isEqualTo(Snapshot.of(c.database().jdbi()));

                Process re = zauyt(dir, "reextract.log", "reextract", "--db", TestDb.urlWithSchema(rebuilt), "--warc",
                        dir.resolve("warc-killed").toString());
                assertThat(re.waitFor()).as(read(dir.resolve("reextract.log"))).isZero();
                assertThat(Snapshot.of(r.database().jdbi())).isEqualTo(Snapshot.of(jdbi));
            } finally {
                TestDb.drop(killed);
                TestDb.drop(clean);
                TestDb.drop(rebuilt);
            }
        }
    }

    private static String[] follow(String url, Path warc) {
        return new String[] {"follow", "--once", "--db", url, "--warc", warc.toString(), "--threads", "1", "--delay", "0",
            "--timeout", "5s", "--backoff", "20ms"};
    }

    private static Process zauyt(Path dir, String log, String... args) throws IOException {
        return Commands.start(dir, dir.resolve(log), args);
    }

    private static long count(Jdbi jdbi, String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
