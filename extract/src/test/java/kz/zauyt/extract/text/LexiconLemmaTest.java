package kz.zauyt.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lemma entries of the Russian lexicons match forms the lexicons do not list, by the dictionary. */
class LexiconLemmaTest {

    private static final Lexicon FACTS = Lexicon.load("facts");

    /** The value the section gives the last word of each phrase. */
    private static void lastWord(String section, Map<String, String> cases) {
        cases.forEach((phrase, value) -> {
            Tokens t = Tokens.of(phrase);
            Lexicon.Match m = FACTS.longest(section, t, t.size() - 1);
            assertThat(m == null ? null : m.value()).as(phrase).isEqualTo(value);
        });
    }

    @Test
    void everyFormOfAFacilityNounInItsNumber() {
        lastWord("facility", Map.of("добычу ведут двумя шахтами", "many",
                "управляет угольной шахтой", "one",
                "на угольном руднике", "one",
                "рядом с действующими цехами", "many"));
        Tokens career = Tokens.of("доволен карьерой певицы"); // "карьера" (a career), not "карьер" (a quarry)
        assertThat(FACTS.longest("facility", career, 1)).isNull();
    }

    @Test
    void statusVerbsByLemmaAndTense() {
        lastWord("status", Map.of("в Актобе заработали", "operating",
                "вчера торжественно открылась", "operating",
                "работы приостановлены", "suspended",
                "контракт был отменён", "cancelled",
                "завод заработает", "planned",
                "запустив", "operating",
                "новый цех откроем", "planned"));
    }

    @Test
    void anExactFormStillWins() {
        lastWord("facility", Map.of("завод", "one", "заводы", "many"));
    }
}
