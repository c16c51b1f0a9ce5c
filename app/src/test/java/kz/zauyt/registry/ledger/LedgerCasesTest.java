package kz.zauyt.registry.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.zauyt.registry.Corpus;
import kz.zauyt.registry.Registry;
import kz.zauyt.registry.TestDb;
import kz.zauyt.registry.db.DatabaseConfig;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wrong verdicts of issue 14, each pinned on a real PostgreSQL with articles in the contract:
 * another metric or kind, a plant's capacity, railway cars against road vehicles, one promise
 * reported three times, a 2022 promise and a 2025 reading, a part-year figure.
 */
class LedgerCasesTest {

    private static final LocalDate LATE_2026 = LocalDate.of(2026, 11, 23);
    private static DatabaseConfig config;
    private static Registry registry;

    @BeforeAll
    static void load(@TempDir Path dir) throws Exception {
        config = TestDb.freshSchema("ledger_cases");
        registry = Registry.open(config);
        List<News> news = List.of(
                // another metric, another kind
                News.of("2026-02-10", "en")
                        .target("The share of manufacturing in GDP should reach 15% by 2029.", "gross domestic product", "KZ", 15, "%", null, "2029")
                        .reading("GDP grew 6.1% in 2025.", "gross domestic product", "KZ", "2025", "2025", 6.1, "%")
                        .reading("The share of manufacturing in GDP rose to 13.4% in 2025.", "gross domestic product", "KZ", "2025", "2025", 13.4, "%")
                        .target("This year we must keep growth of at least 6%.", "manufacturing output", "KZ", 6, "%", null, "2026")
                        .reading("Manufacturing output grew 6.1% in 2025.", "manufacturing output", "KZ", "2025", "2025", 6.1, "%")
                        .reading("Manufacturing reached 26.1 trillion tenge in 2025.", "manufacturing output", "KZ", "2025", "2025", 26.1e12, "KZT")
                        .reading("Manufacturing's share of the economy was 12.5% in 2025.", "manufacturing output", "KZ", "2025", "2025", 12.5, "%"),
                News.of("2026-07-20", "ru")
                        .reading("За январь-июнь 2026 года рост обрабатывающей промышленности составил 6,4%.", "manufacturing output", "KZ", "2026-01", "2026-06", 6.4, "%"),
                // a plant's capacity, as a target and as a reading
                News.of("2026-09-22", "en")
                        .plant("The Aksu ferrosilicon plant was launched.", "Aksu ferrosilicon plant", "KZ-55", 240000.0, "t")
                        .target("The plant will reach its design capacity of 240 thousand tonnes a year in 2027.", "metallurgy output", "KZ-55", 240000, "t", "year", "2027")
                        .reading("Its design capacity is 240 thousand tonnes.", "metallurgy output", "KZ-55", "2026", "2026", 240000, "t"),
                News.of("2026-10-01", "en")
                        .target("Pavlodar region is to produce 700 thousand tonnes of metals a year by 2027.", "metallurgy output", "KZ-55", 700000, "t", "year", "2027"),
                News.of("2027-02-01", "en")
                        .reading("Metallurgy in Pavlodar region produced 633.6 thousand tonnes in 2026.", "metallurgy output", "KZ-55", "2026", "2026", 633600, "t"),
                // railway cars are not road vehicles
                News.of("2023-03-01", "en")
                        .target("Kazakhstan will make 100 passenger railway cars by 2025.", "car production", "KZ", 100, "unit", null, "2025")
                        .reading("46,000 road vehicles were made in 2022.", "car production", "KZ", "2022", "2022", 46000, "unit"),
                // one national promise, three articles (one of them regional)
                News.of("2024-05-14", "en")
                        .target("The government aims to produce 160 thousand cars a year by 2025.", "car production", "KZ", 160000, "unit", "year", "2025"),
                News.of("2025-06-17", "ru")
                        .target("Завод должен внести вклад в задачу выпустить 160 тыс. автомобилей в 2025 году.", "car production", "KZ-39", 160000, "unit", null, "2025")
                        .reading("В июне 2025 года выпущено 14 тыс. автомобилей.", "car production", "KZ", "2025-06", "2025-06", 14000, "unit"),
                News.of("2025-11-18", "en")
                        .reading("131.9 thousand cars were made in January-October 2025.", "car production", "KZ", "2025-01", "2025-10", 131900, "unit"),
                News.of("2026-02-10", "en")
                        .target("The target of 160 thousand cars set for 2025 was achieved by 99%.", "car production", "KZ", 160000, "unit", null, "2025")
                        .reading("A total of 158.4 thousand cars were produced in 2025.", "car production", "KZ", "2025", "2025", 158400, "unit"),
                // a 2022 promise and a 2025 reading
                News.of("2022-03-10", "en")
                        .plant("A full-cycle car plant of 60 thousand cars a year is to be built in Kostanay.", "full-cycle car plant", "KZ-39", 60000.0, "unit")
                        .target("The region expects output to exceed 100 thousand cars in 2022.", "car production", "KZ-39", 100000, "unit", null, "2022")
                        .reading("Kostanay region made 77.9 thousand cars in 2021.", "car production", "KZ-39", "2021", "2021", 77900, "unit"),
                // the same plant, told without its capacity, in an article the matcher may keep apart
                News.of("2024-09-10", "en")
                        .plant("Construction of the Tobyl Motors car plant is 60% complete.", "Tobyl Motors car plant", "KZ-39", null, null)
                        .target("The plant will be able to produce 60 thousand cars a year.", "car production", "KZ-39", 60000, "unit", "year", null),
                News.of("2026-01-20", "en")
                        .reading("Kostanay region made 131.9 thousand cars in 2025.", "car production", "KZ-39", "2025", "2025", 131900, "unit"),
                News.of("2027-01-15", "en")
                        .reading("Kostanay region made 103.4 thousand cars in 2022, statistics revised.", "car production", "KZ-39", "2022", "2022", 103400, "unit"));
        Path file = dir.resolve("ledger.jsonl");
        Files.writeString(file, news.stream().map(News::line).collect(Collectors.joining("\n", "", "\n")));
        assertThat(Corpus.ingest(registry.database().jdbi(), file).failures()).isEmpty();
    }

