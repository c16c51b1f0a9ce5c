package kz.zauyt.registry.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.zauyt.extract.document.ReadException;
import kz.zauyt.ingest.ContractParser;
import kz.zauyt.ingest.IngestService;
import kz.zauyt.ingest.IngestSummary;
import kz.zauyt.ingest.Progress;
import kz.zauyt.registry.Registry;
import kz.zauyt.registry.TestDb;
import kz.zauyt.registry.bench.SyntheticCorpus;
import kz.zauyt.registry.db.DatabaseConfig;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest session reads each document ahead of the last one's writes, works the candidate search out
 * from what it read and wrote lately, and stores again what it placed after writes that failed. The
 * registry it builds must be the one storing each document alone, in its own transaction, builds: every
 * row, id for id, with documents the database refuses, the same text twice in a row (refused the first
 * time, too), and a text re-extracted later in the run, among synthetic news that returns to its plants.
 */
class IngestSessionTest {

    private static final String VERSION = "0.1.0";

    /** The rows resolution and storing decide, in a fixed order, without the times they were written at. */
    private static final List<String> ROWS = List.of(
            "select * from project order by id",
            "select * from mention order by id",
            "select * from mention_key order by key, mention_id",
            "select document_id, mkey, other_project, other_mention, score, reason, decision from review_pair "
                    + "order by document_id, mkey",
            "select * from project_total order by 1, 2, 3",
            "select * from capacity_key order by 1, 2, 3",
            "select id, source, title, language, published, body, extractor_version from document order by id",
            "select * from indicator order by id",
            "select * from target order by id");

    @Test
    void aSessionStoresWhatOneDocumentAtATimeStores(@TempDir Path dir) throws Exception {
        Path plain = dir.resolve("plain.jsonl");
        new SyntheticCorpus(13).write(plain, 400);
        List<String> lines = new ArrayList<>(Files.readAllLines(plain, StandardCharsets.UTF_8));
        // the database refuses a title with a NUL character: that document fails when its writes are sent
        lines.set(60, lines.get(60).replaceFirst("\"title\":\"", "\"title\":\"\\\\u0000"));
        lines.set(61, lines.get(61).replaceFirst("\"title\":\"", "\"title\":\"\\\\u0000"));
        lines.add(150, lines.get(150)); // the same text twice in a row: unchanged the second time
        // refused, then the same text again: the first one's writes go with the second one's reading
        lines.add(250, lines.get(250).replaceFirst("\"title\":\"", "\"title\":\"\\\\u0000"));
        lines.add(300, lines.get(200).replaceFirst("^\\{", "{\"extractor\":\"0.2.0\",")); // re-extracted
        Path corpus = dir.resolve("corpus.jsonl");
        Files.write(corpus, lines, StandardCharsets.UTF_8);

        DatabaseConfig session = TestDb.freshSchema("session");
        DatabaseConfig alone = TestDb.freshSchema("alone");
        try (Registry a = Registry.open(session); Registry b = Registry.open(alone)) {
            IngestSummary s = new IngestService(a.store(), () -> {
                throw new AssertionError("JSON Lines need no extractor");
            }, new ContractParser(VERSION), 2).ingest(List.of(corpus), Progress.NONE);

            ContractParser parser = new ContractParser(VERSION);
            List<String> failed = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                Article article;
                try {
                    article = parser.parse(lines.get(i), "corpus.jsonl:" + (i + 1));
                } catch (ReadException e) {
                    throw new AssertionError(e);
                }
                try {
                    b.store().store(article);
                } catch (RuntimeException e) {
                    failed.add(article.source());
                }
            }

            assertThat(s.read()).isEqualTo(lines.size());
            assertThat(s.failures()).extracting(IngestSummary.Failure::source).containsExactlyElementsOf(failed).hasSize(3);
            assertThat(s.unchanged()).isEqualTo(1);
            assertThat(s.reextracted()).isEqualTo(1);
            Jdbi x = a.database().jdbi();
            Jdbi y = b.database().jdbi();
            for (String query : ROWS) {
                List<String> got = rows(x, query);
                List<String> want = rows(y, query);
                assertThat(got).as(query).isNotEmpty().hasSameSizeAs(want);
                for (int i = 0; i < got.size(); i++) {
                    assertThat(got.get(i)).as(query + ", row " + (i + 1)).isEqualTo(want.get(i));
                }
            }
        } finally {
            TestDb.drop(session);
            TestDb.drop(alone);
        }
    }

    private static List<String> rows(Jdbi jdbi, String query) {
        return jdbi.withHandle(h -> h.createQuery(query).mapToMap().map(Object::toString).list());
    }
}
