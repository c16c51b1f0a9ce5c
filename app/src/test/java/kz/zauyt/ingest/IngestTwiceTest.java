package kz.zauyt.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.zauyt.registry.Corpus;
import kz.zauyt.registry.Registry;
import kz.zauyt.registry.TestDb;
import kz.zauyt.registry.db.DatabaseConfig;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled sample articles, read by the engine and stored; then the same directory again. */
class IngestTwiceTest {

    private static DatabaseConfig config;
    private static Registry registry;
    private static Path samples;

    @BeforeAll
    static void open() throws URISyntaxException {
        config = TestDb.freshSchema("twice");
        registry = Registry.open(config);
        samples = Path.of(IngestTwiceTest.class.getResource("/samples").toURI());
    }

    @AfterAll
    static void close() {
        registry.close();
        TestDb.drop(config);
    }

    private static List<Long> counts(Jdbi jdbi) {
        return List.of(Corpus.count(jdbi, "document"), Corpus.count(jdbi, "mention"), Corpus.count(jdbi, "project"),
                Corpus.count(jdbi, "indicator"), Corpus.count(jdbi, "target"));
    }

    @Test
    void aDirectoryIngestedTwiceGivesTheSameCounts(@TempDir Path tmp) throws Exception {
        Jdbi jdbi = registry.database().jdbi();
        // a broken file among the articles is reported and the rest go on
        Path dir = Files.createDirectories(tmp.resolve("articles"));
        try (var files = Files.list(samples)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Files.write(dir.resolve("zz-broken.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0x41});
        long articles;
        try (var files = Files.list(dir)) {
            articles = files.count();
        }

        IngestSummary first = Corpus.ingest(jdbi, dir);
        assertThat(first.read()).isEqualTo(articles);
        // the broken file is reported with its name; an article the engine cannot read yet would be too
        assertThat(first.failures()).extracting(IngestSummary.Failure::source).contains(dir.resolve("zz-broken.txt").toString());
        assertThat(first.failures()).allSatisfy(f -> assertThat(f.reason()).contains(Path.of(f.source()).getFileName().toString()));
        assertThat(first.added()).isEqualTo(articles - first.failed()).isGreaterThan(articles / 2);
        List<Long> after = counts(jdbi);
        assertThat(after.get(0)).isEqualTo(first.added());

        IngestSummary second = Corpus.ingest(jdbi, dir);
        assertThat(second.read()).isEqualTo(first.read());
        assertThat(second.added()).isZero();
        assertThat(second.unchanged()).isEqualTo(first.added());
        assertThat(second.failures()).isEqualTo(first.failures());
        assertThat(counts(jdbi)).isEqualTo(after);
        assertThat(second.line()).isEqualTo("Read " + articles + " documents: 0 new, " + first.added()
                + " unchanged, 0 re-extracted, " + first.failed() + " failed.");
    }
}
