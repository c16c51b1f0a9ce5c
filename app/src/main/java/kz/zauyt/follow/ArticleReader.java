package kz.zauyt.follow;

import java.net.URI;
import java.util.Locale;
import java.util.function.Supplier;
import kz.zauyt.extract.Extractor;
import kz.zauyt.extract.document.Document;
import kz.zauyt.extract.document.ReadException;
import kz.zauyt.follow.fetch.Page;
import kz.zauyt.registry.document.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A fetched page to the registry's article: decoded by its declared or sniffed charset, then read by
 * the same engine and HTML reader as {@code zauyt extract} (Readability's main text, title, date,
 * language). A page that is mostly links (a section page an item pointed at) is refused as not an
 * article, and so is anything that is not HTML or text.
 */
public final class ArticleReader {

    /** A page whose text is more than this share link text is a list of articles, not one. */
    static final double MAX_LINK_SHARE = 0.6;

    private final Supplier<Extractor> extractor;

    /** {@code extractor} is asked once, when the first page comes (loading the engine takes a moment). */
    public ArticleReader(Supplier<Extractor> extractor) {
        Extractor[] one = new Extractor[1];
        this.extractor = () -> {
            synchronized (one) {
                if (one[0] == null) {
                    one[0] = extractor.get();
                }
                return one[0];
            }
        };
    }

    /** Reads {@code page}, fetched for {@code listed}; the document's source is the listed address. */
    public Article read(Page page, URI listed) throws ReadException {
        String type = page.contentType() == null ? "" : page.contentType().toLowerCase(Locale.ROOT);
        boolean plain = type.startsWith("text/plain");
        if (!type.isEmpty() && !plain && !type.startsWith("text/html") && !type.startsWith("application/xhtml")) {
            throw new ReadException(listed + ": not an article page (" + page.contentType().strip() + ")");
        }
        String text = page.text();
        if (!plain) {
            org.jsoup.nodes.Document html = Jsoup.parse(text, page.uri().toString());
            double share = linkShare(html.body());
            if (share > MAX_LINK_SHARE) {
                throw new ReadException(listed + ": a page of links (" + Math.round(share * 100)
                        + " % of its text), not an article");
            }
        }
        Document d = extractor.get().reader().fromText(listed.toString(), text, !plain);
        return Article.of(extractor.get().extract(d));
    }

    /** The page's rel=canonical address, if it names an http(s) one. */
    public static URI canonical(Page page) {
        String type = page.contentType() == null ? "" : page.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("text/plain")) {
            return null;
        }
        Element link = Jsoup.parse(page.text(), page.uri().toString()).selectFirst("link[rel=canonical][href]");
        URI u = link == null ? null : Urls.absolute(page.uri(), link.attr("abs:href"));
        return u == null ? null : Urls.canonical(u);
    }

    private static double linkShare(Element body) {
        if (body == null) {
            return 0;
        }
        int all = body.text().length();
        if (all == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : body.select("a")) {
            links += a.text().length();
        }
        return Math.min(1.0, links / (double) all);
    }
}
