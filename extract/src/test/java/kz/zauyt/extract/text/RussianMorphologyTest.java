package kz.zauyt.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RussianMorphologyTest {

    private static final RussianMorphology RU = RussianMorphology.get();

    @Test
    void givesTheLemmaOfEveryForm() {
        for (String form : List.of("завод", "заводе", "заводом", "заводов", "заводами", "Заводу")) {
            assertThat(RU.lemmas(form)).as(form).contains("завод");
        }
        assertThat(RU.lemmas("запустили")).contains("запустить");
        assertThat(RU.lemmas("фабрике")).contains("фабрика");
    }

    @Test
    void readsCaseNumberAndGender() {
        RussianMorphology.Reading plant = RU.readings("предприятии").stream()
                .filter(RussianMorphology.Reading::isNoun).findFirst().orElseThrow();
        assertThat(plant.lemma()).isEqualTo("предприятие");
        assertThat(plant.gender()).isEqualTo("Neut");
        assertThat(plant.number()).isEqualTo("Sin");
        assertThat(plant.grammaticalCase()).isIn("P", "D");
        RussianMorphology.Reading works = RU.readings("работают").get(0);
        assertThat(works.isVerb()).isTrue();
        assertThat(works.grammaticalCase()).isNull();
    }

    @Test
    void anAdjectiveAgreesWithItsNoun() {
        RussianMorphology.Reading noun = RU.readings("фабрике").stream()
                .filter(r -> "P".equals(r.grammaticalCase())).findFirst().orElseThrow();
        assertThat(RU.readings("швейной").stream().anyMatch(r -> r.isAdjective() && r.agreesWith(noun))).isTrue();
        assertThat(RU.readings("швейном").stream().anyMatch(r -> r.isAdjective() && r.agreesWith(noun))).isFalse();
    }

    @Test
    void givesTheNominativeInTheSameGenderAndNumber() {
        assertThat(nominative("заводе", "Masc")).isEqualTo("завод");
        assertThat(nominative("нефтеперерабатывающем", "Masc")).isEqualTo("нефтеперерабатывающий");
        assertThat(nominative("кирпичной", "Fem")).isEqualTo("кирпичная");
        assertThat(nominative("фабрикой", "Fem")).isEqualTo("фабрика");
        assertThat(nominative("комбинатами", null)).isEqualTo("комбинаты");
    }

    @Test
    void knowsNothingOfBrandsAndLatinWords() {
        assertThat(RU.readings("Kia")).isEmpty();
        assertThat(RU.readings("")).isEmpty();
    }

    private static String nominative(String form, String gender) {
        return RU.readings(form).stream()
                .filter(r -> r.grammaticalCase() != null && !r.grammaticalCase().equals("Nom") && !r.tag().startsWith("NN:Fam")
                        && (gender == null ? "PL".equals(r.number()) : gender.equals(r.gender())))
                .map(RU::nominative).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }
}
