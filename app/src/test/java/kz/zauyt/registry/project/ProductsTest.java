package kz.zauyt.registry.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.zauyt.extract.fact.Company;
import kz.zauyt.extract.fact.Location;
import kz.zauyt.extract.fact.Project;
import kz.zauyt.extract.text.Language;
import org.junit.jupiter.api.Test;

/** Kinds of product (product-words.txt) as the three languages write them, inflected. */
class ProductsTest {

    private static Profile profile(String name, String company, Language lang, String place, List<String> products) {
        Project p = new Project(name, List.of(new Company(company, "operator", null)), new Location("KZ-62", place, null),
                null, products, List.of(), null, null, null, null, List.of());
        return Profile.of(p, "doc", lang, NameKeys.get());
    }

    @Test
    void everyProductOfTheTableNamesItsKinds() {
        // registry/names/product-kinds.tsv: grinding balls in three languages, concrete apart from cement, short
        // Kazakh words whole, words of two senses ("теплица", "трубопровод") no prefixes, pairs of words one product
        assertThat(ExpectedTable.mismatches("product-kinds.tsv", (text, language) -> Products.get().kinds(List.of(text), language)
                .stream().map(k -> k.substring(1)).toList())).isEmpty();
    }

    @Test
    void grindingBallsAgreeAcrossLanguagesAndConcreteDiffersFromCement() {
        Profile en = profile("grinding ball plant", "Ulytau Balls", Language.EN, "Zhezkazgan", List.of("grinding balls"));
        Profile ru = profile("завод мелющих шаров", "Улытау Шар", Language.RU, "Жезказган", List.of("мелющих шаров"));
        assertThat(Matcher.score(en, ru).explain()).contains("products *grinding-media +1.5");
        Profile concrete = profile("бетонный завод", "Жезказган Бетон", Language.RU, "Жезказган", List.of("бетон"));
        Profile cement = profile("cement plant", "Zhezkazgan Cement", Language.EN, "Zhezkazgan", List.of("cement"));
        assertThat(Matcher.score(concrete, cement).explain()).contains("products differ -2 (*concrete / *cement)");
    }

    @Test
    void everyKindHasOneLine() {
        Set<String> ids = new HashSet<>();
        for (String line : NameKeys.load("product-words.txt")) {
            assertThat(ids.add(line.split("\\|")[0].strip())).as(line).isTrue();
        }
        assertThat(ids).hasSizeGreaterThan(100);
    }
}
