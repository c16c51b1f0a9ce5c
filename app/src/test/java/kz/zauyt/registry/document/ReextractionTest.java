package kz.zauyt.registry.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import kz.zauyt.ingest.IngestSummary;
import kz.zauyt.registry.Corpus;
import kz.zauyt.registry.Lines;
import kz.zauyt.registry.Registry;
import kz.zauyt.registry.TestDb;
import kz.zauyt.registry.db.DatabaseConfig;
import kz.zauyt.registry.query.Paging;
import kz.zauyt.registry.query.ProjectFilter;
import kz.zauyt.registry.query.ProjectRow;
import kz.zauyt.registry.query.Reported;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Storing again: the same version changes nothing; a newer one replaces one document's facts and nothing else. */
class ReextractionTest {

    private DatabaseConfig config;
    private Registry registry;
    private Jdbi jdbi;

    @BeforeEach
    void open() {
        config = TestDb.freshSchema("reextract");
        registry = Registry.open(config);
        jdbi = registry.database().jdbi();
    }

    @AfterEach
    void close() {
        registry.close();
        TestDb.drop(config);
    }

    /** Every stored row that must survive untouched, as text. */
    private List<String> snapshot(String except) {
        return jdbi.withHandle(h -> h.createQuery("select concat_ws('|', d.id, d.ingested_at, d.extracted_at, m.id, m.project_id, "
                        + "m.investment, m.reason) from document d left join mention m on m.document_id = d.id "
                        + "where d.title <> :except order by d.id, m.id")
                .bind("except", except).mapTo(String.class).list());
    }

    @Test
    void theSameDocumentsAgainChangeNothing() {
        Corpus.ingest(jdbi, Corpus.facts());
        List<String> before = snapshot("");
        IngestSummary again = Corpus.ingest(jdbi, Corpus.facts());
        assertThat(again.added()).isZero();
        assertThat(again.unchanged()).isEqualTo(8);
        assertThat(again.reextracted()).isZero();
        assertThat(snapshot("")).isEqualTo(before);
    }

    @Test
    void aNewerExtractorReplacesThatDocumentsFactsOnly(@TempDir Path dir) {
        Corpus.ingest(jdbi, Corpus.facts());
        String edited = "В Костанае идёт строительство завода KIA";
        List<String> others = snapshot(edited);
        long projects = Corpus.count(jdbi, "project");

        // the newer engine reads 55 billion where the older read 52, in one document; the rest are re-read unchanged
        Path newer = Lines.rewrite(dir.resolve("newer.jsonl"), line -> {
            if (Lines.title(line).equals(edited)) {
                ((ObjectNode) line.path("projects").get(0).path("investment")).put("amount", 5.5e10);
                line.put("extractor", "0.2.0");
            }
        });
        IngestSummary s = Corpus.ingest(jdbi, newer);
        assertThat(s.reextracted()).isEqualTo(1);
        assertThat(s.unchanged()).isEqualTo(7);

        assertThat(snapshot(edited)).isEqualTo(others);
        assertThat(Corpus.count(jdbi, "project")).isEqualTo(projects);
        ProjectRow kia = registry.search().search(ProjectFilter.ANY.withCompany("KIA"), Paging.first(5)).items().get(0);
        assertThat(kia.mentions()).isEqualTo(4);
        assertThat(registry.projects().get(kia.id()).orElseThrow().field("investment").values())
                .extracting(Reported::value).containsExactly("50000000000 KZT", "55000000000 KZT");
        List<String> versions = jdbi.withHandle(h -> h.createQuery(
                "select extractor_version || ' x' || count(*) from document group by extractor_version order by 1")
                .mapTo(String.class).list());
        assertThat(versions).containsExactly("0.1.0 x7", "0.2.0 x1");

        // and an older extractor never overwrites a newer one's reading
        IngestSummary older = Corpus.ingest(jdbi, Corpus.facts());
        assertThat(older.unchanged()).isEqualTo(8);
        assertThat(registry.projects().get(kia.id()).orElseThrow().field("investment").values())
                .extracting(Reported::value).contains("55000000000 KZT");
    }

    @Test
    void versionsCompareAsNumbers() {
        assertThat(Versions.compare("0.1.10", "0.1.9")).isPositive();
        assertThat(Versions.compare("0.2", "0.2.0")).isZero();
        assertThat(Versions.compare("1.0.0", "0.9.9")).isPositive();
        assertThat(Versions.compare("0.1.0-rc1", "0.1.0")).isPositive();
    }
}
