package kz.zauyt.follow.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How a fetched body is decoded when the site says nothing, says it twice, or says something wrong. */
class CharsetsTest {

    @Test
    void aByteOrderMarkIsHonouredAndDropped() {
        byte[] bom = "\uFEFF<?xml version=\"1.0\"?><rss/>".getBytes(StandardCharsets.UTF_8);
        assertThat(Charsets.decode(bom, "application/xml; charset=iso-8859-1")).isEqualTo("<?xml version=\"1.0\"?><rss/>");
    }

    @Test
    void theHeaderWinsOverTheMetaTagAndAnXmlDeclarationIsRead() {
        byte[] page = "<meta charset=\"utf-8\"><p>Завод</p>".getBytes(Charsets.WINDOWS_1251);
        assertThat(Charsets.decode(page, "text/html; charset=cp1251")).contains("Завод");
        byte[] feed = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss><title>Завод</title></rss>".getBytes(Charsets.WINDOWS_1251);
        assertThat(Charsets.decode(feed, "text/xml")).contains("<title>Завод</title>");
    }

    @Test
    void anUnknownCharsetFallsBackToUtf8OrWindows1251ByTheBytes() {
        assertThat(Charsets.decode("Зауыт".getBytes(StandardCharsets.UTF_8), "text/html; charset=x-nonsense")).isEqualTo("Зауыт");
        assertThat(Charsets.decode("Завод".getBytes(Charsets.WINDOWS_1251), "text/html; charset=x-nonsense")).isEqualTo("Завод");
    }
}
