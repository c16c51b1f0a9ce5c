package kz.zauyt.follow;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import kz.zauyt.extract.Extractor;
import kz.zauyt.follow.fetch.FetchConfig;
import kz.zauyt.follow.fetch.Fetcher;
import kz.zauyt.follow.warc.WarcArchive;
import kz.zauyt.ingest.IngestSummary;
import kz.zauyt.ingest.Progress;
import kz.zauyt.registry.Registry;

/**
 * Following wired to a registry: the follower, its WARC archive, and the loop that polls each source
 * on its interval until stopped. Used by {@code follow}, {@code serve --follow} and the tests.
 */
public final class Following implements AutoCloseable {

    /** The loop wakes at least this often to see sources added meanwhile and to notice it was stopped. */
    private static final Duration NAP = Duration.ofSeconds(5);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final Sources sources;
    private final Follower follower;
    private final WarcArchive archive;
    private final Clock clock;
    private volatile boolean stopped;

    public Following(Registry registry, FetchConfig config, Path warcDir, int threads, Supplier<Extractor> extractor,
                     Clock clock) {
        var jdbi = registry.database().jdbi();
        this.sources = new Sources(jdbi);
        this.archive = new WarcArchive(warcDir);
        this.clock = clock;
        this.follower = new Follower(sources, new Articles(jdbi), new Fetcher(config), new ArticleReader(extractor),
                registry.store(), archive, clock, threads);
    }

    public Sources sources() {
        return sources;
    }

    /** Polls every source once, whatever its interval, then reads the queue. */
    public Round once(Progress progress) {
        return follower.round(sources.all(), progress);
    }

    /** Polls each source when it falls due until {@link #stop()}; prints a line per round and per failing source. */
    public void loop(PrintStream out) throws InterruptedException {
        while (!stopped) {
            Instant next;
            try {
                List<Source> due = sources.due(clock.instant());
                if (!due.isEmpty()) {
                    Round r = follower.round(due, Progress.NONE);
                    print(r, out, TIME.format(clock.instant()) + " ");
                }
                next = sources.nextDue().orElse(clock.instant().plus(NAP));
            } catch (RuntimeException e) {
                // the database or the disk went away: say so, and try again after a nap rather than stop following
                out.println(TIME.format(clock.instant()) + " follow: this round failed (" + e.getMessage() + "); trying again in "
                        + NAP.toSeconds() + " s");
                next = clock.instant().plus(NAP);
            }
            long millis = Math.min(NAP.toMillis(), Math.max(50, Duration.between(clock.instant(), next).toMillis()));
            synchronized (this) {
                if (!stopped) {
                    wait(millis);
                }
            }
        }
    }

    /** The round's summary as {@code ingest} prints its own: the sources, the articles, then each failure. */
    public static void print(Round r, PrintStream out, String prefix) {
        out.println(prefix + r.line() + " " + r.articles().line().replace("document", "article"));
        for (Poll p : r.polls()) {
            if (p.error() != null) {
                out.println("  " + p.line());
            }
        }
        for (IngestSummary.Failure f : r.articles().failures()) {
            out.println("  failed: " + f.reason());
        }
        out.flush();
    }

    public synchronized void stop() {
        stopped = true;
        notifyAll();
    }

    @Override
    public void close() throws IOException {
        stop();
        archive.close();
    }
}
