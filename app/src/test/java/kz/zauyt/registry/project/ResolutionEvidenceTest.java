package kz.zauyt.registry.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kz.zauyt.extract.fact.Capacity;
import kz.zauyt.extract.fact.Company;
import kz.zauyt.extract.fact.Location;
import kz.zauyt.extract.fact.Project;
import kz.zauyt.extract.text.Language;
import org.junit.jupiter.api.Test;

/** Evidence that survives different wording: known names, brands, inflected towns, one article's plant. */
class ResolutionEvidenceTest {

    private static final NameKeys KEYS = NameKeys.get();

    private static Profile profile(String name, String company, Language lang, String region, String place, String sector,
                                   String context) {
        return profile(name, company, lang, region, place, sector, context, null);
    }

    private static Profile profile(String name, String company, Language lang, String region, String place, String sector,
                                   String context, Double capacity) {
        Project p = new Project(name, company == null ? List.of() : List.of(new Company(company, "operator", null)),
                new Location(region, place, null), sector, List.of(),
                capacity == null ? List.of() : List.of(new Capacity(capacity, "unit", "year")), null, null, null, null,
                List.of());
        return Profile.of(p, "doc", lang, KEYS, context);
    }

    @Test
    void anAbbreviationAndAnEnglishNameOfOneKnownRefineryJoin() {
        Profile ru = profile("ПКОП Шымкентского НПЗ", "ПКОП", Language.RU, null, null, "C19", null);
        Profile en = profile("Shymkent Oil Refinery", null, Language.EN, "KZ-79", "Shymkent", "C19", null);
        assertThat(ru.aliasKeys()).containsExactly("shymkent-refinery");
        Match m = Matcher.score(ru, en);
        assertThat(m.joins()).as(m.explain()).isTrue();
        assertThat(m.explain()).contains("known as shymkent-refinery +4", "place smknt in the name +1");
    }

    @Test
    void aKazakhNameInflectedWithItsTownNamesTheSameRefinery() {
        Profile kk = profile("мұнай өңдеу зауытында", null, Language.KK, "KZ-79", "Шымкент", "C19", null);
        assertThat(kk.aliasKeys()).containsExactly("shymkent-refinery");
        Profile elsewhere = profile("мұнай өңдеу зауытында", null, Language.KK, "KZ-55", "Павлодар", "C19", null);
        assertThat(elsewhere.aliasKeys()).doesNotContain("shymkent-refinery");
    }

    @Test
    void aBrandAndTheCompanyThatBearsItAreOneOperator() {
        Profile a = profile("Kia Qazaqstan plant", "Kia Corporation", Language.EN, "KZ-39", "Kostanay", null, null);
        Profile b = profile("KIA Motors Corporation plant", "KIA Motors Corporation", Language.EN, "KZ-39", null, null, null);
        Match m = Matcher.score(a, b);
        assertThat(m.joins()).as(m.explain()).isTrue();
        assertThat(m.explain()).contains("company kia ~ kia mtrs +2.5");
    }

    @Test
    void aBrandOnlyInTheHeadlineStillNamesThePlant() {
        Profile known = profile("Kia plant", "Kia", Language.EN, "KZ-39", "Kostanay", null, null);
        Profile headline = profile("производство авто", null, Language.RU, "KZ-39", "Костанай", null,
                "KIA запустит производство авто на новом заводе");
        Match m = Matcher.score(headline, known);
        assertThat(m.joins()).as(m.explain()).isTrue();
        assertThat(m.explain()).contains("company kia in the headline or evidence +2");
        Profile silent = profile("производство авто", null, Language.RU, "KZ-39", "Костанай", null, "Новый завод запустят");
        assertThat(Matcher.score(silent, known).identity()).isFalse();
    }

    @Test
    void aFormerNameWrittenAnywhereInTheArticleTiesARenamedPlant() {
        Profile old = profile("KamaTyresKZ tyre plant", "KamaTyresKZ", Language.EN, "KZ-35", "Saran", "C22", null);
        Project p = new Project("шинный завод", List.of(), new Location("KZ-35", null, null), null, List.of(), List.of(),
                null, null, null, null, List.of());
        Profile renamed = Profile.of(p, "doc", Language.RU, KEYS, null, Aliases.get().scan("... назвали Tengri Tyres, ..."));
        Match m = Matcher.score(renamed, old);
        assertThat(m.joins()).as(m.explain()).isTrue();
        assertThat(m.explain()).contains("known as tengri-tyres (named in the article) +2.5");
        assertThat(Aliases.get().scan("Tengri Tyresville")).isEmpty();
    }

