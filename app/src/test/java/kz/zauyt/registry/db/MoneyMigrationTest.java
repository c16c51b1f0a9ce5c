package kz.zauyt.registry.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kz.zauyt.registry.Corpus;
import kz.zauyt.registry.Registry;
import kz.zauyt.registry.TestDb;
import kz.zauyt.registry.query.Paging;
import kz.zauyt.registry.query.ProjectFilter;
import kz.zauyt.registry.query.ProjectRow;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * V12 on a registry stored before it: the columns it adds are empty for the projects already there, and
 * its backfill fills them as ingest would have (converted investment, company names, search text, totals).
 */
class MoneyMigrationTest {

    private static final String STATE = "select id, investment_date, investment_kzt, investment_usd, company_names::text as names, "
            + "search::text as search from project order by id";
    private static final String TOTALS = "select dimension, key, currency, projects, invested, amount, converted, amount_kzt, "
            + "amount_usd from project_total where projects <> 0 order by 1, 2, 3";

    @Test
    void backfillsWhatIngestWouldHaveStored() {
        DatabaseConfig config = TestDb.freshSchema("money_migration");
        try (Registry registry = Registry.open(config)) {
            Jdbi jdbi = registry.database().jdbi();
            Corpus.ingest(jdbi, Corpus.resource("desk/desk.jsonl"), Corpus.facts());
            List<Map<String, Object>> ingested = jdbi.withHandle(h -> h.createQuery(STATE).mapToMap().list());
            List<Map<String, Object>> totals = jdbi.withHandle(h -> h.createQuery(TOTALS).mapToMap().list());
            // as the projects stood before V12: nothing converted, no names, search text without keys or stems
            jdbi.useHandle(h -> {
                h.execute("update project set investment_date = null, investment_kzt = null, investment_usd = null, "
                        + "company_names = '{}', search = to_tsvector('russian', name)");
                h.execute("delete from project_total");
                h.execute(V12__Money_and_search.RECOUNT);
            });
            assertThat(registry.search().search(ProjectFilter.ANY.withText("Ертис Коппер"), Paging.first(10)).items()).isEmpty();
            jdbi.useTransaction(V12__Money_and_search::backfill);
            List<Map<String, Object>> state = jdbi.withHandle(h -> h.createQuery(STATE).mapToMap().list());
            List<Map<String, Object>> recounted = jdbi.withHandle(h -> h.createQuery(TOTALS).mapToMap().list());
            assertThat(state).isEqualTo(ingested);
            assertThat(recounted).isEqualTo(totals);
            assertThat(registry.search().search(ProjectFilter.ANY.withText("Ертис Коппер"), Paging.first(10)).items())
                    .extracting(ProjectRow::name).containsExactly("copper smelter");
            assertThat(ingested).filteredOn(r -> r.get("investment_kzt") != null).hasSizeGreaterThanOrEqualTo(4);
        } finally {
            TestDb.drop(config);
        }
    }
}
