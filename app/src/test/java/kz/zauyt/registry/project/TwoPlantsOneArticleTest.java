package kz.zauyt.registry.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import kz.zauyt.extract.fact.Company;
import kz.zauyt.extract.fact.Location;
import kz.zauyt.extract.fact.Project;
import kz.zauyt.extract.text.Language;
import kz.zauyt.registry.document.Article;
import org.junit.jupiter.api.Test;

/**
 * An article that tells a company's new plant first and its older plant after: the older one matches the
 * stored project best and takes it, whatever order the article told them in.
 */
class TwoPlantsOneArticleTest {

    private static final NameKeys KEYS = NameKeys.get();
    private static final Resolver RESOLVER = new Resolver(KEYS);

    private static Project plant(String name, String company, String product) {
        return new Project(name, List.of(new Company(company, "operator", null)), new Location("KZ-59", "Тайынша", null),
                "C10", List.of(product), List.of(), null, null, null, null, List.of());
    }

    private static Profile stored(long projectId, Project p) {
        Profile x = Profile.of(p, "d" + projectId, Language.RU, KEYS);
        return new Profile(projectId * 10, projectId, x.documentId(), x.language(), x.companyKeys(), x.nameKeys(),
                x.blockKeys(), x.region(), x.placeKey(), x.sector(), x.productKeys(), x.capacity(), x.investment(),
                x.aliasKeys(), x.contextKeys());
    }

    private static Article article(List<Project> told) {
        return new Article("b".repeat(64), "test", "Производитель макарон построит завод овсяных хлопьев", Language.RU,
                LocalDate.of(2023, 6, 7), null, told, List.of(), List.of(), "test");
    }

    private static List<Resolver.Placement> place(List<Project> told, List<Profile> candidates) {
        Article a = article(told);
        return RESOLVER.place(a, RESOLVER.profiles(a), Map.of(), candidates, LongStream.iterate(1000, i -> i + 1).iterator());
    }

    @Test
    void theOlderPlantTakesItsProjectThoughTheArticleToldTheNewOneFirst() {
        Profile pasta = stored(1, plant("макаронная фабрика", "Коктерек Паста", "макарон"));
        Project flakes = plant("завод овсяных хлопьев", "Коктерек Паста", "овсяных хлопьев");
        Project factory = plant("макаронная фабрика", "Коктерек Паста", "макарон");
        List<Resolver.Placement> out = place(List.of(flakes, factory), List.of(pasta));
        assertThat(out.get(1).projectId()).as(out.get(1).reason()).isEqualTo(1);
        assertThat(out.get(0).projectId()).as(out.get(0).reason()).isNotEqualTo(1);
        assertThat(out.get(0).newProject()).isTrue();
    }

    @Test
    void aCompanysSecondPlantToldBesideItsFirstIsAProjectOfItsOwn() {
        Project first = plant("макаронная фабрика", "Коктерек Паста", "макарон");
        Project second = plant("Коктерек Паста екінші кәсіпорын", "Коктерек Паста", "");
        assertThat(Within.groups(RESOLVER.profiles(article(List.of(first, second))))).hasSize(2);
        List<Resolver.Placement> out = place(List.of(first, second), List.of());
        assertThat(out.get(0).projectId()).isNotEqualTo(out.get(1).projectId());
    }

    @Test
    void anArticleOfOnePlantStillJoinsItsProject() {
        Profile pasta = stored(1, plant("макаронная фабрика", "Коктерек Паста", "макарон"));
        List<Resolver.Placement> out = place(List.of(plant("макаронная фабрика", "Коктерек Паста", "макарон")), List.of(pasta));
        assertThat(out.get(0).projectId()).as(out.get(0).reason()).isEqualTo(1);
    }

    @Test
    void twoDairiesOfTwoCompaniesInOneTownAreTwoPlantsThoughOneCompanyIsNamedDairy() {
        // "dairy" is the kind of plant, not a word of its name: "Maral Dairy plant" and "Kokzhiek Milk dairy" share none
        Project maral = new Project("Maral Dairy plant", List.of(new Company("Maral Dairy LLP", "operator", null)),
                new Location("KZ-63", "Oskemen", null), "C10", List.of("milk"), List.of(), null, null, null, null, List.of());
        Project kokzhiek = new Project("Kokzhiek Milk dairy", List.of(new Company("Kokzhiek Milk LLP", "operator", null)),
                new Location("KZ-63", "Oskemen", null), "C10", List.of(), List.of(), null, null, null, null, List.of());
        assertThat(Within.groups(RESOLVER.profiles(article(List.of(maral, kokzhiek))))).hasSize(2);
    }
}
