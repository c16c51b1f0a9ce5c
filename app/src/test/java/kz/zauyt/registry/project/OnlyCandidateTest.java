package kz.zauyt.registry.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import kz.zauyt.extract.fact.Capacity;
import kz.zauyt.extract.fact.Company;
import kz.zauyt.extract.fact.Location;
import kz.zauyt.extract.fact.Project;
import kz.zauyt.extract.text.Language;
import kz.zauyt.registry.document.Article;
import org.junit.jupiter.api.Test;

/** A nameless plant joins the only project of its industry in its town (or region), if nothing disagrees. */
class OnlyCandidateTest {

    private static final NameKeys KEYS = NameKeys.get();
    private static final Resolver RESOLVER = new Resolver(KEYS);

    private static Project plant(String name, String company, String region, String place, String sector,
                                 List<String> products, Double capacity) {
        return new Project(name, company == null ? List.of() : List.of(new Company(company, "operator", null)),
                new Location(region, place, null), sector, products,
                capacity == null ? List.of() : List.of(new Capacity(capacity, "t", null)), null, null, null, null, List.of());
    }

    /** A stored mention of project {@code projectId}. */
    private static Profile stored(long projectId, Project p, Language lang) {
        Profile x = Profile.of(p, "d" + projectId, lang, KEYS);
        return new Profile(projectId * 10, projectId, x.documentId(), x.language(), x.companyKeys(), x.nameKeys(),
                x.blockKeys(), x.region(), x.placeKey(), x.sector(), x.productKeys(), x.capacity(), x.investment(),
                x.aliasKeys(), x.contextKeys());
    }

    private static Resolver.Placement place(Project p, Language lang, String headline, List<Profile> candidates) {
        return place(p, lang, headline, candidates, Map.of());
    }

    private static Resolver.Placement place(Project p, Language lang, String headline, List<Profile> candidates,
                                            Map<String, Integer> rivals) {
        Article a = new Article("a".repeat(64), "test", headline, lang, LocalDate.of(2025, 1, 1), null, List.of(p), List.of(),
                List.of(), "test");
        List<Profile> profiles = RESOLVER.profiles(a);
        return RESOLVER.place(a, profiles, Map.of(), candidates, LongStream.iterate(1000, i -> i + 1).iterator(), rivals).get(0);
    }

    @Test
    void theOnlyTyrePlantInATownTakesANamelessTyrePlantThere() {
        Profile tyres = stored(1, plant("Balkash Tyres plant", "Balkash Tyres", "KZ-35", "Temirtau", "C22", List.of("tyres"), 5e5), Language.EN);
        Resolver.Placement p = place(plant("шина зауыты", null, "KZ-35", "Теміртау", "C22", List.of("шина"), null),
                Language.KK, "Теміртауда шина зауыты жұмыс істеп тұр", List.of(tyres));
        assertThat(p.projectId()).as(p.reason()).isEqualTo(1);
        assertThat(p.reason()).contains("the only project of its industry there");
    }

    @Test
    void twoPlantsOfTheIndustryInTownOrAFigureThatDiffersKeepItApart() {
        Project nameless = plant("шина зауыты", null, "KZ-35", "Теміртау", "C22", List.of("шина"), 1e6);
        Profile tyres = stored(1, plant("Balkash Tyres plant", "Balkash Tyres", "KZ-35", "Temirtau", "C22", List.of("tyres"), 1e6), Language.EN);
        Profile other = stored(2, plant("Steppe Rubber plant", "Steppe Rubber", "KZ-35", "Temirtau", "C22", List.of("tyres"), 1e6), Language.EN);
        Project figureless = plant("шина зауыты", null, "KZ-35", "Теміртау", "C22", List.of("шина"), null);
        assertThat(place(figureless, Language.KK, "Теміртауда шина зауыты", List.of(tyres, other)).newProject()).isTrue();
        Profile larger = stored(1, plant("Balkash Tyres plant", "Balkash Tyres", "KZ-35", "Temirtau", "C22", List.of("tyres"), 3e6), Language.EN);
        assertThat(place(nameless, Language.KK, "Теміртауда шина зауыты", List.of(larger)).newProject()).isTrue();
        // the company's second plant is not its first, however alone the first is
        Resolver.Placement second = place(plant("шина зауыты", null, "KZ-35", "Теміртау", "C22", List.of("шина"), null),
                Language.KK, "Теміртауда екінші шина зауыты салынады", List.of(tyres));
        assertThat(second.newProject()).as(second.reason()).isTrue();
    }

    @Test
    void aMentionWithoutATownFindsTheOnlyPlantOfItsIndustryInTheRegion() {
        Profile wind = stored(1, plant("Kegen wind farm", "Kegen Wind", "KZ-19", "Kegen", "D35", List.of("wind power"), null), Language.EN);
        Resolver.Placement p = place(plant("ветровая электростанция", null, "KZ-19", null, "D35", List.of("ветровая энергия"), null),
                Language.RU, "Ветровая электростанция в Алматинской области", List.of(wind));
        assertThat(p.projectId()).as(p.reason()).isEqualTo(1);
        assertThat(p.reason()).contains("same region and industry, no name or town", "the only project of its industry there");
        // a mention with a town does not search its region: the region's plants are not its candidates
        Profile placed = Profile.of(plant("wind farm", null, "KZ-19", "Shelek", "D35", List.of(), null), "x", Language.EN, KEYS);
        assertThat(placed.searchKeys()).noneMatch(Profile::regional);
        assertThat(placed.indexKeys()).anyMatch(Profile::regional);
    }

    @Test
    void aPlantOfAnotherKindInTownIsNoRival() {
        Profile tyres = stored(1, plant("Balkash Tyres plant", "Balkash Tyres", "KZ-35", "Temirtau", "C22", List.of("tyres"), null), Language.EN);
        Profile hoses = stored(2, plant("Steppe Rubber plant", "Steppe Rubber", "KZ-35", "Temirtau", "C22", List.of("steel"), null), Language.EN);
        Resolver.Placement p = place(plant("шина зауыты", null, "KZ-35", "Теміртау", "C22", List.of("шина"), null),
                Language.KK, "Теміртауда шина зауыты", List.of(tyres, hoses));
        assertThat(p.projectId()).as(p.reason()).isEqualTo(1);
    }

    @Test
    void theRegistrysCountOfPlantsThereDecidesNotTheBestCandidatesAlone() {
        // the candidates are the 50 mentions sharing most keys; the registry may hold more plants in town
        Profile tyres = stored(1, plant("Balkash Tyres plant", "Balkash Tyres", "KZ-35", "Temirtau", "C22", List.of("tyres"), null), Language.EN);
        Project nameless = plant("шина зауыты", null, "KZ-35", "Теміртау", "C22", List.of("шина"), null);
        String key = "=" + KEYS.placeKey("Теміртау", Language.KK) + " C22";
        assertThat(place(nameless, Language.KK, "Теміртауда шина зауыты", List.of(tyres), Map.of(key, 1)).projectId()).isEqualTo(1);
        assertThat(place(nameless, Language.KK, "Теміртауда шина зауыты", List.of(tyres), Map.of(key, 3)).newProject()).isTrue();
    }
}