    @AfterAll
    static void close() {
        registry.close();
        TestDb.drop(config);
    }

    private static LedgerEntry entry(LocalDate asOf, String metric, String region, double value) {
        List<LedgerEntry> found = registry.ledger().entries(asOf).stream().filter(e -> e.target().metric().equals(metric)
                && e.target().region().equals(region) && e.target().value() == value).toList();
        assertThat(found).as("%s %s %s", metric, region, value).hasSize(1);
        return found.get(0);
    }

    private static Stream<Double> values(LedgerEntry e) {
        return e.readings().stream().map(IndicatorRecord::value);
    }

    @Test
    void aShareOfGdpIsJudgedByTheShareNotByGrowth() {
        LedgerEntry gdp = entry(LATE_2026, "gross domestic product", "KZ", 15);
        assertThat(gdp.kind()).isEqualTo(MetricKind.SHARE);
        assertThat(values(gdp)).containsExactly(13.4);
        assertThat(gdp.latest().value()).isEqualTo(13.4);
        assertThat(gdp.state()).isEqualTo(TargetState.PENDING);
        // 13.4% is of 2025, before the promise of February 2026: its starting point, not progress along it
        assertThat(gdp.why()).isEqualTo(Reason.BASELINE);
        assertThat(gdp.setAside()).isEqualTo(1);
    }

    @Test
    void aGrowthTargetIsJudgedOnlyByTheGrowthOfItsYear() {
        // 6.1% in 2025 does not meet "at least 6% this year (2026)"; the 26.1 trillion and the 12.5% share never count
        LedgerEntry growth = entry(LocalDate.of(2026, 7, 1), "manufacturing output", "KZ", 6);
        assertThat(growth.kind()).isEqualTo(MetricKind.GROWTH);
        assertThat(values(growth)).containsExactly(6.1);
        assertThat(growth.state()).isEqualTo(TargetState.PENDING);
        assertThat(growth.why()).isEqualTo(Reason.NOT_YET);
        assertThat(growth.progress()).isNull();
        LedgerEntry later = entry(LATE_2026, "manufacturing output", "KZ", 6);
        assertThat(later.why()).isEqualTo(Reason.PART_YEAR_ON_PACE);
        assertThat(later.state()).isEqualTo(TargetState.ON_TRACK);
        assertThat(later.latest().periodTo()).isEqualTo("2026-06");
    }

