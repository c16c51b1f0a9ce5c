package kz.zauyt.extract.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import kz.zauyt.extract.text.Language;
import org.junit.jupiter.api.Test;

/** Russian project names in the nominative with their agreeing adjectives, by the dictionary before the tables. */
class RussianNominativeTest {

    private static final NameRules RULES = NameRules.load();

    /** Each phrase as the cleaner gives it for a Russian document. */
    private static void gives(Map<String, String> cases) {
        cases.forEach((phrase, name) -> assertThat(RULES.clean(phrase, Language.RU)).as(phrase).isEqualTo(name));
    }

    @Test
    void theFacilityNounAndItsAdjectivesGoBackToTheNominative() {
        gives(Map.of("Шымкентском нефтеперерабатывающем заводе", "Шымкентский нефтеперерабатывающий завод",
                "трикотажную фабрику полного цикла", "трикотажная фабрика полного цикла",
                "солнечной электростанцией", "солнечная электростанция",
                "молочном предприятии", "молочное предприятие",
                "мясокомбината", "мясокомбинат"));
    }

    @Test
    void aCompanyBeforeTheNounAndTheNounsDependentsKeepTheirForm() {
        gives(Map.of("Балхаш Стекло стекольного завода", "Балхаш Стекло стекольный завод",
                "Nur Textile швейной фабрике по пошиву спецодежды", "Nur Textile швейная фабрика по пошиву спецодежды",
                "завода по выпуску медных катодов", "завод по выпуску медных катодов"));
    }

    @Test
    void anAdjectiveTheDictionaryDoesNotKnowTakesTheEndingOfTheNounsGender() {
        // "разрез" is no facility noun of the list: the tables' answer, which leaves it
        gives(Map.of("Карагандинской швейной фабрике", "Карагандинская швейная фабрика",
                "Экибастузском угольном разрезе", "Экибастузском угольном разрезе"));
    }

    @Test
    void aNameBuiltOnAnotherNounIsLeftAlone() {
        for (String name : new String[] {"строительство нового завода", "модернизации завода", "кирпичный завод", "завод Kia"}) {
            assertThat(RULES.clean(name, Language.RU)).isEqualTo(name);
        }
    }
}
