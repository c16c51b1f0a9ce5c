package kz.zauyt.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import kz.zauyt.extract.Extractor;
import kz.zauyt.follow.Following;
import kz.zauyt.follow.Source;
import kz.zauyt.follow.fetch.FetchConfig;
import kz.zauyt.registry.Registry;
import kz.zauyt.registry.db.DatabaseConfig;
import picocli.CommandLine.Option;

/** How {@code follow} and {@code serve --follow} fetch: shared options. */
final class FollowOptions {

    @Option(names = "--warc", paramLabel = "DIR",
            description = "Where the raw pages are kept as WARC files (default: warc/ in the data folder, --data or the per-user one).")
    Path warc;

    @Option(names = "--contact", paramLabel = "EMAIL_OR_URL",
            description = "Who sites may write to about this crawler, sent in the User-Agent (default: $ZAUYT_CONTACT).")
    String contact = System.getenv("ZAUYT_CONTACT");

    @Option(names = "--threads", description = "Sources and hosts read at once (default: ${DEFAULT-VALUE}); one request at a time per host.")
    int threads = 4;

    @Option(names = "--delay", description = "Pause between two requests to one host (default: ${DEFAULT-VALUE}; robots.txt may ask more).")
    String delay = "1s";

    @Option(names = "--timeout", description = "Longest wait for a whole page (default: ${DEFAULT-VALUE}).")
    String timeout = "30s";

    @Option(names = "--retries", description = "Tries more on 5xx, 429 and network faults (default: ${DEFAULT-VALUE}).")
    int retries = 3;

    @Option(names = "--backoff", hidden = true, description = "First pause before a retry, doubling each time (default: 2s).")
    String backoff = "2s";

    @Option(names = "--max-size", hidden = true, description = "Largest page in bytes (default: 10 MB).")
    long maxSize = 10L * 1024 * 1024;

    FetchConfig fetchConfig() {
        FetchConfig d = FetchConfig.defaults(contact == null || contact.isBlank() ? null : contact.strip());
        Duration read;
        try {
            read = Source.every(timeout);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--timeout must be a number with s, m or h (30s), got '" + timeout + "'");
        }
        return new FetchConfig(d.contact(), read.compareTo(d.connectTimeout()) < 0 ? read : d.connectTimeout(), read, maxSize,
                d.maxRedirects(), duration(delay), retries, duration(backoff), d.maxWait(), d.robotsTtl());
    }

    Following open(Registry registry, DatabaseConfig config) {
        return new Following(registry, fetchConfig(), warcDir(warc, config), threads, Extractor::load, Clock.systemDefaultZone());
    }

    /** {@code --warc}, else warc/ in the embedded registry's data folder (the per-user one with a server too). */
    static Path warcDir(Path warc, DatabaseConfig config) {
        if (warc != null) {
            return warc;
        }
        return (config.dataDir() != null ? config.dataDir() : DataHome.of(System.getenv())).resolve("warc");
    }

    /** Serves as {@code serve} does, following the sources meanwhile when {@code follow} is set. */
    void serve(Registry registry, DatabaseConfig config, boolean follow, Serving serving) throws Exception {
        if (!follow) {
            serving.serve("");
            return;
        }
        try (Following following = open(registry, config)) {
            Thread loop = new Thread(() -> {
                try {
                    following.loop(System.out);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "zauyt-follow");
            loop.setDaemon(true);
            loop.start();
            serving.serve(" and following " + following.sources().all().size() + " sources");
            following.stop();
            loop.join(10_000);
        }
    }

    /** {@code serve}'s own serving, with a note after the address. */
    interface Serving {
        void serve(String note) throws InterruptedException;
    }

    /** Like --every, but zero and milliseconds are allowed: "0", "250ms", "1s". */
    private static Duration duration(String text) {
        String t = text.strip();
        if (!t.matches("0|\\d{1,7}ms|\\d{1,6}[smhd]?")) {
            throw new IllegalArgumentException("--delay and --backoff must be 0, milliseconds (250ms) or a number with s, m or h, got '"
                    + text + "'");
        }
        if (t.equals("0")) {
            return Duration.ZERO;
        }
        if (t.matches("\\d{1,7}ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        }
        return Source.every(t);
    }
}
