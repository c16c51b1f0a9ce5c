package kz.zauyt.extract.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import kz.zauyt.extract.text.Language;
import kz.zauyt.extract.text.Span;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random and adversarial text: the number and date reading never throws, and every mention lies in
 * the text with sane bounds.
 */
class ValueReaderPropertyTest {

    private static final ValueReader READER = ValueReader.load();
    private static final String[] PIECES = {
        "1", "2", "15", "2024", "2 522", "1,5", "7.1", "40-50", "%", "$", "US$", "₸", "тыс.", "млн", "млрд.", "трлн",
        "thousand", "billion", "tenge", "тенге", "теңге", "тонн", "jobs", "рабочих мест", "в", "к", "до", "by", "until",
        "since", "с", "года", "году", "January", "–", "-", "April", "январе", "апреле", "H1", "Q3", "first", "half",
        "полугодии", "раза", "fold", "doubled", "more than", "около", "порядка", "No.", "№", "+7", "(7172)", "COVID-19",
        ".", ",", ":", "/", "\n", "\n\n", " ", "\u00A0", "\u202F", "end of the year", "конца года", "this year", "9",
        "months", "месяцев", "за", "astam", "астам", "жылы", "200-ден", "«", "»", "\"", "é", "\uD83D\uDE00", "\u0000",
    };

    @Provide
    Arbitrary<String> adversarial() {
        Arbitrary<String> piece = Arbitraries.of(PIECES);
        Arbitrary<String> glue = Arbitraries.of("", " ", " ", "  ");
        return Combinators.combine(piece, glue).as((p, g) -> p + g).list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 3000)
    void adversarialTextNeverBreaksTheReader(@ForAll("adversarial") String text, @ForAll Language lang,
                                             @ForAll boolean knownDate) {
        check(text, READER.read(text, lang, knownDate ? LocalDate.of(2024, 5, 29) : null));
    }

    @Property(tries = 2000)
    void randomUnicodeNeverBreaksTheReader(@ForAll String text, @ForAll Language lang) {
        check(text, READER.read(text, lang, null));
    }

    private static void check(String text, List<Mention> mentions) {
        for (Mention m : mentions) {
            Span s = m.span();
            assertThat(s.start()).isGreaterThanOrEqualTo(0);
            assertThat(s.end()).isLessThanOrEqualTo(text.length()).isGreaterThan(s.start());
            String covered = s.of(text);
            assertThat(covered).isEqualTo(text.substring(s.start(), s.end()));
            assertThat(covered.strip()).as("a mention covers something").isNotEmpty();
        }
    }
}
