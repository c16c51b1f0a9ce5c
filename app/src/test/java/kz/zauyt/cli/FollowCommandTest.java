package kz.zauyt.cli;

import kz.zauyt.cli.InProcess.Run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import kz.zauyt.follow.Newsroom;
import kz.zauyt.follow.TestSite;
import kz.zauyt.follow.fetch.Charsets;
import kz.zauyt.ingest.Snapshot;
import kz.zauyt.registry.Registry;
import kz.zauyt.registry.TestDb;
import kz.zauyt.registry.db.DatabaseConfig;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code zauyt sources}, {@code follow --once} and {@code reextract} end to end: the commands as a user
 * runs them, a news site on loopback, the registry in PostgreSQL.
 */
class FollowCommandTest {

    private static final String[] FAST = {"--delay", "0", "--timeout", "2s", "--backoff", "20ms", "--retries", "1", "--threads", "1"};

    @TempDir Path dir;
    private TestSite site;
    private DatabaseConfig db;
    private Registry registry;
    private String url;

    @BeforeEach
    void start() {
        site = TestSite.start();
        db = TestDb.freshSchema("follow");
        registry = Registry.open(db);
        url = TestDb.urlWithSchema(db);
    }

    @AfterEach
    void stop() {
        site.close();
        registry.close();
        TestDb.drop(db);
    }

    static Run run(String... args) {
        return InProcess.run(args);
    }

    private Run follow(String... more) {
        List<String> a = new ArrayList<>(List.of("follow", "--once", "--db", url, "--warc", dir.resolve("warc").toString()));
        a.addAll(List.of(FAST));
        a.addAll(List.of(more));
        return run(a.toArray(String[]::new));
    }