    @Test
    void aPlantsCapacityIsNeitherATargetNorAReading() {
        TargetLedger.Ledger ledger = registry.ledger().ledger(LocalDate.of(2027, 3, 1));
        assertThat(ledger.entries()).noneMatch(e -> e.target().value() == 240000);
        assertThat(ledger.capacities()).extracting(TargetRecord::value).containsExactlyInAnyOrder(240000.0, 60000.0);
        assertThat(ledger.entries()).noneMatch(e -> e.target().value() == 60000);
        LedgerEntry region = entry(LocalDate.of(2027, 3, 1), "metallurgy output", "KZ-55", 700000);
        assertThat(values(region)).containsExactly(633600.0);
        assertThat(region.progress()).isCloseTo(0.905, Offset.offset(0.001));
        assertThat(region.state()).isNotEqualTo(TargetState.MET);
    }

    @Test
    void theCapacityKeysAreTheMentionsCapacitiesCountedAfresh() {
        String kept = "select region || ' ' || unit || ' ' || value || ' ' || mentions from capacity_key order by 1";
        String counted = "select coalesce(m.region, '') || ' ' || (c->>'unit') || ' ' || (c->>'value')::float8 || ' ' || count(*) "
                + "from mention m cross join lateral jsonb_array_elements(m.capacity) c group by m.region, c->>'unit', "
                + "(c->>'value')::float8 order by 1";
        List<String> keys = registry.database().jdbi().withHandle(h -> h.createQuery(kept).mapTo(String.class).list());
        assertThat(keys).contains("KZ-55 t 240000 1", "KZ-39 unit 60000 1")
                .isEqualTo(registry.database().jdbi().withHandle(h -> h.createQuery(counted).mapTo(String.class).list()));
    }

    @Test
    void railwayCarsAreNotJudgedByRoadVehicles() {
        LedgerEntry railway = entry(LATE_2026, "car production", "KZ", 100);
        assertThat(railway.readings()).isEmpty();
        assertThat(railway.state()).isEqualTo(TargetState.NO_DATA);
        assertThat(railway.why()).isEqualTo(Reason.NO_READING);
        assertThat(railway.setAside()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void oneNationalPromiseReportedThreeTimesIsOneLineWithItsSources() {
        LedgerEntry cars = entry(LATE_2026, "car production", "KZ", 160000);
        assertThat(cars.statements()).extracting(t -> t.published().toString())
                .containsExactly("2024-05-14", "2025-06-17", "2026-02-10");
        assertThat(registry.ledger().entries(LATE_2026)).filteredOn(e -> e.target().value() == 160000).hasSize(1);
        assertThat(cars.state()).isEqualTo(TargetState.MISSED);
        assertThat(cars.why()).isEqualTo(Reason.MISSED);
        assertThat(cars.latest().value()).isEqualTo(158400);
        assertThat(cars.progress()).isCloseTo(0.99, Offset.offset(1e-9));
        // the June figure is a month: never compared with a year
        assertThat(values(cars)).doesNotContain(14000.0).contains(131900.0, 158400.0);
    }

    @Test
    void aPartYearFigureGivesAPaceAndIsShownAsPartOfTheYear() {
        LedgerEntry cars = entry(LocalDate.of(2025, 12, 1), "car production", "KZ", 160000);
        assertThat(cars.latest().periodFrom()).isEqualTo("2025-01");
        assertThat(cars.latest().periodTo()).isEqualTo("2025-10");
        assertThat(cars.annualised()).isTrue();
        assertThat(cars.pace()).isCloseTo(158280, Offset.offset(0.5));
        assertThat(cars.why()).isEqualTo(Reason.PART_YEAR_BEHIND);
        assertThat(cars.state()).isEqualTo(TargetState.PENDING);
    }

    @Test
    void a2022TargetIsNotJudgedByA2025Reading() {
        LedgerEntry promise = entry(LATE_2026, "car production", "KZ-39", 100000);
        assertThat(values(promise)).containsExactly(77900.0);
        assertThat(promise.state()).isEqualTo(TargetState.PENDING);
        assertThat(promise.why()).isEqualTo(Reason.AWAITING);
        // once the 2022 figure is out, it decides
        LedgerEntry judged = entry(LocalDate.of(2027, 2, 1), "car production", "KZ-39", 100000);
        assertThat(judged.state()).isEqualTo(TargetState.MET);
        assertThat(judged.latest().periodFrom()).isEqualTo("2022");
    }
}
