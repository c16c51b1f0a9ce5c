package kz.zauyt.registry.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.zauyt.registry.Corpus;
import kz.zauyt.registry.Registry;
import kz.zauyt.registry.TestDb;
import kz.zauyt.registry.bench.SyntheticCorpus;
import kz.zauyt.registry.db.DatabaseConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The totals the trigger keeps (project_total) against counting every project, after each kind of write. */
class ProjectTotalsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void keptTotalsEqualCountedOnesAfterIngestEditsAndReextraction(@TempDir Path dir) throws Exception {
        DatabaseConfig config = TestDb.freshSchema("totals");
        try (Registry registry = Registry.open(config)) {
            Path news = dir.resolve("news.jsonl");
            new SyntheticCorpus(7).write(news, 600);
            Corpus.ingest(registry.database().jdbi(), news);
            assertKeptEqualsCounted(registry);
            listsCountTheirMatches(registry);

            List<ProjectRow> some = registry.search().search(ProjectFilter.ANY.withSector("C"), Paging.first(6)).items();
            registry.edits().merge(some.get(0).id(), List.of(some.get(1).id(), some.get(2).id()));
            ProjectView many = registry.search().search(ProjectFilter.ANY, Paging.first(200)).items().stream()
                    .filter(p -> p.mentions() > 1).map(p -> registry.projects().get(p.id()).orElseThrow())
                    .findFirst().orElseThrow();
            registry.edits().split(many.project().id(), List.of(many.mentions().get(0).id()));
            assertKeptEqualsCounted(registry);

            // every document read again by a newer extractor that sees some facts differently: mentions
            // deleted, projects emptied and remade, moved between regions and statuses, investment dropped
            List<String> again = new ArrayList<>();
            int n = 0;
            for (String line : Files.readAllLines(news)) {
                ObjectNode doc = (ObjectNode) MAPPER.readTree(line);
                doc.put("extractor", "9.0.0");
                for (JsonNode p : doc.path("projects")) {
                    switch (n++ % 5) {
                        case 0 -> ((ObjectNode) p.path("location")).put("region", "KZ-11");
                        case 1 -> ((ObjectNode) p).put("status", "cancelled");
                        case 2 -> ((ObjectNode) p).putNull("investment");
                        default -> { }
                    }
                }
                again.add(MAPPER.writeValueAsString(doc));
            }
            Files.write(dir.resolve("again.jsonl"), again);
            assertThat(Corpus.ingest(registry.database().jdbi(), dir.resolve("again.jsonl")).reextracted()).isEqualTo(600);
            assertKeptEqualsCounted(registry);
            assertThat(registry.search().totals(Dimension.STATUS, ProjectFilter.ANY)).isNotEmpty();
        } finally {
            TestDb.drop(config);
        }
    }

    /** One filter kept by the trigger: exact at once. Others: exact up to ten pages ahead, then "more than". */
    private static void listsCountTheirMatches(Registry registry) {
        Paging five = new Paging(1, 5);
        assertThat(registry.search().search(ProjectFilter.ANY, five))
                .extracting(Page::total, Page::exact).containsExactly(rows(registry, "true"), true);
        assertThat(registry.search().search(ProjectFilter.ANY.withRegion("KZ-75"), five))
                .extracting(Page::total, Page::exact).containsExactly(rows(registry, "region = 'KZ-75'"), true);
        long plants = rows(registry, "search @@ websearch_to_tsquery('russian', 'plant')");
        assertThat(plants).isGreaterThan(ProjectCount.AHEAD);
        assertThat(registry.search().search(ProjectFilter.ANY.withText("plant"), five))
                .extracting(Page::total, Page::exact).containsExactly((long) ProjectCount.AHEAD, false);
        // further along the list, counted further
        Page<ProjectRow> far = registry.search().search(ProjectFilter.ANY.withText("plant"), new Paging(60, 5));
        assertThat(far.total()).isEqualTo(Math.min(plants, 295 + ProjectCount.AHEAD));
        // "cement" also finds its spelling key and its Russian synonym (spelling/synonyms.txt)
        long cement = rows(registry, "search @@ (websearch_to_tsquery('russian', 'cement') || plainto_tsquery('russian', 'sement') "
                + "|| plainto_tsquery('russian', 'цемент'))");
        assertThat(cement).isBetween(6L, (long) ProjectCount.AHEAD);
        assertThat(registry.search().search(ProjectFilter.ANY.withText("cement"), five))
                .extracting(Page::total, Page::exact).containsExactly(cement, true);
    }

    private static long rows(Registry registry, String where) {
        return registry.database().jdbi().withHandle(h -> h.createQuery("select count(*) from project where " + where)
                .mapTo(Long.class).one());
    }

    private static void assertKeptEqualsCounted(Registry registry) {
        for (Dimension d : Dimension.values()) {
            List<Total> kept = registry.search().totals(d, ProjectFilter.ANY, true);
            List<Total> counted = registry.search().totals(d, ProjectFilter.ANY, false);
            assertThat(kept).as("totals by %s", d).hasSameSizeAs(counted);
            for (int i = 0; i < kept.size(); i++) {
                Total k = kept.get(i);
                Total c = counted.get(i);
                assertThat(k.key()).as("%s key", d).isEqualTo(c.key());
                assertThat(k.projects()).as("%s %s projects", d, k.key()).isEqualTo(c.projects());
                assertThat(k.investment().keySet()).as("%s %s currencies", d, k.key()).isEqualTo(c.investment().keySet());
                k.investment().forEach((currency, amount) -> assertThat(amount).as("%s %s %s", d, k.key(), currency)
                        .isCloseTo(c.investment().get(currency), org.assertj.core.data.Percentage.withPercentage(1e-9)));
            }
        }
    }
}
