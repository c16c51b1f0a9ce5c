package kz.zauyt.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kz.zauyt.extract.Extractor;
import kz.zauyt.registry.Corpus;
import kz.zauyt.registry.Registry;
import kz.zauyt.registry.TestDb;
import kz.zauyt.registry.db.DatabaseConfig;
import kz.zauyt.registry.document.DocumentStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document that takes longer than its time budget is reported in its place ("took longer than N s")
 * and the batch goes on: the documents after it are stored, and progress hears of each in input order.
 */
class IngestBudgetTest {

    private static DatabaseConfig config;
    private static Registry registry;

    @BeforeAll
    static void open() {
        config = TestDb.freshSchema("budget");
        registry = Registry.open(config);
    }

    @AfterAll
    static void close() {
        registry.close();
        TestDb.drop(config);
    }

    @Test
    void aSlowDocumentIsReportedAndTheRestIsStored(@TempDir Path dir) throws IOException {
        String plant = "A cement plant worth 1.2 billion tenge with 350 jobs was launched in Shymkent. ";
        Files.writeString(dir.resolve("a_huge.txt"), "Huge\n\ndate 2024-05-29\n\n" + plant.repeat(40_000));
        Files.writeString(dir.resolve("b_small.txt"), "Small\n\ndate 2024-05-29\n\n"
                + "A brick plant worth 2 billion tenge with 90 jobs was launched in Taraz.\n");
        List<String> done = new ArrayList<>();
        Progress progress = new Progress() {
            @Override
            public void start(long total) {
            }

            @Override
            public void done(String source) {
                done.add(Path.of(source).getFileName().toString());
            }
        };
        IngestService service = new IngestService(new DocumentStore(registry.database().jdbi()), Extractor::load,
                new ContractParser(Extractor.VERSION), 2, Duration.ofMillis(300));

        IngestSummary s = service.ingest(List.of(dir), progress);

        assertThat(s.read()).isEqualTo(2);
        assertThat(s.added()).isEqualTo(1);
        assertThat(s.failures()).singleElement().satisfies(f -> {
            assertThat(f.source()).endsWith("a_huge.txt");
            assertThat(f.reason()).endsWith("a_huge.txt: took longer than 0.3 s");
        });
        assertThat(done).containsExactly("a_huge.txt", "b_small.txt");
        assertThat(Corpus.count(registry.database().jdbi(), "document")).isEqualTo(1);
    }

    @Test
    void aBudgetMustBePositive() {
        DocumentStore store = new DocumentStore(registry.database().jdbi());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new IngestService(store, Extractor::load,
                new ContractParser(Extractor.VERSION), 1, Duration.ZERO)).hasMessageContaining("must be above 0");
    }
}
