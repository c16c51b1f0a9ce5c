package kz.zauyt.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped rates table and the National Bank's XML. */
class RatesTest {

    /** Every currency the engine's language files can read an amount in. */
    static Set<String> extractedCurrencies() throws Exception {
        Set<String> out = new TreeSet<>();
        for (String lang : List.of("en", "ru", "kk")) {
            String text = new String(RatesTest.class.getResourceAsStream("/zauyt/lang/" + lang + "/amounts.txt").readAllBytes(),
                    StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("(?m)^([A-Z]{3}):").matcher(text);
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    @Test
    void theShippedTableCoversEveryCurrencyTheEngineReadsMonthByMonth() throws Exception {
        Rates rates = Rates.shipped();
        Set<String> currencies = extractedCurrencies();
        assertThat(currencies).contains("USD", "EUR", "RUB", "CNY", "KZT");
        for (String c : currencies) {
            for (LocalDate d = LocalDate.of(2005, 1, 1); d.getYear() <= 2026; d = d.plusMonths(1)) {
                LocalDate day = d;
                assertThat(rates.all()).as(c + " " + d).anyMatch(r -> c.equals("KZT") || r.currency().equals(c) && r.day().equals(day));
            }
        }
        // the 2015 float and the 2014 devaluation are in it
        assertThat(rates.kzt("USD", LocalDate.parse("2015-12-15"))).isGreaterThan(1.5 * rates.kzt("USD", LocalDate.parse("2015-06-15")));
        assertThat(rates.kzt("USD", LocalDate.parse("2014-03-15"))).isGreaterThan(1.1 * rates.kzt("USD", LocalDate.parse("2013-12-15")));
    }

    @Test
    void aFigureTakesTheNearestEarlierRate() {
        Rates r = Rates.of(List.of(new Rate(LocalDate.parse("2024-01-01"), "USD", 450, "approx"),
                new Rate(LocalDate.parse("2024-02-01"), "USD", 460, "approx")));
        assertThat(r.kzt("USD", LocalDate.parse("2024-01-31"))).isEqualTo(450);
        assertThat(r.kzt("USD", LocalDate.parse("2024-02-01"))).isEqualTo(460);
        assertThat(r.kzt("USD", LocalDate.parse("1999-05-05"))).isEqualTo(450); // older than the table: its first rate
        assertThat(r.kzt("KZT", null)).isEqualTo(1);
        assertThat(r.kzt("XAU", LocalDate.parse("2024-01-31"))).isNull();
        assertThat(r.convert(2, "USD", LocalDate.parse("2024-02-03"))).isEqualTo(new Converted(920, 2, LocalDate.parse("2024-02-03")));
        assertThat(r.convert(920, "KZT", LocalDate.parse("2024-02-03")).usd()).isEqualTo(2);
        assertThat(r.convert(1, "EUR", LocalDate.parse("2024-02-03"))).isNull();
        assertThat(r.with(List.of(new Rate(LocalDate.parse("2024-02-01"), "USD", 470, "official"))).kzt("USD", LocalDate.parse("2024-02-02")))
                .isEqualTo(470);
    }

    @Test
    void readsTheNationalBanksXml() {
        String xml = """
                <?xml version="1.0" encoding="utf-8"?>
                <rates><generator>nationalbank.kz</generator><title>Official exchange rates</title>
                <date>05.12.2026</date>
                <item><fullname>ДОЛЛАР США</fullname><title>USD</title><description>470.5</description><quant>1</quant><index>UP</index><change>+1.5</change></item>
                <item><fullname>ВОНА</fullname><title>KRW</title><description>34.12</description><quant>100</quant></item>
                </rates>""";
        List<Rate> rates = NbkXml.parse(xml.strip().getBytes(StandardCharsets.UTF_8), "test.xml");
        assertThat(rates).containsExactly(new Rate(LocalDate.parse("2026-12-05"), "USD", 470.5, "official"),
                new Rate(LocalDate.parse("2026-12-05"), "KRW", 34.12 / 100, "official"));
    }

    @Test
    void badXmlIsOneLineNamingTheSource() {
        for (String bad : List.of("<rates><date>05.12.2026", "<html><body>503</body></html>",
                "<rates><date>2026-12-05</date><item><title>USD</title><description>1</description></item></rates>",
                "<rates><date>05.12.2026</date><item><title>USD</title><description>abc</description></item></rates>",
                "<rates><date>05.12.2026</date></rates>",
                "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rates><date>&x;</date></rates>", "")) {
            assertThatThrownBy(() -> NbkXml.parse(bad.getBytes(StandardCharsets.UTF_8), "bad.xml"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .satisfies(e -> assertThat(e.getMessage()).startsWith("bad.xml: ").doesNotContain("\n"));
        }
    }

    @Test
    void aBrokenRatesFileIsOneLineNamingItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(Rates.OVERRIDE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "date\tcurrency\tkzt\tbasis\n2024-01-01\tUSD\t-3\tofficial\n");
        assertThatThrownBy(() -> Rates.load(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2").hasMessageContaining("nbk-rates.tsv");
    }
}
