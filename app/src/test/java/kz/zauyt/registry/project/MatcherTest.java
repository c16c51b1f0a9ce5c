package kz.zauyt.registry.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.zauyt.extract.fact.Capacity;
import kz.zauyt.extract.fact.Company;
import kz.zauyt.extract.fact.Investment;
import kz.zauyt.extract.fact.Location;
import kz.zauyt.extract.fact.Project;
import kz.zauyt.extract.text.Language;
import org.junit.jupiter.api.Test;

class MatcherTest {

    private static final NameKeys KEYS = NameKeys.get();

    private static Profile profile(String name, String company, Language lang, String region, String place, String sector,
                                   List<String> products, Double capacity, Double investment) {
        Project p = new Project(name, company == null ? List.of() : List.of(new Company(company, "operator", null)),
                new Location(region, place, null), sector, products,
                capacity == null ? List.of() : List.of(new Capacity(capacity, "unit", "year")),
                investment == null ? null : new Investment(investment, "KZT"), null, null, null, List.of());
        return Profile.of(p, "doc", lang, KEYS);
    }

    @Test
    void kiaInKostanayInEnglishAndRussianIsOnePlant() {
        Profile en = profile("KIA plant in Kostanay", null, Language.EN, "KZ-39", "Kostanay", "C29", List.of("cars"), null, null);
        Profile ru = profile("завод KIA в Костанае", null, Language.RU, "KZ-39", "Костанай", "C29", List.of("автомобили"), null, null);
        Match m = Matcher.score(en, ru);
        assertThat(m.joins()).as(m.explain()).isTrue();
        assertThat(m.explain()).contains("name kia +2", "region KZ-39 +2", "place kstn +1", "sector C29 +1");
    }

    @Test
    void aCompanyNameTranslatedWordForWordIsOneCompany() {
        Profile en = profile("cheese plant", "Esil Cheese Company LLP", Language.EN, "KZ-59", "Petropavl", "C10", List.of("cheese"), null, null);
        Profile ru = profile("сыроваренный завод", "ТОО «Есиль Сыр»", Language.RU, "KZ-59", "Петропавловск", "C10", List.of("сыр"), null, null);
        Match m = Matcher.score(en, ru);
        assertThat(m.joins()).as(m.explain()).isTrue();
        assertThat(m.explain()).contains("company esl ks kmpn ~ esl sr +2.5");
        // a brand and a product word are no translation of a brand and a place: the near-miss poultry farms stay apart
        Profile akmola = profile("poultry farm", "Altyn Qus Akmola LLP", Language.EN, "KZ-11", null, "A01", List.of("poultry"), null, null);
        Profile aktobe = profile("птицефабрика", "ТОО «Алтын Кус Актобе»", Language.RU, "KZ-15", null, "A01", List.of("птица"), null, null);
        assertThat(Matcher.score(akmola, aktobe).explain()).doesNotContain("~");
    }

    @Test
    void aCompanyNamedByTownAndProductIsTranslatedNotTransliterated() {
        // "Kentau Glass Works" and «Кентауский стеклотарный завод»: no spelling ties them, but a name made of a
        // town and a product is one news translates; one town, one industry and one investment join them
        Profile en = profile("glass container plant", "Shyny Glass Works LLP", Language.EN, "KZ-61", "Shymkent", "C23",
                List.of("glass containers"), null, 64e9);
        Profile ru = profile("завод стеклянной тары", "ТОО «Шымкентский стеклотарный завод»", Language.RU, "KZ-61", "Шымкент",
                "C23", List.of("стеклянная тара"), null, 64e9);
        Match m = Matcher.score(en, ru);
        assertThat(m.explain()).contains("companies in two languages", "investment KZT agrees");
        assertThat(m.joins()).as(m.explain()).isTrue();
        // without a figure in common such a pair is only a doubt, never "the only plant of its industry there"
        Profile bare = profile("завод стеклянной тары", "ТОО «Шымкентский стеклотарный завод»", Language.RU, "KZ-61", "Шымкент",
                "C23", List.of("стеклянная тара"), null, null);
        Match unsure = Matcher.score(en, bare);
        assertThat(unsure.joins()).as(unsure.explain()).isFalse();
        assertThat(unsure.quiet()).as(unsure.explain()).isFalse();
        // two coined brands in two scripts are transliterated: when the spellings differ the companies differ
        Profile coined = profile("завод стеклянной тары", "ТОО «Зарбек Мунай»", Language.RU, "KZ-61", "Шымкент", "C23",
                List.of("стеклянная тара"), null, 64e9);
        Profile brand = profile("glass container plant", "Qorgan Tas LLP", Language.EN, "KZ-61", "Shymkent", "C23",
                List.of("glass containers"), null, 64e9);
        Match apart = Matcher.score(brand, coined);
        assertThat(apart.joins()).as(apart.explain()).isFalse();
        assertThat(apart.explain()).doesNotContain("companies in two languages");
    }

