package kz.zauyt.extract.document;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A saved web page's article: its title and publication date from the page's metadata, and its
 * main text found by Readability (Mozilla's algorithm, as ported by readability4j), falling back to
 * the page body without navigation when Readability finds too little.
 */
final class HtmlText {

    private static final int MIN_ARTICLE_CHARS = 200;
    /**
     * Elements nested deeper than this become siblings at this depth (as browsers do past theirs),
     * text kept. Readability measures the text of every element, so its work grows with depth times
     * size: a page nested 100,000 deep never finished. Real articles nest a few dozen deep.
     */
    static final int MAX_DEPTH = 64;
    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})");
    private static final String DATE_META = "meta[property=article:published_time], meta[property=og:published_time], "
            + "meta[name=pubdate], meta[name=publishdate], meta[name=date], meta[name=dc.date], meta[name=DC.date.issued], "
            + "meta[itemprop=datePublished], meta[name=article:published_time], meta[name=publication_date]";

    private HtmlText() {
    }

    record Page(String title, LocalDate published, String text) {
    }

    static Page read(String html, String source) {
        String base = baseUri(source);
        org.jsoup.nodes.Document page = Jsoup.parse(html, base, Parser.htmlParser().setMaxDepth(MAX_DEPTH));
        String title = title(page);
        LocalDate published = published(page, html);
        String text = null;
        try {
            Article article = new Readability4J(base, page.clone()).parse();
            Element content = article.getArticleContent();
            if (content != null) {
                text = blocks(content);
            }
        } catch (RuntimeException e) {
            text = null; // Readability gives up on some odd pages; the fallback below still reads them
        }
        if (text == null || text.strip().length() < MIN_ARTICLE_CHARS) {
            Element body = page.body();
            body.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg, button, "
                    + "[role=navigation], .share, .social, .comments, .menu").remove();
            text = blocks(body);
        }
        if (title != null && !text.strip().startsWith(title)) {
            text = title + "\n\n" + text;
        }
        return new Page(title, published, text);
    }

    /**
     * The address relative links resolve against: the page's own when it came from the web, else the
     * file's. Readability fixes relative links and, without a scheme to resolve against, logged an
     * error with the whole article for every local page.
     */
    static String baseUri(String source) {
        try {
            if (new URI(source).isAbsolute()) {
                return source;
            }
        } catch (URISyntaxException e) {
            // a file name with spaces or brackets: not an address, so a path
        }
        try {
            return Path.of(source).toAbsolutePath().toUri().toString();
        } catch (InvalidPathException e) {
            return "file:///";
        }
    }

    private static String title(org.jsoup.nodes.Document page) {
        for (String q : new String[] {"meta[property=og:title]", "meta[name=twitter:title]"}) {
            Element m = page.selectFirst(q);
            if (m != null && !m.attr("content").isBlank()) {
                return m.attr("content").strip();
            }
        }
        Element h1 = page.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        String t = page.title();
        return t == null || t.isBlank() ? null : t.strip();
    }

    private static LocalDate published(org.jsoup.nodes.Document page, String html) {
        for (Element m : page.select(DATE_META)) {
            LocalDate d = parse(m.hasAttr("content") ? m.attr("content") : m.attr("datetime"));
            if (d != null) {
                return d;
            }
        }
        Element time = page.selectFirst("time[datetime]");
        if (time != null) {
            LocalDate d = parse(time.attr("datetime"));
            if (d != null) {
                return d;
            }
        }
        Matcher ld = JSON_LD_DATE.matcher(html);
        return ld.find() ? parse(ld.group(1)) : null;
    }

    private static LocalDate parse(String value) {
        String v = value == null ? "" : value.strip();
        if (v.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(v.substring(0, 10));
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(v).toLocalDate();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** The element's text with a line break after each block (p, li, h1...) and br. */
    private static String blocks(Element root) {
        StringBuilder b = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    b.append(text.text());
                } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br"))) {
                    b.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    b.append("\n\n");
                }
            }
        }, root);
        return b.toString();
    }
}