    @Test
    void oneArticleNamesOnePlantManyWaysButTwoTownsOrSizesAreTwoPlants() {
        Profile headline = profile("tire plant", null, Language.EN, "KZ-35", "Saran", "C22", null);
        Profile body = profile("KamaTyresKz plant", "KamaTyresKz", Language.EN, "KZ-35", "Saran", null, null, 3.5e6);
        Profile other = profile("rubber plant", null, Language.EN, "KZ-35", "Temirtau", "C22", null);
        Profile bigger = profile("KamaTyresKz second plant", "KamaTyresKz", Language.EN, "KZ-35", "Saran", null, null, 9e6);
        assertThat(Within.groups(List.of(headline, body, other, bigger)))
                .containsExactly(List.of(0, 1), List.of(2), List.of(3));
    }

    @Test
    void twoCompaniesWithNothingInCommonInOneArticleAreTwoPlants() {
        Profile a = profile("cement plant", "Shymkent Cement", Language.EN, "KZ-79", null, "C23", null);
        Profile b = profile("cement plant", "Standard Cement", Language.EN, "KZ-79", null, "C23", null);
        assertThat(Within.apart(a, b)).isTrue();
    }

    @Test
    void inflectedStemsAgreeOnlyFromFourLetters() {
        assertThat(NameKeys.sameStem("smknt", "smknskg")).isTrue();
        assertThat(NameKeys.sameStem("aks", "aksu")).isFalse();
        assertThat(KEYS.tokens("зауытында", Language.KK)).isEmpty();
        assertThat(KEYS.tokens("Qazaqstan", Language.EN)).isEmpty();
    }

    @Test
    void aBadAliasLineIsRefusedNamingIt() {
        assertThatThrownBy(() -> new Aliases(List.of("Bad Id | Name")))
                .hasMessageContaining("'Bad Id | Name'");
    }

    @Test
    void aRenamingOrASaleInTheArticleTiesTheNewNameToTheOld() {
        Profile old = profile("Steppe Wagon plant", "Steppe Wagon", Language.EN, "KZ-27", "Oral", "C30", null);
        Project p = new Project("вагоностроительный завод", List.of(new Company("Дала Вагон", "operator", null)),
                new Location("KZ-27", "Уральск", null), "C30", List.of(), List.of(), null, null, null, null, List.of());
        Profile plain = Profile.of(p, "doc", Language.RU, KEYS, null);
        assertThat(Matcher.score(plain, old).joins()).isFalse();
        List<String> names = Renamings.get().names("Завод работает с 2019 года. ТОО «Дала Вагон» (бывший «Степп Вагон») "
                + "выпустило 900 вагонов.", Language.RU, KEYS);
        Match m = Matcher.score(plain.renamed(names), old);
        assertThat(m.joins()).as(m.explain()).isTrue();
        assertThat(m.explain()).contains("renamed or sold: stp vgn +3");
        // a sentence without a cue ties nothing: "as reported before" is no renaming
        assertThat(Renamings.get().names("Ранее сообщалось, что «Степп Вагон» построит завод.", Language.RU, KEYS)).isEmpty();
        assertThat(Renamings.get().names("Orken bought the unfinished plant from Huaxing Glass.", Language.EN, KEYS))
                .contains("orkn", "ksn");
        // the towns a sale is told in tie nothing: the town's other plants are not the one sold
        assertThat(Renamings.get().names("Orken bought the Oral plant of Huaxing Glass.", Language.EN, KEYS))
                .contains("orkn", "ksn").doesNotContain(KEYS.capitalisedTokens("Oral", Language.EN).get(0));
    }

    @Test
    void aHeadlineCountOrAnEnglishWordIsNoOrdinal() {
        assertThat(Ordinals.ofHeadline("Industrialisation Day: four big plants that opened", Language.EN)).isEqualTo(1);
        assertThat(Ordinals.ofHeadline("This plant is the third of its kind", Language.EN)).isEqualTo(1);
        assertThat(Ordinals.ofHeadline("Компания построит второй завод в Таразе", Language.RU)).isEqualTo(2);
        assertThat(Ordinals.ofHeadline("Компания построит второй завод в Жамбылской области", Language.RU)).isEqualTo(1);
    }

    @Test
    void aCompanyWrittenFromEnglishAndFromItsCyrillicRenderingIsOne() {
        Profile en = profile("solar plant", "Tamir Power LLP", Language.EN, "KZ-31", "Shu", "D35", null);
        Profile ru = profile("солнечная электростанция", "ТОО «Тамир Пауэр»", Language.RU, "KZ-31", "Шу", "D35", null);
        Match m = Matcher.score(en, ru);
        assertThat(m.explain()).contains("company tmr pvr ~ tmr pr +2.5");
        Profile cn = profile("float glass plant", "Hexing Glass", Language.EN, "KZ-43", "Kyzylorda", "C23", null);
        Profile cnRu = profile("стекольный завод", "Хэсин Гласс", Language.RU, "KZ-43", "Кызылорда", "C23", null);
        assertThat(Matcher.score(cn, cnRu).explain()).contains("company").doesNotContain("different companies");
        // two names that differ by more than that stay two companies
        Profile other = profile("solar plant", "Aral Energy", Language.EN, "KZ-31", "Shu", "D35", null);
        assertThat(Matcher.score(other, ru).explain()).contains("different companies");
    }
}
