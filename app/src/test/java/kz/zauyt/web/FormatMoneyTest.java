package kz.zauyt.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Money as people write it in each interface language, never raw digits. */
class FormatMoneyTest {

    private static Format in(Lang lang) {
        return new Format(Messages.of(lang));
    }

    @Test
    void amountsWithAScaleWordAndTheCurrencysName() {
        assertThat(in(Lang.EN).money(120e9, "KZT")).isEqualTo("120 bn KZT");
        assertThat(in(Lang.RU).money(120e9, "KZT")).isEqualTo("120 млрд тенге");
        assertThat(in(Lang.KK).money(120e9, "KZT")).isEqualTo("120 млрд теңге");
        assertThat(in(Lang.EN).money(2.6e9, "USD")).isEqualTo("2.6 bn USD");
        assertThat(in(Lang.RU).money(2.6e9, "USD")).isEqualTo("2,6 млрд долл. США");
        assertThat(in(Lang.EN).money(410e6, "EUR")).isEqualTo("410 mln EUR");
        assertThat(in(Lang.EN).money(5e6, "UZS")).isEqualTo("5 mln UZS"); // no word: its code
    }

    @Test
    void theOriginalBesideItsConversion() {
        assertThat(in(Lang.EN).money(2.6e9, "USD", 1.2e12, 2.6e9)).isEqualTo("2.6 bn USD (≈ 1.2 trn KZT)");
        assertThat(in(Lang.RU).money(120e9, "KZT", 120e9, 250e6)).isEqualTo("120 млрд тенге (≈ 250 млн долл. США)");
        assertThat(in(Lang.EN).money(410e6, "EUR", 230e9, 450e6)).isEqualTo("410 mln EUR (≈ 230 bn KZT, 450 mln USD)");
        assertThat(in(Lang.EN).money(5e6, "XAU", null, null)).isEqualTo("5 mln XAU");
        assertThat(in(Lang.KK).total(1.2e12, 2.6e9)).isEqualTo("≈ 1,2 трлн теңге (2,6 млрд АҚШ доллары)");
        assertThat(in(Lang.EN).value(120e9, "KZT", null)).isEqualTo("120 bn KZT");
        assertThat(in(Lang.EN).amounts(Map.of("KZT", 120e9))).isEqualTo("120 bn KZT");
    }
}
