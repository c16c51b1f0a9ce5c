package kz.zauyt.follow.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.zauyt.follow.fetch.Charsets;
import kz.zauyt.follow.fetch.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages kept in WARC files come back as they were fetched; a file cut short mid-record gives what precedes the cut. */
class WarcArchiveTest {

    private static Page page(String path, String type, byte[] body) {
        URI listed = URI.create("http://news.example.kz/listed" + path);
        return new Page(listed, URI.create("http://news.example.kz" + path), 200,
                Map.of("Content-Type", List.of(type), "ETag", List.of("\"v1\"")), body, Instant.parse("2026-12-06T03:00:00Z"));
    }

    @Test
    void pagesComeBackWithTheirAddressesCharsetAndValidators(@TempDir Path dir) throws Exception {
        try (WarcArchive a = new WarcArchive(dir)) {
            a.write(page("/a", "text/html; charset=windows-1251", "<p>Завод открыт</p>".getBytes(Charsets.WINDOWS_1251)));
            a.write(page("/b", "text/html; charset=utf-8", "<p>Plant opens</p>".getBytes(StandardCharsets.UTF_8)));
        }
        List<Page> back = new ArrayList<>();
        List<Path> files = WarcPages.files(dir);
        assertThat(files).hasSize(1);
        assertThat(WarcPages.read(files.get(0), back::add)).isEmpty();
        assertThat(back).extracting(Page::text).containsExactly("<p>Завод открыт</p>", "<p>Plant opens</p>");
        assertThat(back.get(0).requested()).isEqualTo(URI.create("http://news.example.kz/listed/a"));
        assertThat(back.get(0).uri()).isEqualTo(URI.create("http://news.example.kz/a"));
        assertThat(back.get(0).etag()).isEqualTo("\"v1\"");
    }

    /** Two follows of one process in one second (the tests, serve --follow): the second archive takes the next name. */
    @Test
    void twoArchivesOfOneProcessInOneSecondKeepBothPages(@TempDir Path dir) throws Exception {
        for (String path : List.of("/a", "/b", "/c")) {
            try (WarcArchive a = new WarcArchive(dir)) {
                a.write(page(path, "text/html; charset=utf-8", ("<p>" + path + "</p>").getBytes(StandardCharsets.UTF_8)));
            }
        }
        List<Page> back = new ArrayList<>();
        for (Path f : WarcPages.files(dir)) {
            assertThat(WarcPages.read(f, back::add)).isEmpty();
        }
        assertThat(back).extracting(Page::text).containsExactlyInAnyOrder("<p>/a</p>", "<p>/b</p>", "<p>/c</p>");
    }

    @Test
    void aFileCutShortByAKillGivesTheRecordsBeforeTheCut(@TempDir Path dir) throws Exception {
        long firstEnd;
        try (WarcArchive a = new WarcArchive(dir)) {
            a.write(page("/a", "text/html", "<p>one</p>".getBytes(StandardCharsets.UTF_8)));
            firstEnd = java.nio.file.Files.size(WarcPages.files(dir).get(0));
            a.write(page("/b", "text/html", "<p>two</p>".repeat(200).getBytes(StandardCharsets.UTF_8)));
        }
        Path file = WarcPages.files(dir).get(0);
        long size = java.nio.file.Files.size(file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(firstEnd + (size - firstEnd) / 2);
        }
        List<Page> back = new ArrayList<>();
        List<String> problems = WarcPages.read(file, back::add);
        assertThat(back).extracting(Page::text).containsExactly("<p>one</p>");
        assertThat(problems).singleElement().asString().contains("stops after 1 record(s), cut short or damaged");
    }
}
