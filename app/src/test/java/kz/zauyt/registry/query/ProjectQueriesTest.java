package kz.zauyt.registry.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import kz.zauyt.extract.text.Span;
import kz.zauyt.registry.Corpus;
import kz.zauyt.registry.Registry;
import kz.zauyt.registry.TestDb;
import kz.zauyt.registry.db.DatabaseConfig;
import kz.zauyt.registry.project.MentionRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The service layer the web uses, on the hand-made corpus (4 projects, 8 documents). */
class ProjectQueriesTest {

    private static DatabaseConfig config;
    private static Registry registry;

    @BeforeAll
    static void load() {
        config = TestDb.freshSchema("queries");
        registry = Registry.open(config);
        Corpus.ingest(registry.database().jdbi(), Corpus.facts());
    }

    @AfterAll
    static void close() {
        registry.close();
        TestDb.drop(config);
    }

    private static List<String> names(ProjectFilter f) {
        return registry.search().search(f, Paging.first(50)).items().stream().map(ProjectRow::name).toList();
    }

    @Test
    void queriesArePlannedForTheirOwnValuesAfterIngest() {
        // ingest plans its statements once for all values; the connection it used must not keep that
        // for lists, where "sector C" and "C29 in 2015" need different plans (same thread: same connection)
        String mode = registry.database().jdbi().withHandle(h -> h.createQuery("show plan_cache_mode").mapTo(String.class).one());
        assertThat(mode).isEqualTo("force_custom_plan");
    }

    @Test
    void filtersByRegionSectorStatusCountryAndYear() {
        assertThat(names(ProjectFilter.ANY)).hasSize(4);
        assertThat(names(ProjectFilter.ANY.withRegion("KZ-39"))).containsExactlyInAnyOrder("KIA car plant", "bus assembly plant");
        assertThat(names(ProjectFilter.ANY.withRegion("KZ-75"))).isEmpty();
        assertThat(names(ProjectFilter.ANY.withSector("C"))).hasSize(4);
        assertThat(names(ProjectFilter.ANY.withSector("C24"))).hasSize(2);
        assertThat(names(ProjectFilter.ANY.withStatus("operating")))
                .containsExactlyInAnyOrder("KIA car plant", "briquetting plant", "bus assembly plant");
        assertThat(names(ProjectFilter.ANY.withCountry("KR"))).containsExactly("KIA car plant");
        assertThat(names(ProjectFilter.ANY.withYear(2021))).containsExactly("KIA car plant");
        assertThat(names(ProjectFilter.ANY.withYear(2024))).containsExactly("ferroalloy plant in Aktobe");
        assertThat(names(ProjectFilter.ANY.withRegion("KZ-15").withStatus("operating"))).containsExactly("briquetting plant");
    }

    @Test
    void findsCompaniesInEitherScript() {
        assertThat(names(ProjectFilter.ANY.withCompany("Талды Металс"))).hasSize(2);
        assertThat(names(ProjectFilter.ANY.withCompany("TOBYL MOTORS"))).containsExactly("bus assembly plant");
        assertThat(names(ProjectFilter.ANY.withCompany("Tobyl Steel"))).isEmpty();
    }

    @Test
    void searchesTextInEnglishAndRussian() {
        // English stemming: "smelts" finds "smelt" in the evidence
        assertThat(names(ProjectFilter.ANY.withText("smelts ferrochrome"))).containsExactly("ferroalloy plant in Aktobe");
        // Russian stemming: "брикетов" finds "брикеты" and "брикетированию"
        assertThat(names(ProjectFilter.ANY.withText("брикетов"))).containsExactly("briquetting plant");
        // a Cyrillic name found by its Latin spelling, and the reverse
        assertThat(names(ProjectFilter.ANY.withText("Saryarka"))).containsExactly("KIA car plant");
        assertThat(names(ProjectFilter.ANY.withText("Сарыарка"))).containsExactly("KIA car plant");
        assertThat(names(ProjectFilter.ANY.withText("buses"))).containsExactly("bus assembly plant");
        assertThat(names(ProjectFilter.ANY.withText("titanium"))).isEmpty();
    }

