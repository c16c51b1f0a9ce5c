package kz.zauyt.follow.feed;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import kz.zauyt.follow.Urls;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A section page of a site without a feed: its article links are those matching the pattern the
 * user gave, or, without one, by the page's structure: links on the same site, below the section or
 * elsewhere, whose address reads like an article (a long slug, or a numeric id) and not like a
 * navigation page (tags, pages, search, login).
 */
final class SectionPage {

    private static final Pattern ARTICLE = Pattern.compile(
            "(?i)/[^/?#]*[a-zа-яё0-9]+(-[^/?#-]+){3,}[^/?#]*/?$|/\\d{4,}[^/]*/?$|/\\d{4}/\\d{1,2}/\\d{1,2}/[^/]+|[?&](id|news_id|ELEMENT_ID)=\\d+");
    private static final Pattern NAVIGATION = Pattern.compile(
            "(?i)/(tag|tags|category|categories|page|author|authors|search|login|register|rss|feed|about|contacts?)(/|$)|\\.(jpe?g|png|gif|pdf|docx?|xlsx?|zip|mp4)$");

    private SectionPage() {
    }

    static List<Item> links(URI base, String html, Pattern links) {
        Document page = Jsoup.parse(html, base.toString());
        Set<URI> seen = new LinkedHashSet<>();
        List<Item> out = new ArrayList<>();
        String host = base.getHost() == null ? "" : base.getHost().toLowerCase(Locale.ROOT);
        for (Element a : page.select("a[href]")) {
            URI u = Urls.absolute(base, a.attr("abs:href"));
            if (u == null || !seen.add(Urls.canonical(u)) || Urls.canonical(u).equals(Urls.canonical(base))) {
                continue;
            }
            String s = u.toString();
            boolean article = links != null ? links.matcher(s).find()
                    : host.equals(u.getHost().toLowerCase(Locale.ROOT)) && ARTICLE.matcher(s).find()
                    && !NAVIGATION.matcher(u.getPath() == null ? "" : u.getPath()).find();
            if (article && out.size() < FeedReader.MAX_ITEMS) {
                out.add(new Item(u, FeedReader.plain(a.text()), null));
            }
        }
        // a section page lists its newest first, like a feed
        java.util.Collections.reverse(out);
        return out;
    }
}
