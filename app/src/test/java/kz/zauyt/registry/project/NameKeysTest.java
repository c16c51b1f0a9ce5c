package kz.zauyt.registry.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.zauyt.extract.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeysTest {

    private final NameKeys keys = NameKeys.get();

    @ParameterizedTest(name = "{0} ({1}) ~ {2} ({3})")
    @CsvSource(delimiter = '|', value = {
        "ТОО «Сарыарка АвтоПром» | ru | Saryarka AvtoProm LLP | en",
        "Талды Металс            | ru | Taldy Metals         | en",
        "«Тобыл Моторс» ЖШС      | kk | Tobyl Motors JSC     | en",
        "Валтерм                 | ru | Valtherm             | en",
        "АО «Казфосфат»          | ru | Kazphosphate         | en",
        "Номад Тайр              | ru | Nomad Tyre           | en",
        "КИА                     | ru | KIA                  | en",
        "Қостанай                | ru | Костанай             | kk",
        "Қостанай                | kk | Kostanay             | en",
        "Шымкентцемент           | ru | Shymkentcement       | en",
        "ТОО «Павлодар Вил Индастриз» | ru | Pavlodar Wheel Industries | en",
        "АО «Каспий Энерджи»     | ru | Caspiy Energy JSC    | en",
        "ТОО «Джетысу Агро»      | ru | Dzhetysu Agro LLP    | en",
        "«Жетісу Агро» ЖШС       | kk | Dzetysu Agro LLP     | en",
        "«Шыңғыс Агро» ЖШС       | kk | Shyngys Agro LLP     | en",
        "«Кеңдала Маш» ЖШС       | kk | Kendala Mash LLP     | en",
        "Теңіз                   | kk | Tengiz               | en",
        "ТОО «Елек Авто»         | ru | Elek Avto LLP        | en",
        "ТОО «Ертис Пласт»       | ru | Yertis Plast LLP     | en",
    })
    void oneCompanyOrPlaceSpelledInTwoScriptsHasOneKey(String a, String la, String b, String lb) {
        assertThat(keys.companyKey(a, Language.fromCode(la))).isEqualTo(keys.companyKey(b, Language.fromCode(lb)))
                .isNotEmpty();
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Taldy Metals    | Tobyl Motors",
        "Kazakhmys       | Kazzinc",
        "KIA             | KAMAZ",
        "Aktobe          | Khromtau",
    })
    void differentNamesKeepDifferentKeys(String a, String b) {
        assertThat(keys.companyKey(a, Language.EN)).isNotEqualTo(keys.companyKey(b, Language.EN));
    }

    @Test
    void tokensDropLegalFormsAndGenericWordsInEveryScript() {
        assertThat(keys.tokens("ТОО «Завод Сарыарка»", Language.RU)).containsExactly("srk");
        assertThat(keys.tokens("Saryarka plant LLP", Language.EN)).containsExactly("srk");
        assertThat(keys.tokens("Сарыарка зауыты", Language.KK)).containsExactly("srk");
        assertThat(keys.tokens("new plant of the company", Language.EN)).isEmpty();
    }

    @Test
    void aWordOfOneConsonantMeetsItsOtherRomanisations() {
        // its vowels are its key, and Russian, Kazakh and English spell them apart (tuyye, tuie, tuye)
        String en = keys.companyKey("Syr Tuye LLP", Language.EN);
        assertThat(keys.companyKey("ТОО «Сыр Туйе»", Language.RU)).isEqualTo(en);
        assertThat(keys.companyKey("«Сыр Түйе» ЖШС", Language.KK)).isEqualTo(en);
        assertThat(keys.companyKey("KIA", Language.EN)).isEqualTo(keys.companyKey("Киа", Language.RU)).isNotEqualTo(en);
    }

    @Test
    void romanisationMarksInsideWordsDoNotSplitThem() {
        assertThat(NameKeys.words("Сарыарка", Language.RU)).containsExactly("saryarka");
        assertThat(NameKeys.words("Объект", Language.RU)).containsExactly("obyekt");
        assertThat(NameKeys.words("Усть-Каменогорск", Language.RU)).containsExactly("ust", "kamenogorsk");
        assertThat(NameKeys.words("Қостанай", Language.RU)).containsExactly("kostanay");
        assertThat(NameKeys.words("  ", Language.EN)).isEmpty();
    }

    @Test
    void productKeysAreShortStemsWithinALanguage() {
        assertThat(keys.productKeys(List.of("heating radiators"), Language.EN)).containsExactly("heati", "radia");
        assertThat(keys.productKeys(List.of("radiator heating"), Language.EN)).containsExactly("radia", "heati");
        assertThat(keys.productKeys(List.of("2 kinds of cement"), Language.EN)).containsExactly("kinds", "cemen");
    }
}
