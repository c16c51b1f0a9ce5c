package kz.zauyt.extract.document;

import static org.assertj.core.api.Assertions.assertThat;

import kz.zauyt.extract.text.Language;
import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    @Test
    void latinIsEnglish() {
        assertThat(LanguageGuesser.guess("A cement plant was launched in Shymkent.")).isEqualTo(Language.EN);
    }

    @Test
    void kazakhProseIsKazakh() {
        assertThat(LanguageGuesser.guess("Түркістан облысында жаңа тоқыма фабрикасы іске қосылды, онда 200 адам жұмыс істейді."))
                .isEqualTo(Language.KK);
    }

    @Test
    void aShortKazakhNoteWithFewKazakhLettersIsKazakh() {
        // 2 % of its letters are Kazakh-only, under the 5 % that prose reaches; no Russian function word
        assertThat(LanguageGuesser.guess("Жаңа зауыт\n\nЖамбыл облысында цемент зауыты салынады.")).isEqualTo(Language.KK);
    }

    @Test
    void aRussianNoteNamingKazakhFirmsStaysRussian() {
        assertThat(LanguageGuesser.guess("В Жезказгане открыли швейный цех «Кеңгір Тігін» и солевой завод «Шалқар Тұз»."))
                .isEqualTo(Language.RU);
    }

    @Test
    void aShortRussianNoteUnderAKazakhHeadlineStaysRussian() {
        assertThat(LanguageGuesser.guess("Жаңалық\n\nЦементный завод запущен в Жамбылской области.")).isEqualTo(Language.RU);
    }

    @Test
    void russianWithoutKazakhLettersIsRussian() {
        assertThat(LanguageGuesser.guess("В Жамбылской области построят цементный завод.")).isEqualTo(Language.RU);
    }
}
