package kz.zauyt.registry.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import kz.zauyt.money.MoneySync;
import kz.zauyt.money.Rate;
import kz.zauyt.money.Rates;
import kz.zauyt.money.RatesTsv;
import kz.zauyt.registry.Corpus;
import kz.zauyt.registry.Registry;
import kz.zauyt.registry.TestDb;
import kz.zauyt.registry.db.DatabaseConfig;
import kz.zauyt.web.data.SortedProjects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Figures that compare and search across scripts and forms, on invented articles (registry/desk): a
 * 2.6 bn USD smelter, a 3.4 bn KZT mine of another copper company, a 120 bn KZT car plant named only in
 * English, a Kazakh cement plant in euros.
 */
class DeskQueriesTest {

    private static DatabaseConfig config;
    private static Registry registry;

    @BeforeAll
    static void load() {
        config = TestDb.freshSchema("desk");
        registry = Registry.open(config);
        Corpus.ingest(registry.database().jdbi(), Corpus.resource("desk/desk.jsonl"));
    }

    @AfterAll
    static void close() {
        Rates.use(Rates.shipped());
        registry.close();
        TestDb.drop(config);
    }

    private static List<String> names(ProjectFilter f) {
        return registry.search().search(f, Paging.first(50)).items().stream().map(ProjectRow::name).toList();
    }

    private static ProjectRow row(String name) {
        return registry.search().search(ProjectFilter.ANY, Paging.first(50)).items().stream()
                .filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void investmentIsConvertedAtTheRateOfItsArticlesDate() {
        ProjectRow smelter = row("copper smelter");
        double rate = Rates.shipped().kzt("USD", LocalDate.parse("2024-03-01"));
        assertThat(smelter.investment()).isEqualTo(2.6e9);
        assertThat(smelter.currency()).isEqualTo("USD");
        assertThat(smelter.investmentUsd()).isEqualTo(2.6e9);
        assertThat(smelter.investmentKzt()).isCloseTo(2.6e9 * rate, org.assertj.core.data.Offset.offset(1.0));
        ProjectRow mine = row("медный рудник");
        assertThat(mine.investmentKzt()).isEqualTo(3.4e9);
        assertThat(mine.investmentUsd()).isCloseTo(3.4e9 / Rates.shipped().kzt("USD", LocalDate.parse("2024-04-10")),
                org.assertj.core.data.Offset.offset(1.0));
        assertThat(row("цемент зауыты").investmentKzt()).isGreaterThan(5.0e7 * 100); // euros, well over 100 KZT each
    }

    @Test
    void sortingByInvestmentPutsDollarsAboveSmallerTenge() {
        List<String> down = new SortedProjects(registry.database().jdbi()).list(ProjectFilter.ANY, "-investment", Paging.first(10))
                .items().stream().map(ProjectRow::name).toList();
        // raw amounts would put 120 bn and 3.4 bn (tenge) above 2.6 bn (dollars)
        assertThat(down).containsSubsequence("copper smelter", "Nur Motors car plant", "медный рудник");
    }

    @Test
    void totalsAddConvertedAmounts() {
        ProjectRow smelter = row("copper smelter");
        ProjectRow mine = row("медный рудник");
        for (boolean kept : new boolean[] {true, false}) {
            Total sector = registry.search().totals(Dimension.SECTOR, ProjectFilter.ANY, kept).stream()
                    .filter(t -> "C".equals(t.key())).findFirst().orElseThrow();
            double expected = smelter.investmentKzt() + row("Nur Motors car plant").investmentKzt() + row("цемент зауыты").investmentKzt();
            assertThat(sector.kzt()).as("kept " + kept).isCloseTo(expected, org.assertj.core.data.Offset.offset(10.0));
            Total mining = registry.search().totals(Dimension.SECTOR, ProjectFilter.ANY, kept).stream()
                    .filter(t -> "B".equals(t.key())).findFirst().orElseThrow();
            assertThat(mining.kzt()).isEqualTo(mine.investmentKzt());
        }
    }

    @Test
    void ratesLoadedLaterConvertTheRegistryAgain(@TempDir Path data) {
        RatesTsv.write(data.resolve(Rates.OVERRIDE), List.of(new Rate(LocalDate.parse("2024-03-01"), "USD", 500.0, "official")));
        try {
            assertThat(MoneySync.sync(registry.database().jdbi(), Rates.load(data))).isEqualTo(4);
            assertThat(row("copper smelter").investmentKzt()).isEqualTo(2.6e9 * 500);
            assertThat(MoneySync.sync(registry.database().jdbi(), Rates.load(data))).isZero(); // nothing changed: nothing done
        } finally {
            MoneySync.sync(registry.database().jdbi(), Rates.shipped());
        }
        assertThat(row("copper smelter").investmentKzt()).isNotEqualTo(2.6e9 * 500);
    }

    @Test
    void aNameIsFoundInEitherScript() {
        assertThat(names(ProjectFilter.ANY.withText("Ertis Copper"))).containsExactly("copper smelter");
        assertThat(names(ProjectFilter.ANY.withText("Ертис Коппер"))).containsExactly("copper smelter");
        assertThat(names(ProjectFilter.ANY.withText("Kazakhskaya mednaya"))).containsExactly("медный рудник");
    }

    @Test
    void theCompanyFilterMeansThatCompanyNotAnotherCopperOne() {
        assertThat(names(ProjectFilter.ANY.withCompany("Ертис Коппер"))).containsExactly("copper smelter");
        assertThat(names(ProjectFilter.ANY.withCompany("ERTIS COPPER LLP"))).containsExactly("copper smelter");
        assertThat(names(ProjectFilter.ANY.withCompany("Ertis"))).containsExactly("copper smelter");
        assertThat(names(ProjectFilter.ANY.withCompany("Copper"))).isEmpty();
        assertThat(names(ProjectFilter.ANY.withCompany("Казахская медная компания"))).containsExactly("медный рудник");
    }

    @Test
    void inflectedAndCompoundWordsFindTheCarPlant() {
        assertThat(names(ProjectFilter.ANY.withText("автомобили"))).containsExactly("Nur Motors car plant");
        assertThat(names(ProjectFilter.ANY.withText("автозавод"))).containsExactly("Nur Motors car plant");
        assertThat(names(ProjectFilter.ANY.withText("автозавод цемент"))).isEmpty(); // every word must be found
    }

    @Test
    void kazakhEndingsAreStripped() {
        assertThat(names(ProjectFilter.ANY.withText("зауыттарының"))).contains("цемент зауыты");
        assertThat(names(ProjectFilter.ANY.withText("цементтің"))).containsExactly("цемент зауыты");
    }

    @Test
    void countriesByNameOrCodeInAnyLanguage() {
        for (String c : List.of("China", "Китай", "Қытай", "CN", "cn", "КНР")) {
            assertThat(names(ProjectFilter.ANY.withCountry(c))).as(c).containsExactly("Nur Motors car plant");
        }
        assertThatThrownBy(() -> ProjectFilter.ANY.withCountry("Narnia")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Narnia'");
    }

    @Test
    void searchStaysOnTheIndex() {
        FilterSql f = new FilterSql(ProjectFilter.ANY.withText("Ertis Copper"));
        String plan = registry.database().jdbi().withHandle(h -> {
            h.execute("set enable_seqscan = off");
            try {
                return String.join("\n", f.bind(h.createQuery("explain select p.id from project p" + f.where())).mapTo(String.class).list());
            } finally {
                h.execute("reset enable_seqscan");
            }
        });
        assertThat(plan).contains("Bitmap Index Scan").doesNotContain("Seq Scan");
    }
}
