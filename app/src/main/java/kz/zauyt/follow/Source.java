package kz.zauyt.follow;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import kz.zauyt.follow.feed.Listing;

/**
 * A followed source and what its last poll found. {@code state} is new, ok, failing (since
 * {@code failingSince}) or robots (robots.txt forbids it); {@code lastError} says why in words.
 */
public record Source(long id, URI url, String name, Listing.Kind kind, String linkPattern, Duration every,
                     String state, Instant lastPoll, Instant nextPoll, Instant failingSince, int failures,
                     String lastError, String etag, String lastModified) {

    public static final Duration MIN_EVERY = Duration.ofSeconds(1);

    public Source {
        if (url == null || name == null || name.isBlank() || kind == null) {
            throw new IllegalArgumentException("a source needs an address, a name and a kind, got " + url + ", '" + name
                    + "', " + kind);
        }
        if (every == null || every.compareTo(MIN_EVERY) < 0) {
            throw new IllegalArgumentException("a source is polled at most every second, got " + every);
        }
        if (linkPattern != null) {
            compile(linkPattern);
        }
    }

    public Pattern links() {
        return linkPattern == null ? null : Pattern.compile(linkPattern);
    }

    static Pattern compile(String pattern) {
        try {
            return Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("the link pattern is not a regular expression: '" + pattern + "' ("
                    + e.getDescription() + ")");
        }
    }

    /** "10m", "90s", "2h", "1d" to a duration; bare numbers are minutes. */
    public static Duration every(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (!t.matches("\\d{1,6}[smhd]?")) {
            throw new IllegalArgumentException("--every must be a number with s, m, h or d (10m, 1h), got '" + text + "'");
        }
        String digits = t.replaceAll("[smhd]$", "");
        char unit = t.equals(digits) ? 'm' : t.charAt(t.length() - 1);
        long n = Long.parseLong(digits);
        Duration d = switch (unit) {
            case 's' -> Duration.ofSeconds(n);
            case 'h' -> Duration.ofHours(n);
            case 'd' -> Duration.ofDays(n);
            default -> Duration.ofMinutes(n);
        };
        if (d.compareTo(MIN_EVERY) < 0) {
            throw new IllegalArgumentException("--every must be at least 1s, got '" + text + "'");
        }
        return d;
    }

    /** "10m", "1h", "45s": how {@code sources list} shows an interval. */
    public static String show(Duration d) {
        long s = d.toSeconds();
        return s % 86400 == 0 ? s / 86400 + "d" : s % 3600 == 0 ? s / 3600 + "h" : s % 60 == 0 ? s / 60 + "m" : s + "s";
    }
}
