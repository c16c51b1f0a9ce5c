package kz.zauyt.follow.feed;

import java.net.URI;

/**
 * One article a source lists: its address, its title as listed (may be null), and the item's own date
 * as the source writes it (pubDate, updated, lastmod; may be null). A later poll listing the same
 * address under another date asks for the article again.
 */
public record Item(URI url, String title, String date) {

    public Item {
        if (url == null || !url.isAbsolute()) {
            throw new IllegalArgumentException("an item needs an absolute address, got '" + url + "'");
        }
    }
}
