package kz.zauyt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import kz.zauyt.follow.TestSite;
import kz.zauyt.money.Rates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zauyt rates update} against a real HTTP server on loopback serving the National Bank's XML. */
class RatesCommandTest {

    private static String day(String date, String usd) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><rates><generator>nationalbank.kz</generator><date>" + date + "</date>"
                + "<item><fullname>ДОЛЛАР США</fullname><title>USD</title><description>" + usd + "</description><quant>1</quant></item>"
                + "<item><fullname>ЕВРО</fullname><title>EUR</title><description>545.1</description><quant>1</quant></item>"
                + "<item><fullname>СУМ</fullname><title>UZS</title><description>3.75</description><quant>100</quant></item></rates>";
    }

    @Test
    void loadsADayFromTheBanksAddressAndMergesTheNext(@TempDir Path data) {
        try (TestSite site = TestSite.start()) {
            site.text("/rss/get_rates.cfm?fdate=01.12.2026", "application/xml", day("01.12.2026", "470.5"));
            InProcess.Run r = InProcess.run("rates", "update", "--from", site.base() + "/rss/get_rates.cfm?fdate=01.12.2026",
                    "--data", data.toString());
            assertThat(r.exit()).as(r.err() + r.out()).isZero();
            assertThat(r.out()).contains("Read 3 rates of 2026-12-01").contains("holds 3 rates");
            site.text("/day2.xml", "application/xml", day("02.12.2026", "472.25"));
            r = InProcess.run("rates", "update", "--from", site.base() + "/day2.xml", "--data", data.toString());
            assertThat(r.out()).contains("holds 6 rates");
        }
        Rates rates = Rates.load(data);
        assertThat(rates.kzt("USD", LocalDate.parse("2026-12-01"))).isEqualTo(470.5);
        assertThat(rates.kzt("USD", LocalDate.parse("2026-12-05"))).isEqualTo(472.25); // nearest earlier
        assertThat(rates.kzt("UZS", LocalDate.parse("2026-12-02"))).isEqualTo(0.0375);
        // before the loaded days the shipped table still answers
        assertThat(rates.kzt("USD", LocalDate.parse("2020-04-10"))).isEqualTo(Rates.shipped().kzt("USD", LocalDate.parse("2020-04-10")));
    }

    @Test
    void aMalformedFileOrAFailingServerIsOneLine(@TempDir Path data) throws Exception {
        Path bad = data.resolve("rates.xml");
        Files.writeString(bad, "<rates><date>01.12.2026</date><item><title>USD</title>");
        InProcess.Run r = InProcess.run("rates", "update", "--from", bad.toString(), "--data", data.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("zauyt rates update: " + bad).contains("malformed XML").doesNotContain("\n")
                .doesNotContain("Exception");
        assertThat(data.resolve(Rates.OVERRIDE)).doesNotExist();
        try (TestSite site = TestSite.start()) {
            r = InProcess.run("rates", "update", "--from", site.base() + "/missing.xml", "--data", data.toString());
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err().strip()).contains("/missing.xml: the server answered 404").doesNotContain("\n");
        }
        r = InProcess.run("rates", "update", "--from", data.resolve("nothing.xml").toString(), "--data", data.toString());
        assertThat(r.err().strip()).contains("nothing.xml: no such file").doesNotContain("\n");
    }
}
