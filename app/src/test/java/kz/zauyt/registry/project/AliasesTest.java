package kz.zauyt.registry.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.zauyt.extract.fact.Company;
import kz.zauyt.extract.fact.Location;
import kz.zauyt.extract.fact.Project;
import kz.zauyt.extract.text.Language;
import org.junit.jupiter.api.Test;

/** Known facilities (aliases.txt) as the three languages name them, and names that must not be one. */
class AliasesTest {

    @Test
    void everyMentionOfTheTableCarriesItsIds() {
        // registry/names/alias-names.tsv: a plant in three scripts, numbered power plants of one town apart, an
        // operator of several plants no name alone, skeletons that would make a town or another firm a known plant
        assertThat(ExpectedTable.mismatches("alias-names.tsv",
                (text, language) -> Aliases.get().find(NameKeys.get().skeletons(text, language)))).isEmpty();
    }

    @Test
    void aKnownPlantJoinsAcrossScripts() {
        Project en = new Project("ferroalloy plant", List.of(new Company("Kazchrome", "operator", null)),
                new Location("KZ-15", "Aktobe", null), "C24", List.of("ferrochrome"), List.of(), null, null, null, null, List.of());
        Project kk = new Project("ферроқорытпа зауыты", List.of(), new Location("KZ-15", "Ақтөбе", null), null,
                List.of("феррохром"), List.of(), null, null, null, null, List.of());
        Match m = Matcher.score(Profile.of(en, "a", Language.EN, NameKeys.get()), Profile.of(kk, "b", Language.KK, NameKeys.get()));
        assertThat(m.explain()).contains("known as aktobe-ferroalloy +4", "products *ferroalloy +1.5");
        assertThat(m.joins()).as(m.explain()).isTrue();
    }
}
