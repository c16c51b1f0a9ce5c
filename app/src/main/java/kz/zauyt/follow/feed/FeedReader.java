package kz.zauyt.follow.feed;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import kz.zauyt.follow.Urls;
import org.jsoup.Jsoup;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads what a source lists: RSS 2.0 (and RSS 1.0), Atom, a sitemap (news or plain, or a sitemap
 * index), or a section page of a site without a feed. The kind is recognised from the content unless
 * the source names it. Stateless.
 */
public final class FeedReader {

    /** The most items one listing gives: a sitemap of a site's whole archive is not a news feed. */
    static final int MAX_ITEMS = 500;

    private FeedReader() {
    }

    public static Listing read(URI base, String body, Listing.Kind kind, Pattern links) throws FeedException {
        Listing.Kind k = kind == Listing.Kind.AUTO ? sniff(body) : kind;
        if (k == Listing.Kind.SECTION) {
            return new Listing(k, SectionPage.links(base, body, links), List.of());
        }
        Document doc = SafeXml.parse(body);
        Element root = doc.getDocumentElement();
        String name = local(root);
        switch (name) {
            case "rss", "RDF" -> {
                return new Listing(Listing.Kind.RSS, oldestFirst(rss(base, doc)), List.of());
            }
            case "feed" -> {
                return new Listing(Listing.Kind.ATOM, oldestFirst(atom(base, doc)), List.of());
            }
            case "urlset" -> {
                return new Listing(Listing.Kind.SITEMAP, oldestFirst(sitemap(base, doc)), List.of());
            }
            case "sitemapindex" -> {
                List<URI> maps = new ArrayList<>();
                for (Element s : elements(doc, "sitemap")) {
                    URI u = Urls.absolute(base, text(child(s, "loc")));
                    if (u != null) {
                        maps.add(u);
                    }
                }
                return new Listing(Listing.Kind.SITEMAP, List.of(), maps);
            }
            default -> throw new FeedException("not a feed or sitemap (its root element is <" + root.getNodeName() + ">)");
        }
    }

    /** XML that starts like a feed or sitemap is read as one; anything else as a section page. */
    static Listing.Kind sniff(String body) {
        String head = body.substring(0, Math.min(body.length(), 2048)).stripLeading().replace("\uFEFF", "")
                .toLowerCase(Locale.ROOT);
        if (head.startsWith("<?xml") || head.startsWith("<rss") || head.startsWith("<feed") || head.startsWith("<urlset")
                || head.startsWith("<sitemapindex") || head.startsWith("<rdf:rdf")) {
            return head.contains("<html") ? Listing.Kind.SECTION : Listing.Kind.RSS; // the root decides which XML kind
        }
        return Listing.Kind.SECTION;
    }

    private static List<Item> rss(URI base, Document doc) {
        List<Item> out = new ArrayList<>();
        for (Element item : elements(doc, "item")) {
            String link = text(child(item, "link"));
            Element guid = child(item, "guid");
            if ((link == null || link.isBlank()) && guid != null && !"false".equalsIgnoreCase(guid.getAttribute("isPermaLink"))) {
                link = text(guid);
            }
            String date = text(child(item, "pubDate"));
            add(out, base, link, text(child(item, "title")), date != null ? date : text(child(item, "date")));
        }
        return out;
    }

    private static List<Item> atom(URI base, Document doc) {
        List<Item> out = new ArrayList<>();
        for (Element entry : elements(doc, "entry")) {
            String href = null;
            for (Element l : children(entry, "link")) {
                String rel = l.getAttribute("rel");
                if (rel.isEmpty() || rel.equals("alternate")) {
                    href = l.getAttribute("href");
                    break;
                }
            }
            String date = text(child(entry, "updated"));
            add(out, base, href, text(child(entry, "title")), date != null ? date : text(child(entry, "published")));
        }
        return out;
    }

    private static List<Item> sitemap(URI base, Document doc) {
        List<Item> out = new ArrayList<>();
        for (Element url : elements(doc, "url")) {
            Element news = child(url, "news");
            String title = news == null ? null : text(child(news, "title"));
            String date = text(child(url, "lastmod"));
            if (date == null && news != null) {
                date = text(child(news, "publication_date"));
            }
            add(out, base, text(child(url, "loc")), title, date);
        }
        return out;
    }

    private static void add(List<Item> out, URI base, String link, String title, String date) {
        URI u = Urls.absolute(base, link);
        if (u != null && out.size() < MAX_ITEMS) {
            out.add(new Item(u, plain(title), date == null ? null : date.strip()));
        }
    }

    /** The same address listed twice counts once; the listing's newest-first order is turned round. */
    private static List<Item> oldestFirst(List<Item> items) {
        Map<URI, Item> unique = new LinkedHashMap<>();
        for (Item i : items) {
            unique.putIfAbsent(Urls.canonical(i.url()), i);
        }
        List<Item> out = new ArrayList<>(unique.values());
        Collections.reverse(out);
        return out;
    }

    /** A title with HTML inside (escaped entities, tags) as plain text. */
    static String plain(String title) {
        if (title == null) {
            return null;
        }
        String t = title.indexOf('<') >= 0 || title.indexOf('&') >= 0 ? Jsoup.parse(title).text() : title;
        t = t.replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    private static String local(Node n) {
        return n.getLocalName() != null ? n.getLocalName() : n.getNodeName().replaceFirst("^.*:", "");
    }

    private static List<Element> elements(Document doc, String localName) {
        NodeList all = doc.getElementsByTagNameNS("*", localName);
        List<Element> out = new ArrayList<>(all.getLength());
        for (int i = 0; i < all.getLength(); i++) {
            out.add((Element) all.item(i));
        }
        return out;
    }

    private static List<Element> children(Element e, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el && localName.equals(local(el))) {
                out.add(el);
            }
        }
        return out;
    }

    private static Element child(Element e, String localName) {
        List<Element> c = children(e, localName);
        return c.isEmpty() ? null : c.get(0);
    }

    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.getTextContent();
        return t == null || t.isBlank() ? null : t.strip();
    }
}
