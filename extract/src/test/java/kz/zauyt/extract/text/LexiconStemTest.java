package kz.zauyt.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Forms whose inner words end in a stem ("обогатительн* фабрик*") match every form of each word. */
class LexiconStemTest {

    private static final Lexicon FACTS = Lexicon.load("facts");
    private static final Lexicon ORGS = Lexicon.load("organisations");

    @Test
    void aStemInsideAFormMatchesEachInflection() {
        for (String phrase : new String[] {"обогатительную фабрику", "обогатительной фабрикой", "обогатительные фабрики"}) {
            Tokens t = Tokens.of(phrase);
            Lexicon.Match m = FACTS.longest("facility", t, 0);
            assertThat(m).as(phrase).isNotNull();
            assertThat(m.to()).as(phrase + ": both words").isEqualTo(2);
        }
    }

    @Test
    void theFirstWordMayBeAStem() {
        Tokens t = Tokens.of("в специальной экономической зоне");
        Lexicon.Match m = ORGS.longest("zone-after", t, 1);
        assertThat(m).isNotNull();
        assertThat(m.to()).isEqualTo(4);
    }

    @Test
    void aStemInsideMatchesOnlyWordsThatBeginWithIt() {
        Tokens t = Tokens.of("обогащённую фабрику");
        Lexicon.Match m = FACTS.longest("facility", t, 0);
        assertThat(m == null ? 0 : m.to()).isZero();
    }
}