    @Test
    void anotherRegionRulesAMatchOut() {
        Profile a = profile("Valtherm plant", "Valtherm", Language.EN, "KZ-75", null, "C25", List.of(), null, null);
        Profile b = profile("завод Валтерм", "Валтерм", Language.RU, "KZ-71", null, "C25", List.of(), null, null);
        Match m = Matcher.score(a, b);
        assertThat(m.veto()).isTrue();
        assertThat(m.joins()).isFalse();
        assertThat(m.explain()).contains("regions KZ-75 / KZ-71 differ");
    }

    @Test
    void sameCompanySameRegionButOtherProductsAndSizeIsAnotherPlant() {
        Profile smelter = profile("copper smelter", "Ertis Copper", Language.EN, "KZ-63", null, "C24", List.of("copper cathodes"), 70000.0, null);
        Profile acid = profile("sulphuric acid plant", "Ertis Copper", Language.EN, "KZ-63", null, "C24", List.of("sulphuric acid"), 300000.0, null);
        Match m = Matcher.score(smelter, acid);
        assertThat(m.joins()).as(m.explain()).isFalse();
        assertThat(m.explain()).contains("company", "products differ -2", "capacity differs -1.5");
    }

    @Test
    void differentCompaniesDoNotJoinOnAGenericName() {
        Profile a = profile("cement plant", "Shymkent Cement", Language.EN, "KZ-79", null, "C23", List.of("cement"), null, null);
        Profile b = profile("cement plant", "Standard Cement", Language.EN, "KZ-79", null, "C23", List.of("cement"), null, null);
        Match m = Matcher.score(a, b);
        assertThat(m.joins()).as(m.explain()).isFalse();
    }

    @Test
    void matchingFiguresLiftAMatchWithoutARegion() {
        Profile a = profile("Tobyl Motors car plant", "Tobyl Motors", Language.EN, null, null, "C29", List.of(), 60000.0, 1.2e11);
        Profile b = profile("завод Тобыл Моторс", "Тобыл Моторс", Language.RU, "KZ-39", null, "C29", List.of(), 60000.0, 1.228e11);
        Match m = Matcher.score(a, b);
        assertThat(m.joins()).as(m.explain()).isTrue();
        assertThat(m.score()).isEqualTo(3 + 1 + 1.5 + 1);
    }

    @Test
    void oneTownUnderItsOldAndNewNamesIsOnePlace() {
        Profile old = profile("стекольный завод", null, Language.RU, "KZ-19", "Капшагай", "C23", List.of(), 200000.0, null);
        Profile renamed = profile("glass bottle plant", "Jetisu Glass", Language.EN, "KZ-19", "Konaev", "C23", List.of(), 200000.0, null);
        Match m = Matcher.score(old, renamed);
        assertThat(m.explain()).contains("place knv +1");
    }

    @Test
    void townAndIndustryJoinOnlyWhenAFigureOfThePlantAgrees() {
        Profile a = profile("new plant", null, Language.EN, "KZ-61", "Kentau", "C23", List.of(), 1.0e6, null);
        Profile sameSize = profile("жаңа зауыт", "Kentau Cement", Language.KK, "KZ-61", "Кентау", "C23", List.of(), 1.0e6, null);
        Profile noFigure = profile("жаңа зауыт", "Kentau Cement", Language.KK, "KZ-61", "Кентау", "C23", List.of(), null, null);
        Profile otherSize = profile("жаңа зауыт", "Kentau Cement", Language.KK, "KZ-61", "Кентау", "C23", List.of(), 3.0e6, null);
        Match joined = Matcher.score(a, sameSize);
        assertThat(joined.joins()).as(joined.explain()).isTrue();
        assertThat(joined.explain()).contains("same town, industry and figures");
        Match doubt = Matcher.score(a, noFigure);
        assertThat(doubt.joins()).as(doubt.explain()).isFalse();
        assertThat(Matcher.score(a, otherSize).joins()).isFalse();
    }

