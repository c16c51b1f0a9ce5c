package kz.zauyt.follow.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each host's robots.txt, read with crawler-commons for the agent "zauyt" and kept for a while. A
 * missing robots.txt (4xx) allows everything; one the server cannot serve (5xx, network) fails the
 * fetch, to be tried again later, rather than being read as permission.
 */
final class Robots {

    static final String AGENT = "zauyt";
    /** A Crawl-delay longer than this is honoured as this: a site asking an hour per page would never be read. */
    private static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);

    /** Fetches robots.txt itself (no robots check, redirects followed). */
    interface Source {
        Page robotsTxt(URI robots) throws FetchException;
    }

    private record Entry(BaseRobotRules rules, long expiresNanos) {
    }

    private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser(MAX_CRAWL_DELAY.toMillis(), 5);
    private final Duration ttl;
    private final Duration baseDelay;

    Robots(Duration ttl, Duration baseDelay) {
        this.ttl = ttl;
        this.baseDelay = baseDelay;
    }

    /** Throws when robots.txt forbids {@code uri} to Zauyt. */
    void check(URI uri, Source source) throws FetchException {
        if (!rules(uri, source).isAllowed(uri.toString())) {
            throw new FetchException(FetchException.Reason.ROBOTS, "robots.txt of " + HostGate.key(uri) + " disallows " + uri);
        }
    }

    /** The pause between requests to {@code uri}'s host: ours, or its Crawl-delay when longer (up to 30 s). */
    Duration delay(URI uri) {
        Entry e = cache.get(HostGate.key(uri));
        if (e == null || e.rules().getCrawlDelay() == BaseRobotRules.UNSET_CRAWL_DELAY) {
            return baseDelay;
        }
        Duration asked = Duration.ofMillis(Math.min(e.rules().getCrawlDelay(), MAX_CRAWL_DELAY.toMillis()));
        return asked.compareTo(baseDelay) > 0 ? asked : baseDelay;
    }

    private BaseRobotRules rules(URI uri, Source source) throws FetchException {
        String key = HostGate.key(uri);
        Entry e = cache.get(key);
        if (e != null && e.expiresNanos() - System.nanoTime() > 0) {
            return e.rules();
        }
        URI robots = URI.create(key + "/robots.txt");
        BaseRobotRules rules;
        try {
            Page p = source.robotsTxt(robots);
            rules = p.status() / 100 == 2 ? parser.parseContent(robots.toString(), p.body(), "text/plain", List.of(AGENT))
                    : parser.failedFetch(p.status());
        } catch (FetchException f) {
            if (f.reason() == FetchException.Reason.HTTP && f.status() >= 400 && f.status() < 500) {
                rules = parser.failedFetch(f.status());
            } else {
                throw new FetchException(f.reason(), f.status(), "robots.txt of " + key + " unavailable: " + f.getMessage());
            }
        }
        cache.put(key, new Entry(rules, System.nanoTime() + ttl.toNanos()));
        return rules;
    }
}
