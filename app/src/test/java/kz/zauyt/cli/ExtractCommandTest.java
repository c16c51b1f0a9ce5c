package kz.zauyt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zauyt extract} end to end: the contract's lines, input order, and bad input reported, never thrown. */
class ExtractCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private record Run(int exit, List<JsonNode> lines, String err) {
    }

    private Run run(String... args) throws Exception {
        InProcess.Run r = InProcess.run(args);
        List<JsonNode> lines = new ArrayList<>();
        for (String l : r.out().split("\n")) {
            if (!l.isBlank()) {
                lines.add(JSON.readTree(l));
            }
        }
        return new Run(r.exit(), lines, r.err());
    }

    @Test
    void readsADirectoryInNameOrderWithTitlesDatesAndLanguages() throws Exception {
        Files.writeString(dir.resolve("b.txt"), "Завод запущен в Костанае\n\nВ Костанае запустили завод по производству тракторов.\n");
        Files.writeString(dir.resolve("a.txt"), " date 2025-03-14 Tell a friend\n\nPlant opens in Pavlodar\n\nA new plant opened in Pavlodar.\n\nShare\n");
        Files.writeString(dir.resolve("c.html"), "<html><head><title>Page</title><meta property=\"og:title\" content=\"Wind farm starts\">"
                + "<meta property=\"article:published_time\" content=\"2024-11-02T10:00:00+05:00\"></head><body><nav>Menu</nav>"
                + "<article><h1>Wind farm starts</h1><p>A wind farm of 100 MW was launched in Zhambyl region on Friday.</p></article></body></html>");
        Run r = run("extract", "--with-text", dir.toString());
        assertThat(r.exit).isZero();
        assertThat(r.lines).hasSize(3);
        JsonNode a = r.lines.get(0).get("document");
        assertThat(a.get("source").asText()).endsWith("a.txt");
        assertThat(a.get("title").asText()).isEqualTo("Plant opens in Pavlodar");
        assertThat(a.get("published").asText()).isEqualTo("2025-03-14");
        assertThat(a.get("language").asText()).isEqualTo("en");
        assertThat(a.get("text").asText()).doesNotContain("Tell a friend").doesNotContain("Share");
        assertThat(a.get("id").asText()).hasSize(64);
        assertThat(r.lines.get(1).get("document").get("language").asText()).isEqualTo("ru");
        assertThat(r.lines.get(1).get("document").get("published").isNull()).isTrue();
        JsonNode c = r.lines.get(2).get("document");
        assertThat(c.get("title").asText()).isEqualTo("Wind farm starts");
        assertThat(c.get("published").asText()).isEqualTo("2024-11-02");
        assertThat(c.get("text").asText()).contains("100 MW").doesNotContain("Menu");
    }

    @Test
    void badInputIsReportedAsAContractLineAndTheRunGoesOn() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path binary = dir.resolve("binary.txt");
        Files.write(binary, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 0, 0});
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(21L * 1024 * 1024);
        }
        Path good = Files.writeString(dir.resolve("good.txt"), "Cement plant\n\nA cement plant was launched in Shymkent.\n");
        Run r = run("extract", empty.toString(), binary.toString(), huge.toString(), dir.resolve("missing.txt").toString(),
                good.toString());
        assertThat(r.exit).as("something was read").isZero();
        assertThat(r.lines).hasSize(5);
        assertThat(r.lines.get(0).get("error").asText()).contains("empty.txt").contains("empty");
        assertThat(r.lines.get(1).get("error").asText()).contains("binary.txt").contains("binary");
        assertThat(r.lines.get(2).get("error").asText()).contains("huge.txt").contains("limit");
        assertThat(r.lines.get(3).get("error").asText()).contains("missing.txt").contains("no such file");
        assertThat(r.lines.get(4).has("error")).isFalse();
        assertThat(r.lines.get(0).get("document").get("source").asText()).endsWith("empty.txt");
        assertThat(r.err).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aPageWithRelativeLinksIsReadWithoutAnythingOnStderr() throws Exception {
        Path page = Files.writeString(dir.resolve("page.html"), "<!doctype html><html><head><title>Plant opens</title></head>"
                + "<body><article><h1>Plant opens</h1><p>A cement plant of 1 million tonnes a year opened in Shymkent. "
                + "<a href=\"/news/2\">More</a> <img src=\"photo.jpg\"></p><p>It employs 300 people and cost 50 billion tenge, "
                + "the regional akimat said on Friday in a statement on its website.</p></article></body></html>");
        Run r = run("extract", page.toString());
        assertThat(r.exit).isZero();
        assertThat(r.lines.get(0).get("error")).isNull();
        assertThat(r.err).as("Readability's relative-link fix resolves against the file's URI").isEmpty();
    }

    /** A few MB of short sentences each naming a plant, a company, a place and figures: seconds of work. */
    private Path slowArticle() throws Exception {
        StringBuilder b = new StringBuilder("Plants\n\n");
        for (int i = 0; b.length() < 3_000_000; i++) {
            b.append("The Kentau LLP plant in Almaty will produce ").append(i % 97 + 3).append(" MW and employ 40 people. ");
        }
        return Files.writeString(dir.resolve("slow.txt"), b);
    }

    @Test
    void aDocumentOverItsTimeBudgetIsAnErrorLineAndTheBatchGoesOn() throws Exception {
        Path slow = slowArticle();
        Path good = Files.writeString(dir.resolve("good.txt"), "Cement plant\n\nA cement plant was launched in Shymkent.\n");
        Run r = run("extract", "--threads", "1", "--max-seconds", "0.2", slow.toString(), good.toString());
        assertThat(r.exit).isZero();
        assertThat(r.lines).hasSize(2);
        assertThat(r.lines.get(0).get("error").asText()).isEqualTo(slow + ": took longer than 0.2 s");
        assertThat(r.lines.get(1).has("error")).isFalse();
        assertThat(r.lines.get(1).get("document").get("source").asText()).endsWith("good.txt");
    }

    @Test
    void eachLineIsWrittenAsSoonAsItAndThoseBeforeItAreDone() throws Exception {
        Path good = Files.writeString(dir.resolve("a.txt"), "Cement plant\n\nA cement plant was launched in Shymkent.\n");
        Path slow = slowArticle();
        PrintStream out = System.out;
        PipedInputStream pipe = new PipedInputStream(1 << 20);
        System.setOut(new PrintStream(new PipedOutputStream(pipe), true, StandardCharsets.UTF_8));
        Thread command = new Thread(() -> Main.run("extract", "--threads", "2", good.toString(), slow.toString()));
        try {
            command.start();
            BufferedReader reader = new BufferedReader(new InputStreamReader(pipe, StandardCharsets.UTF_8));
            String first = reader.readLine();
            boolean stillWorking = command.isAlive();
            // the slow article's line is larger than the pipe: read it, or the command waits on a full pipe for ever
            Thread drain = new Thread(() -> {
                try {
                    while (reader.read() >= 0) {
                        // discard
                    }
                } catch (java.io.IOException closed) {
                    // the writing thread ended: nothing more to read
                }
            });
            drain.setDaemon(true);
            drain.start();
            command.join();
            assertThat(JSON.readTree(first).get("document").get("source").asText()).endsWith("a.txt");
            assertThat(stillWorking).as("the first line came while the slow article was still being read").isTrue();
        } finally {
            System.setOut(out);
        }
    }

    @Test
    void aFifoIsRefusedAtOnceAndASymlinkToADirectoryIsFollowed() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("a.txt"), "Cement plant\n\nA cement plant was launched in Shymkent.\n");
        Path link = Files.createSymbolicLink(dir.resolve("link"), articles);
        Run r = run("extract", fifo.toString(), link.toString());
        assertThat(r.lines).hasSize(2);
        assertThat(r.lines.get(0).get("error").asText()).isEqualTo(fifo + ": is not a regular file (a FIFO, socket or device)");
        assertThat(r.lines.get(1).get("document").get("source").asText()).isEqualTo(link.resolve("a.txt").toString());
    }

    /**
     * Skipped when the tests run as root (root reads a mode-000 directory); checked by hand as
     * nobody with {@code setpriv --reuid=65534}: the locked directory is one error line, the rest read.
     */
    @Test
    void anUnreadableSubdirectoryIsReportedAndTheRestIsRead() throws Exception {
        Path top = Files.createDirectories(dir.resolve("top"));
        Files.writeString(top.resolve("a.txt"), "Cement plant\n\nA cement plant was launched in Shymkent.\n");
        Path locked = Files.createDirectories(top.resolve("locked"));
        Files.writeString(locked.resolve("b.txt"), "Cement plant\n\nA cement plant was launched in Shymkent.\n");
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "root reads any directory");
            Run r = run("extract", top.toString());
            assertThat(r.lines).hasSize(2);
            assertThat(r.lines.get(0).has("error")).isFalse();
            assertThat(r.lines.get(1).get("error").asText()).isEqualTo(locked + ": is a directory that cannot be read (permission denied)");
            assertThat(r.err).doesNotContain("\tat ");
        } finally {
            Files.setPosixFilePermissions(locked, java.util.Set.of(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                    java.nio.file.attribute.PosixFilePermission.OWNER_WRITE, java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE));
        }
    }

    @Test
    void aOneLineArticleAfterItsDateAndAUtf16FileAreRead() throws Exception {
        Path oneLine = Files.writeString(dir.resolve("a.txt"), "date 2024-05-01 A cement plant was launched in Shymkent.\n");
        Path utf16 = dir.resolve("b.txt");
        Files.write(utf16, ("\uFEFFЦементный завод\r\n\r\nВ Шымкенте запустили цементный завод.\r\n").getBytes(StandardCharsets.UTF_16LE));
        Run r = run("extract", "--with-text", oneLine.toString(), utf16.toString());
        assertThat(r.lines).hasSize(2);
        assertThat(r.lines.get(0).has("error")).isFalse();
        assertThat(r.lines.get(0).get("document").get("published").asText()).isEqualTo("2024-05-01");
        assertThat(r.lines.get(0).get("document").get("text").asText()).isEqualTo("A cement plant was launched in Shymkent.");
        assertThat(r.lines.get(1).has("error")).isFalse();
        assertThat(r.lines.get(1).get("document").get("title").asText()).isEqualTo("Цементный завод");
        assertThat(r.lines.get(1).get("document").get("language").asText()).isEqualTo("ru");
    }

    @Test
    void exitCodeIsNonZeroOnlyWhenNothingCouldBeRead() throws Exception {
        Run r = run("extract", dir.resolve("nothing-here.txt").toString());
        assertThat(r.exit).isNotZero();
        assertThat(r.lines).hasSize(1);
        assertThat(r.lines.get(0).get("error").asText()).contains("nothing-here.txt");
    }

    @Test
    void annotationsCoverExactlyTheTextTheyName() throws Exception {
        Path f = Files.writeString(dir.resolve("n.txt"), "Output\n\nIn January–April 2024 output grew by 5.2% to 7.1 trillion tenge; 2 522 jobs.\n");
        Run r = run("extract", "--with-text", "--annotations", f.toString());
        String text = r.lines.get(0).get("document").get("text").asText();
        JsonNode ann = r.lines.get(0).get("annotations");
        assertThat(ann.size()).isGreaterThanOrEqualTo(4);
        for (JsonNode a : ann) {
            assertThat(text.substring(a.get("start").asInt(), a.get("end").asInt())).isEqualTo(a.get("text").asText());
        }
        assertThat(ann.toString()).contains("\"type\":\"period\"").contains("\"amount\":7100000000000").contains("\"value\":2522");
    }
}