    private static Profile headlined(String name, String company, Language lang, String place, String headline, Double capacity) {
        Project p = new Project(name, company == null ? List.of() : List.of(new Company(company, "operator", null)),
                new Location("KZ-31", place, null), "D35", List.of(),
                capacity == null ? List.of() : List.of(new Capacity(capacity, "MW", null)), null, null, null, null, List.of());
        return Profile.of(p, "doc", lang, KEYS, headline + " \n " + name);
    }

    @Test
    void oneKindOfProductAgreesAcrossLanguagesAndUnknownWordsSayNothing() {
        Profile en = profile("Arys Tyre plant", "Arys Tyre", Language.EN, "KZ-61", null, "C22", List.of("truck tyres"), null, null);
        Profile kk = profile("Арыс шина зауыты", "Арыс Тайр", Language.KK, "KZ-61", null, "C22", List.of("жүк көлігі шиналары"), null, null);
        assertThat(Matcher.score(en, kk).explain()).contains("products *tyre +1.5");
        Profile home = profile("Arys Tyre plant", "Arys Tyre", Language.EN, "KZ-61", null, "C22", List.of("home market"), null, null);
        assertThat(Matcher.score(home, kk).explain()).doesNotContain("products");
        Profile cement = profile("Arys plant", "Arys Tyre", Language.EN, "KZ-61", null, "C22", List.of("cement"), null, null);
        assertThat(Matcher.score(cement, kk).explain()).contains("products differ -2 (*cement / *tyre)");
    }

    @Test
    void aPartnerReturnedAsTheCompanyIsNamedInTheOtherArticlesEvidence() {
        Project local = new Project("glass container plant", List.of(new Company("Bereke Glass", "operator", null)),
                new Location("KZ-19", "Konaev", null), "C23", List.of("bottles"), List.of(), null, null, null, null, List.of());
        Project partner = new Project("стекольный завод", List.of(new Company("Marmara Cam", "investor", null)),
                new Location("KZ-19", "Конаев", null), "C23", List.of("стеклотара"), List.of(), null, null, null, null, List.of());
        Profile a = Profile.of(local, "a", Language.EN, KEYS, "Bereke Glass starts building bottle plant \n Bereke Glass and its Turkish partner Marmara Cam began building the plant.");
        Profile b = Profile.of(partner, "b", Language.RU, KEYS, "Стекольный завод в Конаеве \n Компания Marmara Cam построит завод.");
        Match m = Matcher.score(a, b);
        assertThat(m.explain()).contains("in the other's headline or evidence +1").doesNotContain("different companies");
        assertThat(m.joins()).as(m.explain()).isTrue();
    }

    @Test
    void aHeadlinesSecondPlantOrNumberedNameRulesOutTheFirst() {
        Profile first = headlined("Aral-1 solar plant", "Aral Sun", Language.EN, "Aral", "Aral-1 solar plant opens", 50.0);
        Profile second = headlined("larger solar plant", "Aral Sun", Language.EN, "Aral", "Aral Sun to build second, larger solar plant", 50.0);
        Profile numbered = headlined("солнечная электростанция", null, Language.RU, "Арал", "Началось строительство СЭС «Арал-2»", 100.0);
        Match m = Matcher.score(first, second);
        assertThat(m.veto()).as(m.explain()).isTrue();
        assertThat(m.explain()).contains("plant 1 / plant 2 of its company");
        assertThat(Matcher.score(numbered, first).veto()).isTrue();
        assertThat(Matcher.score(numbered, first).explain()).contains("numbers 2 / 1 in the names");
        assertThat(Matcher.score(numbered, second).veto()).as(Matcher.score(numbered, second).explain()).isFalse();
        // a headline's "second stage" is not a second plant
        Profile stage = headlined("solar plant", "Aral Sun", Language.EN, "Aral", "Aral Sun starts second stage of its solar plant", 50.0);
        assertThat(stage.ordinal()).isEqualTo(1);
        // nor is a region's second cement plant the company's second
        Profile regional = headlined("cement plant", "Aral Cement", Language.EN, "Aral", "Aral Cement builds second cement plant in Kyzylorda region", null);
        assertThat(regional.ordinal()).isEqualTo(1);
    }