    private void add(String path, String... more) {
        List<String> a = new ArrayList<>(List.of("sources", "add", site.base() + path, "--db", url));
        a.addAll(List.of(more));
        Run r = run(a.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Added source");
    }

    /** Four kinds of source, seven listed addresses, six stories (one under two addresses). */
    private void newsroom() {
        List<String> rss = IntStream.range(0, 3).mapToObj(i -> site.base() + "/en/news/plant-" + i).toList();
        rss.forEach(u -> site.text(u.substring(site.base().length()), "text/html", Newsroom.article(rss.indexOf(u), 0)));
        site.text("/rss.xml", "application/rss+xml", Newsroom.rss(rss, List.of("Mon, 30 Nov 2026 10:00:00 +0500",
                "Tue, 01 Dec 2026 10:00:00 +0500", "Wed, 02 Dec 2026 10:00:00 +0500")));
        site.text("/ru/news/zavod-3", "text/html", Newsroom.article(3, 0));
        site.text("/ru/news/zavod-4", "text/html", Newsroom.article(4, 0));
        site.text("/atom.xml", "application/atom+xml", Newsroom.atom(List.of("/ru/news/zavod-3", "/ru/news/zavod-4")));
        site.text("/mirror/zavod-3", "text/html", Newsroom.article(3, 0)); // the same story under another address
        site.text("/sitemap.xml", "application/xml", Newsroom.sitemap(List.of(site.base() + "/mirror/zavod-3")));
        site.text("/en/business/new-plant-opens-in-town-5", "text/html", Newsroom.article(5, 0));
        site.text("/business", "text/html", Newsroom.section(List.of("/en/business/new-plant-opens-in-town-5")));
        add("/rss.xml", "--name", "rss", "--every", "10m");
        add("/atom.xml", "--name", "atom");
        add("/sitemap.xml", "--name", "sitemap");
        add("/business", "--name", "section", "--kind", "section");
    }

    @Test
    void followOnceStoresEachStoryOnceAndASecondRunReadsNothingAgain() throws Exception {
        newsroom();
        Run first = follow();
        assertThat(first.exit()).as(first.out() + first.err()).isZero();
        assertThat(first.out()).contains("Polled 4 sources: 4 ok, 0 failing.",
                "Read 7 articles: 6 new, 1 unchanged, 0 re-extracted, 0 failed.");
        Jdbi jdbi = registry.database().jdbi();
        assertThat(count(jdbi, "select count(*) from document")).isEqualTo(6);
        assertThat(count(jdbi, "select count(*) from document where url like 'http://127.0.0.1:%'")).isEqualTo(6);
        assertThat(count(jdbi, "select count(distinct document_id) from article where url like '%zavod-3'")).isEqualTo(1);
        assertThat(count(jdbi, "select count(*) from mention")).as("each article's plant is a project fact").isGreaterThanOrEqualTo(5);
        assertThat(Files.list(dir.resolve("warc")).toList()).singleElement()
                .satisfies(p -> assertThat(p.getFileName().toString()).matches("zauyt-\\d{14}-\\d+-1\\.warc\\.gz"));

        int articleHits = site.hits().size();
        Run second = follow();
        assertThat(second.out()).contains("Polled 4 sources: 4 ok, 0 failing.", "Read 0 articles: 0 new");
        assertThat(site.hits().subList(articleHits, site.hits().size())).as("only the four listings, each a conditional GET")
                .filteredOn(h -> !h.path().equals("/robots.txt")).hasSize(4).allSatisfy(h -> assertThat(h.ifNoneMatch()).isNotNull());
        assertThat(count(jdbi, "select count(*) from document")).isEqualTo(6);

        Run list = run("sources", "list", "--db", url);
        assertThat(list.out()).contains("rss", "ok; last poll", "articles today 3, in all 3", "4 sources.");
    }

    @Test
    void aChangedArticleIsStoredAsANewVersionOfTheSameAddress() {
        String a = site.base() + "/en/news/plant-0";
        site.text("/en/news/plant-0", "text/html", Newsroom.article(0, 0));
        site.text("/rss.xml", "application/rss+xml", Newsroom.rss(List.of(a), List.of("Mon, 30 Nov 2026 10:00:00 +0500")));
        add("/rss.xml");
        Run first = follow();
        assertThat(first.out()).as("stderr: %s", first.err()).contains("Read 1 article: 1 new");
        site.text("/en/news/plant-0", "text/html", Newsroom.article(0, 1));
        site.text("/rss.xml", "application/rss+xml", Newsroom.rss(List.of(a), List.of("Mon, 30 Nov 2026 18:00:00 +0500")));
        Run second = follow();
        assertThat(second.out()).as("stderr: %s", second.err()).contains("Read 1 article: 1 new");
        Jdbi jdbi = registry.database().jdbi();
        assertThat(count(jdbi, "select count(*) from article_version where url = '" + a + "'")).isEqualTo(2);
        assertThat(count(jdbi, "select count(*) from document where url = '" + a + "'")).isEqualTo(2);
        assertThat(count(jdbi, "select count(*) from article")).isEqualTo(1);
    }

    @Test
    void eachFaultGivesItsStateAndTheOtherSourcesGoOn() {
        String ok = site.base() + "/en/news/plant-0";
        site.text("/en/news/plant-0", "text/html", Newsroom.article(0, 0));
        site.text("/ok.xml", "application/rss+xml", Newsroom.rss(List.of(ok), List.of("Mon, 30 Nov 2026 10:00:00 +0500")));
        site.route("/down.xml", x -> TestSite.send(x, 500, "text/plain", "oops".getBytes(StandardCharsets.UTF_8)));
        site.text("/broken.xml", "application/rss+xml", "<rss><channel><item><title>x</item></rss>");
        site.text("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        site.text("/private/feed.xml", "application/rss+xml", Newsroom.rss(List.of(ok), List.of("x")));
        // a feed whose item goes to a section page, and one whose article is in Windows-1251
        site.text("/list-feed.xml", "application/rss+xml", Newsroom.rss(List.of(site.base() + "/business",
                site.base() + "/ru/news/cp1251"), List.of("a", "b")));
        site.text("/business", "text/html", Newsroom.section(IntStream.range(0, 30)
                .mapToObj(i -> "/en/business/new-plant-number-" + i + "-opens").toList()));
        site.text("/ru/news/cp1251", "text/html; charset=windows-1251", Newsroom.article(1, 0).replace("utf-8", "windows-1251"),
                Charsets.WINDOWS_1251);
        add("/ok.xml", "--name", "fine");
        add("/down.xml", "--name", "down");
        add("/broken.xml", "--name", "broken");
        add("/private/feed.xml", "--name", "private");
        add("/list-feed.xml", "--name", "lists");

        Run r = follow();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Polled 5 sources: 2 ok, 3 failing.", "Read 3 articles: 2 new, 0 unchanged, 0 re-extracted, 1 failed.",
                "down: failing: HTTP 500 from " + site.base() + "/down.xml after 2 tries",
                "broken: failing: " + site.base() + "/broken.xml: malformed XML at line 1",
                "private: robots: robots.txt of " + site.base() + " disallows",
                "failed: " + site.base() + "/business: a page of links");
        Jdbi jdbi = registry.database().jdbi();
        assertThat(count(jdbi, "select count(*) from article where url like '%/business' and state = 'failed' and attempts = 1"))
                .as("a page that is not an article is given up at once").isEqualTo(1);
        String title = jdbi.withHandle(h -> h.createQuery("select title from document where url like '%cp1251'")
                .mapTo(String.class).one());
        assertThat(title).contains("Актобе");

        Run list = run("sources", "list", "--db", url);
        assertThat(list.out()).contains("failing since", "robots.txt disallows it", "last error: HTTP 500",
                "last error: " + site.base() + "/broken.xml: malformed XML");
    }

    @Test
    void reextractRebuildsTheRegistryFromTheWarcFilesWithoutFetching() {
        newsroom();
        assertThat(follow().exit()).isZero();
        site.close(); // nothing can be fetched from here on

        DatabaseConfig fresh = TestDb.freshSchema("reextract");
        try (Registry other = Registry.open(fresh)) {
            String freshUrl = TestDb.urlWithSchema(fresh);
            Run r = run("reextract", "--db", freshUrl, "--warc", dir.resolve("warc").toString());
            assertThat(r.out()).as(r.err()).contains("Read 7 documents: 6 new, 1 unchanged, 0 re-extracted, 0 failed.");
            assertThat(Snapshot.of(other.database().jdbi())).isEqualTo(Snapshot.of(registry.database().jdbi()));
            assertThat(count(other.database().jdbi(), "select count(*) from document where url is not null")).isEqualTo(6);

            Run newer = run("reextract", "--db", freshUrl, "--warc", dir.resolve("warc").toString(), "--extractor-version", "9.0.0");
            assertThat(newer.out()).contains("Read 7 documents: 0 new, 1 unchanged, 6 re-extracted, 0 failed.");
        } finally {
            TestDb.drop(fresh);
        }
    }

    @Test
    void badRequestsAreOneLineErrors() {
        assertThat(run("sources", "add", "ftp://x", "--db", url).err()).isEqualTo("zauyt sources add: not an http(s) address: 'ftp://x'\n");
        assertThat(run("sources", "add", "https://x.kz/", "--every", "often", "--db", url).err())
                .contains("--every must be a number with s, m, h or d");
        assertThat(run("sources", "add", "https://x.kz/", "--links", "([", "--db", url).err())
                .contains("the link pattern is not a regular expression: '(['");
        add("/rss.xml");
        assertThat(run("sources", "add", site.base() + "/rss.xml", "--db", url).err()).contains("is followed already");
        assertThat(run("sources", "remove", "nothing-like-it", "--db", url).err()).contains("no source is 'nothing-like-it'");
        assertThat(run("sources", "remove", site.base() + "/rss.xml?utm_source=mail#top", "--db", url).out())
                .as("an address as typed finds the source").startsWith("Removed source");
        Run known = run("sources", "add", "--known", "--db", url);
        assertThat(known.out()).containsPattern("Added (\\d+) of the \\1 known sources \\(0 followed already\\)");
        assertThat(run("sources", "add", "--known", "--db", url).out()).containsPattern("Added 0 of the \\d+ known sources");
        assertThat(run("sources", "list", "--db", url).out()).contains("astanatimes", "primeminister-kk", "not polled yet");
        assertThat(run("sources", "remove", "astanatimes", "--db", url).out()).contains("Removed source astanatimes.");
    }

    private static long count(Jdbi jdbi, String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
