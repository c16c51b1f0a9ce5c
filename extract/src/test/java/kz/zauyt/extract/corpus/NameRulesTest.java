package kz.zauyt.extract.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kz.zauyt.extract.Extraction;
import kz.zauyt.extract.Extractor;
import kz.zauyt.extract.fact.NameRules;
import kz.zauyt.extract.fact.Project;
import org.junit.jupiter.api.Test;

/**
 * Every project name and product the engine writes, over every corpus and golden article, is a noun
 * phrase an analyst would write: it neither starts nor ends on a function word, a verb, a word of
 * evaluation, a number or a stray bracket. The rules themselves are checked on phrases real news
 * clipped wrongly, in the three languages.
 */
class NameRulesTest {

    private static final NameRules RULES = NameRules.load();

    @Test
    void cleanTrimsClauseFragmentsToTheirNounPhrase() {
        assertThat(RULES.clean("farms of the")).isEqualTo("farms");
        assertThat(RULES.clean("produced more than")).isEmpty();
        assertThat(RULES.clean("translucent structures made of")).isEqualTo("translucent structures");
        assertThat(RULES.clean("целом завод")).isEqualTo("завод");
        assertThat(RULES.clean("переработки нефти приняла участие")).isEqualTo("переработки нефти");
        assertThat(RULES.clean("үшін жаңа зауытта")).isEqualTo("зауыт");
        assertThat(RULES.clean("мұнай өңдеу зауытында")).isEqualTo("мұнай өңдеу зауыты");
        assertThat(RULES.clean("тұрмыстық техника зауытының")).isEqualTo("тұрмыстық техника зауыты");
    }

    @Test
    void cleanKeepsNamesThatAreAlreadyNounPhrases() {
        for (String name : List.of("KamaTyresKZ tyre plant", "Kia Qazaqstan plant", "Шымкентский НПЗ",
                "cement plant in Zhambyl region", "завод по выпуску шин", "шина зауыты", "The Kazakh-Turkish Zone",
                "завод «Кайсар»", "plant (phase 2)")) {
            assertThat(RULES.violation(RULES.clean(name))).as(name).isNull();
            assertThat(RULES.clean(name)).as(name).endsWith(name.substring(name.length() - 3));
        }
    }

    @Test
    void violationNamesTheOffendingWord() {
        assertThat(RULES.violation("very important plant")).isEqualTo("starts with 'very'");
        assertThat(RULES.violation("AND RADIO COMPLEX OF THE")).isEqualTo("starts with 'AND'");
        assertThat(RULES.violation("Merkez plant 2")).isEqualTo("ends with '2'");
        assertThat(RULES.violation("завод «Кайсар")).isNull();
        assertThat(RULES.violation("завод Кайсар»")).isEqualTo("ends with '»'");
    }

    @Test
    void noCorpusYieldsANameOrProductThatBreaksTheRules() throws Exception {
        Extractor extractor = Extractor.load();
        List<String> broken = new ArrayList<>();
        int names = 0;
        for (String dir : List.of("/corpus/articles", "/corpus/heldout", "/corpus/fresh", "/corpus/reallike", "/corpus/blind",
                "/corpus/blind2", "/corpus/blind3", "/corpus/blind4", "/corpus/blind5", "/corpus/blind6", "/corpus/blind7",
                "/corpus/blind8", "/corpus/blind9", "/golden")) {
            Path root = Path.of(NameRulesTest.class.getResource(dir).toURI());
            List<Path> articles;
            try (Stream<Path> files = Files.list(root)) {
                articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path article : articles) {
                Extraction x = extractor.extract(article);
                for (Project p : x.projects()) {
                    List<String> phrases = new ArrayList<>(p.products());
                    phrases.add(0, p.name());
                    for (String phrase : phrases) {
                        names++;
                        String why = RULES.violation(phrase);
                        if (why != null) {
                            broken.add(article.getFileName() + ": '" + phrase + "' " + why);
                        }
                    }
                }
            }
        }
        assertThat(names).as("names and products read").isGreaterThan(200);
        assertThat(broken).as("names and products that are not noun phrases").isEmpty();
    }
}
