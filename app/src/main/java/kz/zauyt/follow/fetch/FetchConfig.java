package kz.zauyt.follow.fetch;

import java.time.Duration;

/**
 * How politely and how patiently the fetcher works. The defaults suit a crawler that runs for months
 * against news sites; tests shorten every delay.
 *
 * @param contact     who to write to about this crawler (an address or a URL), named in the User-Agent; may be null
 * @param hostDelay   the pause between two requests to one host (robots.txt's Crawl-delay may lengthen it)
 * @param maxWait     the longest Retry-After honoured on the spot; a longer one fails this poll, and the next waits
 */
public record FetchConfig(String contact, Duration connectTimeout, Duration readTimeout, long maxBytes, int maxRedirects,
                          Duration hostDelay, int retries, Duration backoff, Duration maxWait, Duration robotsTtl) {

    public static final String VERSION = "0.1.0";

    public FetchConfig {
        positive("connect timeout", connectTimeout);
        positive("read timeout", readTimeout);
        if (maxBytes < 1024) {
            throw new IllegalArgumentException("the size limit must be at least 1024 bytes, got " + maxBytes);
        }
        if (maxRedirects < 0 || maxRedirects > 20) {
            throw new IllegalArgumentException("redirects must be 0..20, got " + maxRedirects);
        }
        if (retries < 0 || retries > 10) {
            throw new IllegalArgumentException("retries must be 0..10, got " + retries);
        }
        for (Duration d : new Duration[] {hostDelay, backoff, maxWait, robotsTtl}) {
            if (d == null || d.isNegative()) {
                throw new IllegalArgumentException("delays must be zero or more, got " + d);
            }
        }
        if (contact != null && (contact.isBlank() || contact.chars().anyMatch(c -> c < ' ' || c == '(' || c == ')'))) {
            throw new IllegalArgumentException("the contact must be an address or URL on one line without brackets, got '"
                    + contact + "'");
        }
    }

    /** A second between requests to a host, 10 s to connect, 30 s to read, 10 MB, 5 redirects, 3 retries. */
    public static FetchConfig defaults(String contact) {
        return new FetchConfig(contact, Duration.ofSeconds(10), Duration.ofSeconds(30), 10L * 1024 * 1024, 5,
                Duration.ofSeconds(1), 3, Duration.ofSeconds(2), Duration.ofMinutes(2), Duration.ofHours(12));
    }

    public FetchConfig withContact(String c) {
        return new FetchConfig(c, connectTimeout, readTimeout, maxBytes, maxRedirects, hostDelay, retries, backoff, maxWait,
                robotsTtl);
    }

    /** "Zauyt/0.1.0 (+contact; news crawler)": sites see who reads them and whom to tell. */
    public String userAgent() {
        return "Zauyt/" + VERSION + " (" + (contact == null ? "" : "+" + contact + "; ") + "news crawler)";
    }

    private static void positive(String what, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("the " + what + " must be positive, got " + d);
        }
    }
}