    @Test
    void aNamesOrdinalCountsOnlyBeforeAFacilityNoun() {
        assertThat(Ordinals.of("Jetisu Glass second plant", Language.EN)).isEqualTo(2);
        assertThat(Ordinals.of("второй стекольный завод", Language.RU)).isEqualTo(2);
        assertThat(Ordinals.of("екінші зауыты", Language.KK)).isEqualTo(2);
        // an added line, kiln or stage is part of the plant: its mentions must be free to join the plant
        assertThat(Ordinals.of("third kiln line", Language.EN)).isEqualTo(1);
        assertThat(Ordinals.of("вторая очередь", Language.RU)).isEqualTo(1);
        assertThat(Ordinals.of("үшінші пеш", Language.KK)).isEqualTo(1);
    }

    @Test
    void tankCarsAreWagonsNotCars() {
        assertThat(Products.get().kinds(List.of("tank cars"), Language.EN)).containsExactly("*wagon");
        assertThat(Products.get().kinds(List.of("полувагоны", "легковые автомобили"), Language.RU)).containsExactly("*wagon", "*car");
        assertThat(Products.get().kinds(List.of("chlor-alkali products"), Language.EN)).containsExactly("*alkali");
    }

    @Test
    void aTownAndADistrictAreNotTwoPlaces() {
        assertThat(Matcher.places(KEYS.placeKey("Shu", Language.EN), KEYS.placeKey("Shu district", Language.EN))).isEqualTo(1);
        assertThat(Matcher.places(KEYS.placeKey("Shelek", Language.EN), KEYS.placeKey("Enbekshikazakh district", Language.EN))).isZero();
        assertThat(Matcher.places(KEYS.placeKey("Shelek", Language.EN), KEYS.placeKey("Kegen", Language.EN))).isEqualTo(-1);
        Profile town = profile("wind farm", "Kegen Wind", Language.EN, "KZ-19", "Shelek", "D35", List.of(), null, null);
        Profile district = profile("ветровая электростанция", "Kegen Wind", Language.RU, "KZ-19", "Енбекшиказахский район", "D35", List.of(), null, null);
        Match m = Matcher.score(town, district);
        assertThat(m.explain()).contains("a town and a district").doesNotContain("-2");
        assertThat(m.joins()).as(m.explain()).isTrue();
    }

    @Test
    void aKindOfProductStandsForTheSectorAnArticleDoesNotGive() {
        Profile placed = profile("cathode plant", "Ertis Battery", Language.EN, "KZ-63", "Oskemen", "C27", List.of("cathode materials"), null, 3e8);
        Profile unsectored = profile("завод", null, Language.RU, "KZ-63", "Өскемен", null, List.of("катодные материалы"), null, 3e8);
        Match m = Matcher.score(unsectored, placed);
        assertThat(m.explain()).contains("same town and industry, no name", "products *cathode +1.5");
        assertThat(m.joins()).as(m.explain()).isTrue();
        assertThat(unsectored.blockKeys()).contains("=oskmn *cathode", "=KZ-63 *cathode");
        // without a town on one side, one figure is not enough; both are
        Profile townless = profile("завод", null, Language.RU, "KZ-63", null, null, List.of("катодные материалы"), null, 3e8);
        assertThat(Matcher.score(townless, placed).joins()).isFalse();
        Profile bothFigures = profile("завод", null, Language.RU, "KZ-63", null, null, List.of("катодные материалы"), 8000.0, 3e8);
        Profile placedFigures = profile("cathode plant", "Ertis Battery", Language.EN, "KZ-63", "Oskemen", "C27", List.of("cathode materials"), 8000.0, 3e8);
        Match two = Matcher.score(bothFigures, placedFigures);
        assertThat(two.joins()).as(two.explain()).isTrue();
        assertThat(two.explain()).contains("same region, industry, capacity and investment");
    }
}
