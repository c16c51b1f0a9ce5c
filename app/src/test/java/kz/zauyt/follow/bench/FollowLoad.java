package kz.zauyt.follow.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kz.zauyt.extract.Extractor;
import kz.zauyt.follow.Following;
import kz.zauyt.follow.Newsroom;
import kz.zauyt.follow.TestSite;
import kz.zauyt.follow.feed.Listing;
import kz.zauyt.follow.fetch.FetchConfig;
import kz.zauyt.registry.Registry;
import kz.zauyt.registry.TestDb;
import kz.zauyt.registry.db.DatabaseConfig;

/**
 * A harness, not a test: follows {@code --sources} feeds on a loopback site for {@code --minutes}, each
 * polled every {@code --every} seconds, with a new article on one feed in ten each interval, and prints the
 * CPU this process used (the site and the follower; PostgreSQL is another process) and the heap after
 * a collection.
 *
 * <pre>java -cp ... kz.zauyt.follow.bench.FollowLoad [--sources 200] [--every 600] [--minutes 10]</pre>
 */
public final class FollowLoad {

    private FollowLoad() {
    }

    public static void main(String[] args) throws Exception {
        int sources = arg(args, "--sources", 200);
        int every = arg(args, "--every", 600);
        int minutes = arg(args, "--minutes", 10);
        PrintStream out = System.out;
        DatabaseConfig db = TestDb.freshSchema("follow_load");
        Path warc = Files.createTempDirectory("zauyt-load-warc");
        FetchConfig polite = FetchConfig.defaults("bench@example.org");
        FetchConfig config = new FetchConfig(polite.contact(), polite.connectTimeout(), polite.readTimeout(), polite.maxBytes(),
                polite.maxRedirects(), Duration.ZERO, polite.retries(), polite.backoff(), polite.maxWait(), polite.robotsTtl());
        try (TestSite site = TestSite.start(); Registry registry = Registry.open(db);
             Following following = new Following(registry, config, warc, 4, Extractor::load, Clock.systemUTC())) {
            List<List<String>> feeds = new ArrayList<>();
            for (int s = 0; s < sources; s++) {
                feeds.add(new ArrayList<>());
                publish(site, feeds, s, 0);
                following.sources().add(site.uri("/feed-" + s + ".xml"), "feed-" + s, Listing.Kind.AUTO, null,
                        Duration.ofSeconds(every));
            }
            Thread loop = new Thread(() -> {
                try {
                    following.loop(new PrintStream(PrintStream.nullOutputStream()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long first = System.nanoTime();
            loop.start();
            // the first round reads every feed's first article; what is measured is following after it
            while (documents(registry) < sources) {
                Thread.sleep(200);
            }
            out.printf("first round: %d feeds and their %d articles in %.1f s%n", sources, sources,
                    (System.nanoTime() - first) / 1e9);
            long cpu0 = os.getProcessCpuTime();
            long wall0 = System.nanoTime();
            long end = wall0 + Duration.ofMinutes(minutes).toNanos();
            int round = 1;
            while (System.nanoTime() < end) {
                for (int s = 0; s < sources; s += 10) {
                    publish(site, feeds, s, round);
                }
                round++;
                Thread.sleep(Math.min(every * 1000L, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            }
            following.stop();
            loop.join(60_000);
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            double wall = (System.nanoTime() - wall0) / 1e9;
            MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
            System.gc();
            long documents = documents(registry);
            out.printf("%d sources every %d s for %.0f s: %d documents, CPU %.1f s = %.2f %% of one core (follower and site),"
                    + " heap after GC %d MB%n", sources, every, wall, documents, cpu, 100 * cpu / wall,
                    mem.getHeapMemoryUsage().getUsed() >> 20);
        } finally {
            TestDb.drop(db);
        }
    }

    private static long documents(Registry registry) {
        return registry.database().jdbi().withHandle(h -> h.createQuery("select count(*) from document").mapTo(Long.class).one());
    }

    /** Feed {@code s} gets its article of round {@code r}. */
    private static void publish(TestSite site, List<List<String>> feeds, int s, int r) {
        String path = "/news/" + s + "/article-" + r;
        site.text(path, "text/html", Newsroom.article(s * 31 + r, 0).replace("</article>", "<p>Feed " + s + ", item " + r
                + ".</p></article>"));
        List<String> items = feeds.get(s);
        items.add(site.base() + path);
        List<String> dates = items.stream().map(u -> "Tue, 01 Dec 2026 10:00:00 +0500").toList();
        site.text("/feed-" + s + ".xml", "application/rss+xml", Newsroom.rss(items, dates));
    }

    private static int arg(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
