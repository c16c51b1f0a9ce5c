package kz.zauyt.extract.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import kz.zauyt.extract.Extraction;
import kz.zauyt.extract.Extractor;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: an impossible date is no date, and a number too large to hold is no value; neither may
 * fail the document that holds it.
 */
class ImpossibleValuesTest {

    private static final Extractor EXTRACTOR = Extractor.load();

    private static Extraction extract(String text) throws Exception {
        return EXTRACTOR.extract(EXTRACTOR.reader().fromText("case.txt", text, false));
    }

    @Test
    void anImpossibleDatelineLeavesThePublicationDateUnknown() throws Exception {
        Extraction e = extract("Завод в Алматы\n\n31.02.2024\n\nВ Алматы запущен новый завод.\n");
        assertThat(e.document().published()).isNull();
    }

    @Test
    void aPossibleDatelineStillGivesThePublicationDate() throws Exception {
        Extraction e = extract("Завод в Алматы\n\n29.02.2024\n\nВ Алматы запущен новый завод.\n");
        assertThat(e.document().published()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void impossibleDatesInTheBodyAreNotDates() throws Exception {
        Extraction e = extract("date 2026-05-01\n\nЗавод\n\nЗавод запустят 30 февраля, а линию 31.04.2026. "
                + "The line opens on February 30, 2027 and the shop on 2026-13-01. Цех открыли 31 июня.\n");
        List<String> dates = dates(e.annotations());
        assertThat(dates).as("dates read").isEmpty();
    }

    @Test
    void everyDateReadIsARealDayOfTheCalendar() {
        ValueReader reader = ValueReader.load();
        List<Mention> found = reader.read("29 февраля 2023 года, 29 февраля 2024 года, 31 сентября, 1 января",
                kz.zauyt.extract.text.Language.RU, LocalDate.of(2023, 5, 1));
        assertThat(dates(found)).containsExactly("2024-02-29", "2023-01-01");
    }

    @Test
    void aNumberTooLargeToHoldIsNoValue() throws Exception {
        String nines = "9".repeat(385);
        String groups = String.join(" ", java.util.Collections.nCopies(130, "999"));
        Extraction e = extract("Завод в Алматы\n\nМощность выросла в " + nines + ".5 раза. Выпуск вырос в " + groups
                + " раза, а инвестиции составили " + groups + " трлн тенге. Output grew " + nines + ".0-fold to "
                + nines + ".5 trillion tonnes. Рост составил 12 процентов.\n");
        assertThat(e.annotations()).allSatisfy(m -> assertThat(m.type()).isIn("percent", "number"));
        assertThat(e.annotations()).anySatisfy(m -> assertThat(m).isEqualTo(
                new PercentMention(m.span(), 12, null, null)));
    }

    private static List<String> dates(List<Mention> mentions) {
        List<String> out = new ArrayList<>();
        for (Mention m : mentions) {
            List<String> values = new ArrayList<>();
            if (m instanceof DateMention d) {
                values.add(d.value());
            } else if (m instanceof PeriodMention p) {
                values.add(p.from());
                values.add(p.to());
            }
            for (String v : values) {
                if (v != null && v.length() == 10) {
                    LocalDate.parse(v); // throws on an impossible day
                } else if (v != null && v.length() == 7) {
                    YearMonth.parse(v);
                }
            }
            if (m instanceof DateMention d && d.value() != null && d.value().length() == 10) {
                out.add(d.value());
            }
        }
        return out;
    }
}
