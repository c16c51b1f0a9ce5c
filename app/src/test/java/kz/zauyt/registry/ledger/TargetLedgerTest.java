package kz.zauyt.registry.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.zauyt.registry.Corpus;
import kz.zauyt.registry.Registry;
import kz.zauyt.registry.TestDb;
import kz.zauyt.registry.db.DatabaseConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetLedgerTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 1);
    private static DatabaseConfig config;
    private static Registry registry;

    @BeforeAll
    static void load() {
        config = TestDb.freshSchema("ledger");
        registry = Registry.open(config);
        Corpus.ingest(registry.database().jdbi(), Corpus.facts());
    }

    @AfterAll
    static void close() {
        registry.close();
        TestDb.drop(config);
    }

    private static Map<String, LedgerEntry> byMetric(LocalDate asOf) {
        return registry.ledger().entries(asOf).stream().collect(Collectors.toMap(e -> e.target().metric(), Function.identity()));
    }

    @Test
    void eachTargetMeetsTheIndicatorsOfItsMetricAndScope() {
        Map<String, LedgerEntry> ledger = byMetric(AS_OF);
        assertThat(ledger).containsOnlyKeys("passenger car production", "cement production", "refined copper production",
                "bus exports");

        LedgerEntry cars = ledger.get("passenger car production");
        assertThat(cars.readings()).extracting(IndicatorRecord::value).containsExactly(80000.0, 37200.0);
        assertThat(cars.latest().periodTo()).isEqualTo("2023-04");
        // 37,200 in four months is 111,600 a year: 69.75 % of 160,000, ahead of the 42 % of time gone by
        assertThat(cars.annualised()).isTrue();
        assertThat(cars.progress()).isCloseTo(0.6975, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(cars.state()).isEqualTo(TargetState.ON_TRACK);

        assertThat(ledger.get("cement production").state()).isEqualTo(TargetState.MET);
        assertThat(ledger.get("refined copper production").state()).isEqualTo(TargetState.MISSED);
        assertThat(ledger.get("refined copper production").progress()).isEqualTo(0.8);
        assertThat(ledger.get("bus exports").state()).isEqualTo(TargetState.NO_DATA);
        assertThat(ledger.get("bus exports").latest()).isNull();
    }

    @Test
    void aNewReadingChangesTheLedgerAtOnce(@TempDir Path dir) throws Exception {
        // the ledger is kept between requests; a fact stored after it was judged must still show
        DatabaseConfig own = TestDb.freshSchema("ledger_fresh");
        try (Registry r = Registry.open(own)) {
            Corpus.ingest(r.database().jdbi(), Corpus.facts());
            LedgerEntry before = only(r.ledger().entries(AS_OF), "bus exports");
            assertThat(before.state()).isEqualTo(TargetState.NO_DATA);
            assertThat(r.ledger().entries(AS_OF)).isSameAs(r.ledger().entries(AS_OF));

            String text = "Kostanay region exported 200 buses in 2023.";
            Path news = dir.resolve("buses.jsonl");
            Files.writeString(news, "{\"document\": {\"id\": \"" + sha256(text) + "\", \"source\": \"buses.txt\", "
                    + "\"title\": null, \"language\": \"en\", \"published\": \"2024-02-01\", \"text\": \"" + text + "\"}, "
                    + "\"projects\": [], \"indicators\": [{\"metric\": \"bus exports\", \"scope\": {\"region\": \"KZ-39\", "
                    + "\"sector\": \"C29\"}, \"period\": {\"from\": \"2023\", \"to\": \"2023\"}, \"value\": 200, "
                    + "\"unit\": \"unit\", \"change\": null, \"evidence\": [{\"start\": 0, \"end\": " + text.length()
                    + "}]}], \"targets\": []}\n");
            assertThat(Corpus.ingest(r.database().jdbi(), news).failures()).isEmpty();

            LedgerEntry after = only(r.ledger().entries(AS_OF), "bus exports");
            assertThat(after.readings()).extracting(IndicatorRecord::value).containsExactly(200.0);
            assertThat(after.progress()).isEqualTo(0.4);
        } finally {
            TestDb.drop(own);
        }
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static LedgerEntry only(List<LedgerEntry> entries, String metric) {
        return entries.stream().filter(e -> e.target().metric().equals(metric)).findFirst().orElseThrow();
    }

    @Test
    void aLedgerOfAnEarlierDaySeesOnlyWhatWasPublishedByThen() {
        Map<String, LedgerEntry> ledger = byMetric(LocalDate.of(2022, 6, 1));
        // the copper target was reported in 2024; the 2021 car figure in August 2022
        assertThat(ledger).containsOnlyKeys("passenger car production", "cement production");
        assertThat(ledger.get("passenger car production").state()).isEqualTo(TargetState.NO_DATA);
        assertThat(byMetric(LocalDate.of(2022, 9, 1)).get("passenger car production").readings()).hasSize(1);
    }

    @Test
    void aPassedDeadlineWithoutItsFigureIsPendingNotMissed() {
        TargetRecord t = target(100, "year", "2025", LocalDate.of(2021, 1, 1));
        LedgerEntry e = judge(t, List.of(reading(60, "2024", "2024")), LocalDate.of(2026, 3, 1));
        assertThat(e.state()).isEqualTo(TargetState.PENDING);
        e = judge(t, List.of(reading(60, "2024", "2024"), reading(90, "2025", "2025")),
                LocalDate.of(2026, 3, 1));
        assertThat(e.state()).isEqualTo(TargetState.MISSED);
        assertThat(e.progress()).isEqualTo(0.9);
    }

    @Test
    void behindThePaceIsPendingAndAPartYearNeverMeetsAYearlyTarget() {
        TargetRecord t = target(100, "year", "2025", LocalDate.of(2021, 1, 1));
        // 2023 is 60 % of the way from 2021-01-01 to 2025-12-31; 40 % done is behind
        assertThat(judge(t, List.of(reading(40, "2023", "2023")), LocalDate.of(2024, 3, 1)).state())
                .isEqualTo(TargetState.PENDING);
        assertThat(judge(t, List.of(reading(70, "2023", "2023")), LocalDate.of(2024, 3, 1)).state())
                .isEqualTo(TargetState.ON_TRACK);
        // 110 in January-June is ahead of the target, but it is not a year's figure
        LedgerEntry half = judge(t, List.of(reading(110, "2024-01", "2024-06")), LocalDate.of(2024, 8, 1));
        assertThat(half.state()).isEqualTo(TargetState.ON_TRACK);
        assertThat(half.progress()).isEqualTo(2.2);
        assertThat(judge(t, List.of(reading(101, "2024", "2024")), LocalDate.of(2025, 2, 1)).state())
                .isEqualTo(TargetState.MET);
    }

    private static LedgerEntry judge(TargetRecord t, List<IndicatorRecord> readings, LocalDate asOf) {
        return Judge.judge(List.of(t), MetricKind.LEVEL, Judge.comparable(t, MetricKind.LEVEL, readings, r -> true), 0, asOf);
    }

    private static TargetRecord target(double value, String per, String deadline, LocalDate published) {
        return new TargetRecord(1, "d", "t", "s", published, "m", "KZ", null, value, "unit", per, deadline, null, List.of(), null);
    }

    private static long ids;

    private static IndicatorRecord reading(double value, String from, String to) {
        return new IndicatorRecord(++ids, "d", "t", "s", null, "m", "KZ", null, from, to, value, "unit", null, null, List.of(), null);
    }
}
