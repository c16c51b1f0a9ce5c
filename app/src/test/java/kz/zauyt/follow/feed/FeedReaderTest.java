package kz.zauyt.follow.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds, sitemaps and section pages as news sites write them, and the ways they are broken. */
class FeedReaderTest {

    private static final URI BASE = URI.create("https://news.example.kz/rss/ru.xml");

    @Test
    void rssWithHtmlEntitiesRelativeLinksAndBareAmpersands() throws Exception {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Новости</title>
                <item><title>Завод&nbsp;&laquo;Цемент&raquo; &amp;amp; партнёры</title><link>/ru/news/2?utm_source=rss&id=5</link>
                  <pubDate>Fri, 04 Dec 2026 10:00:00 +0500</pubDate></item>
                <item><title>&lt;b&gt;Plant&lt;/b&gt; opens</title><guid>https://news.example.kz/ru/news/1</guid></item>
                <item><title>No link</title><guid isPermaLink="false">abc-1</guid></item>
                </channel></rss>""";
        Listing l = FeedReader.read(BASE, rss, Listing.Kind.AUTO, null);
        assertThat(l.kind()).isEqualTo(Listing.Kind.RSS);
        assertThat(l.items()).extracting(i -> i.url().toString())
                .containsExactly("https://news.example.kz/ru/news/1", "https://news.example.kz/ru/news/2?utm_source=rss&id=5");
        assertThat(l.items().get(1).title()).isEqualTo("Завод «Цемент» & партнёры");
        assertThat(l.items().get(1).date()).isEqualTo("Fri, 04 Dec 2026 10:00:00 +0500");
        assertThat(l.items().get(0).title()).isEqualTo("Plant opens");
    }

    @Test
    void atomTakesTheAlternateLinkAndTheUpdatedDate() throws Exception {
        String atom = """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
                <entry><title type="html">Solar park</title><link rel="self" href="https://x.kz/self"/>
                  <link rel="alternate" href="https://x.kz/en/solar-park-opens"/><updated>2026-12-01T08:00:00Z</updated></entry>
                </feed>""";
        Listing l = FeedReader.read(BASE, atom, Listing.Kind.AUTO, null);
        assertThat(l.kind()).isEqualTo(Listing.Kind.ATOM);
        assertThat(l.items()).singleElement().satisfies(i -> {
            assertThat(i.url()).isEqualTo(URI.create("https://x.kz/en/solar-park-opens"));
            assertThat(i.date()).isEqualTo("2026-12-01T08:00:00Z");
        });
    }

    @Test
    void newsSitemapsAndSitemapIndexes() throws Exception {
        String news = """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                <url><loc>https://x.kz/kk/news/zauyt-ashyldy</loc>
                  <news:news><news:publication_date>2026-12-02</news:publication_date><news:title>Зауыт ашылды</news:title></news:news></url>
                </urlset>""";
        Listing l = FeedReader.read(BASE, news, Listing.Kind.AUTO, null);
        assertThat(l.kind()).isEqualTo(Listing.Kind.SITEMAP);
        assertThat(l.items()).singleElement().satisfies(i -> {
            assertThat(i.title()).isEqualTo("Зауыт ашылды");
            assertThat(i.date()).isEqualTo("2026-12-02");
        });
        String index = """
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <sitemap><loc>https://x.kz/sitemap-news.xml</loc></sitemap><sitemap><loc>https://x.kz/sitemap-2.xml</loc></sitemap>
                </sitemapindex>""";
        assertThat(FeedReader.read(BASE, index, Listing.Kind.AUTO, null).sitemaps())
                .containsExactly(URI.create("https://x.kz/sitemap-news.xml"), URI.create("https://x.kz/sitemap-2.xml"));
    }

    @Test
    void sectionPagesByPatternOrByStructure() throws Exception {
        String html = """
                <html><body><nav><a href="/ru/">Главная</a><a href="/ru/tag/industry/">Промышленность</a>
                <a href="/ru/page/2">Далее</a><a href="https://other.kz/ru/news/novyy-zavod-v-aktobe-otkryt">чужой</a></nav>
                <ul><li><a href="/ru/news/novyy-zavod-v-aktobe-otkryt">Новый завод в Актобе открыт</a></li>
                <li><a href="/ru/news/12345">Солнечная станция</a></li>
                <li><a href="/ru/news/novyy-zavod-v-aktobe-otkryt#comments">комментарии</a></li></ul>
                <a href="/files/report-2026-industry-full.pdf">PDF</a></body></html>""";
        URI section = URI.create("https://site.kz/ru/news");
        Listing byStructure = FeedReader.read(section, html, Listing.Kind.AUTO, null);
        assertThat(byStructure.kind()).isEqualTo(Listing.Kind.SECTION);
        assertThat(byStructure.items()).extracting(i -> i.url().toString())
                .containsExactly("https://site.kz/ru/news/12345", "https://site.kz/ru/news/novyy-zavod-v-aktobe-otkryt");
        Listing byPattern = FeedReader.read(section, html, Listing.Kind.SECTION, Pattern.compile("/ru/news/\\d+$"));
        assertThat(byPattern.items()).extracting(i -> i.url().toString()).containsExactly("https://site.kz/ru/news/12345");
    }

    @Test
    void malformedXmlIsOneLineNamingTheFault() {
        assertThatThrownBy(() -> FeedReader.read(BASE, "<rss><channel><item><title>x</item></channel></rss>", Listing.Kind.AUTO, null))
                .isInstanceOf(FeedException.class).hasMessageStartingWith("malformed XML at line 1")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> FeedReader.read(BASE, "<?xml version=\"1.0\"?><html><body/></html>", Listing.Kind.RSS, null))
                .isInstanceOf(FeedException.class).hasMessageContaining("not a feed or sitemap");
    }

    @Test
    void externalEntitiesAreNeverRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<rss><channel><item><title>&x;</title><link>https://x.kz/a-b-c-d</link></item></channel></rss>";
        assertThatThrownBy(() -> FeedReader.read(BASE, xxe, Listing.Kind.AUTO, null))
                .isInstanceOf(FeedException.class).hasMessageContaining("DOCTYPE")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("TOP-SECRET"));
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><rss>&b;</rss>";
        assertThatThrownBy(() -> FeedReader.read(BASE, bomb, Listing.Kind.AUTO, null)).isInstanceOf(FeedException.class);
    }
}
