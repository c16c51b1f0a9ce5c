package kz.zauyt.extract.fact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RussianAgreementTest {

    @Test
    void anAdjectiveAgreesWithItsNounInCaseGenderAndNumber() {
        String[][] agreeing = {{"второй", "цех"}, {"швейной", "фабрике"}, {"Павлодарской", "фабрикой"}};
        String[][] not = {{"работающих", "завод"}, {"швейном", "фабрике"}, {"строим", "цех"}};
        for (String[] pair : agreeing) {
            assertThat(RussianAgreement.agrees(pair[0], pair[1])).as(pair[0] + " " + pair[1]).isTrue();
        }
        for (String[] pair : not) {
            assertThat(RussianAgreement.agrees(pair[0], pair[1])).as(pair[0] + " " + pair[1]).isFalse();
        }
    }

    @Test
    void aWordTheDictionaryDoesNotKnowIsLeftToTheTables() {
        assertThat(RussianAgreement.agrees("Жанаозенском", "заводе")).isNull();
        assertThat(RussianAgreement.agrees("новом", "Kia")).isNull();
    }

    @Test
    void aProductInTheGenitiveFollowsItsFacilityNoun() {
        PhraseWords tables = PhraseWords.load();
        for (String word : new String[] {"шин", "комбикормов", "удобрений", "сахара"}) {
            assertThat(RussianAgreement.genitive(word, tables)).as(word).isTrue();
        }
        for (String word : new String[] {"стали", "составил", "работает", "Kia"}) {
            assertThat(RussianAgreement.genitive(word, tables)).as(word).isFalse();
        }
    }

    @Test
    void aCompoundTheDictionaryLacksIsReadByItsLastPart() {
        PhraseWords tables = PhraseWords.load();
        // "гофрокартона" ends like a short participle ("рассчитана"); its last part, "картона", is a genitive noun
        assertThat(RussianAgreement.genitive("гофрокартона", tables)).isTrue();
        assertThat(RussianAgreement.compoundReadings("гофрокартона")).isNotEmpty();
        assertThat(RussianAgreement.compoundReadings("qqqq")).isEmpty();
    }

    @Test
    void aPredicateEndsAPhrase() {
        assertThat(RussianAgreement.finiteVerb("составят")).isTrue();
        assertThat(RussianAgreement.finiteVerb("запланировано")).isTrue();
        assertThat(RussianAgreement.finiteVerb("стали")).as("also steel").isFalse();
        assertThat(RussianAgreement.finiteVerb("Kia")).isFalse();
    }
}
