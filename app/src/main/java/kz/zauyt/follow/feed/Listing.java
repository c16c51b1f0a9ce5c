package kz.zauyt.follow.feed;

import java.net.URI;
import java.util.List;

/**
 * What one poll of a source found: the kind it turned out to be, the articles it lists (oldest first,
 * so they are read in the order they were published), and for a sitemap index the sitemaps it names.
 */
public record Listing(Kind kind, List<Item> items, List<URI> sitemaps) {

    /** The kinds of source Zauyt reads. */
    public enum Kind {
        AUTO, RSS, ATOM, SITEMAP, SECTION;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Kind of(String code) {
            for (Kind k : values()) {
                if (k.code().equals(code)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("kind must be auto, rss, atom, sitemap or section, got '" + code + "'");
        }
    }

    public Listing {
        items = List.copyOf(items);
        sitemaps = List.copyOf(sitemaps);
    }
}