    @Test
    void pagesAndCounts() {
        Page<ProjectRow> first = registry.search().search(ProjectFilter.ANY, new Paging(1, 3));
        Page<ProjectRow> second = registry.search().search(ProjectFilter.ANY, new Paging(2, 3));
        assertThat(first.items()).hasSize(3);
        assertThat(second.items()).hasSize(1);
        assertThat(first.total()).isEqualTo(4);
        assertThat(second.total()).isEqualTo(4);
        assertThat(first.exact()).isTrue();
        assertThat(first.pages()).isEqualTo(2);
        // newest evidence first
        assertThat(first.items().get(0).name()).isEqualTo("ferroalloy plant in Aktobe");
        assertThat(second.items().get(0).id()).isNotIn(first.items().stream().map(ProjectRow::id).toList());
    }

    @Test
    void totalsByRegionSectorStatusAndCountry() {
        assertThat(registry.search().totals(Dimension.REGION, ProjectFilter.ANY))
                .extracting(Total::key, Total::projects).containsExactly(
                        tuple("KZ-15", 2L), tuple("KZ-39", 2L));
        assertThat(registry.search().totals(Dimension.SECTOR, ProjectFilter.ANY))
                .extracting(Total::key, Total::projects).containsExactly(tuple("C", 4L));
        assertThat(registry.search().totals(Dimension.STATUS, ProjectFilter.ANY))
                .extracting(Total::key, Total::projects).containsExactly(
                        tuple("operating", 3L), tuple("construction", 1L));
        List<Total> countries = registry.search().totals(Dimension.COUNTRY, ProjectFilter.ANY);
        assertThat(countries).extracting(Total::key, Total::projects).containsExactly(
                tuple("KZ", 4L), tuple("KR", 1L));
        // the latest reported investment: 52 billion tenge (the plant's last figure), under both countries
        assertThat(countries.get(1).investment()).isEqualTo(Map.of("KZT", 5.2e10));
        assertThat(registry.search().totals(Dimension.REGION, ProjectFilter.ANY.withStatus("construction")))
                .extracting(Total::key).containsExactly("KZ-15");
    }

    @Test
    void aDocumentWithItsFactsAndSpans() {
        MentionRecord m = registry.projects().get(registry.search().search(ProjectFilter.ANY.withText("брикетов"),
                Paging.first(1)).items().get(0).id()).orElseThrow().mentions().get(1);
        DocumentView d = registry.documents().get(m.documentId()).orElseThrow();
        assertThat(d.language()).isEqualTo("ru");
        assertThat(d.title()).isEqualTo("«Талды Металс» запустила брикетную фабрику в Хромтау");
        assertThat(d.projects()).hasSize(1);
        MentionRecord p = d.projects().get(0);
        assertThat(p.projectId()).isEqualTo(m.projectId());
        Span s = p.evidence().get(0);
        assertThat(s.of(d.text())).startsWith("Компания «Талды Металс» запустила").isEqualTo(p.quote());
        assertThat(d.indicators()).isEmpty();
        assertThat(registry.documents().get("0".repeat(64))).isEmpty();
    }

    @Test
    void rejectsBadFiltersNamingTheValue() {
        assertThatThrownBy(() -> ProjectFilter.ANY.withRegion("Almaty")).hasMessageContaining("'Almaty'");
        assertThatThrownBy(() -> ProjectFilter.ANY.withStatus("built")).hasMessageContaining("'built'");
        assertThatThrownBy(() -> new Paging(0, 20)).hasMessageContaining("got 0");
        assertThatThrownBy(() -> names(ProjectFilter.ANY.withCompany("LLP"))).hasMessageContaining("'LLP'");
    }
}
