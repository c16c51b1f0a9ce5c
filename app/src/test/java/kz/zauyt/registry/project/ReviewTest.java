package kz.zauyt.registry.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import kz.zauyt.extract.fact.Company;
import kz.zauyt.extract.fact.Location;
import kz.zauyt.extract.fact.Project;
import kz.zauyt.extract.text.Language;
import kz.zauyt.registry.Registry;
import kz.zauyt.registry.TestDb;
import kz.zauyt.registry.db.DatabaseConfig;
import kz.zauyt.registry.document.Article;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Doubt goes to a person: a pair scored between "surely different" and "surely the same" starts two
 * projects and is listed; the answer (merge, or keep apart) holds when the documents are read again.
 */
class ReviewTest {

    private DatabaseConfig config;
    private Registry registry;
    private Reviews reviews;

    @BeforeEach
    void open() {
        config = TestDb.freshSchema("review");
        registry = Registry.open(config);
        reviews = new Reviews(registry.database().jdbi(), registry.edits());
    }

    @AfterEach
    void close() {
        registry.close();
        TestDb.drop(config);
    }

    /** One article about one plant of {@code company}; the same company and nothing else agreeing is a doubt. */
    private static Article article(char id, String company, String region, String version) {
        Project p = new Project(company + " plant", List.of(new Company(company, "operator", null)),
                new Location(region, null, null), null, List.of(), List.of(), null, null, null, null, List.of());
        return new Article(String.valueOf(id).repeat(64), id + ".txt", null, Language.EN, LocalDate.of(2025, 1, 1), null,
                List.of(p), List.of(), List.of(), version);
    }

    private long projectOf(char id) {
        return registry.database().jdbi().withHandle(h -> h.createQuery("select project_id from mention where document_id = :d")
                .bind("d", String.valueOf(id).repeat(64)).mapTo(Long.class).one());
    }

    @Test
    void aConfirmedPairIsMergedAndStaysMergedWhenReadAgain() {
        registry.store().store(article('a', "Altyn Steel", null, "1"));
        registry.store().store(article('b', "Altyn Steel", "KZ-35", "1"));
        assertThat(projectOf('a')).isNotEqualTo(projectOf('b'));
        List<ReviewPair> pending = reviews.pending(10);
        assertThat(pending).hasSize(1);
        assertThat(pending.get(0).reason()).contains("company altn stl +3");

        reviews.decide(pending.get(0).id(), true);
        assertThat(projectOf('a')).isEqualTo(projectOf('b'));
        assertThat(reviews.pending(10)).isEmpty();

        registry.store().store(article('b', "Altyn Steel", "KZ-35", "2"));
        registry.store().store(article('a', "Altyn Steel", null, "2"));
        assertThat(projectOf('a')).isEqualTo(projectOf('b'));
        assertThat(reviews.pending(10)).isEmpty();
    }

    @Test
    void aRejectedPairStaysApartWhenReadAgain() {
        registry.store().store(article('c', "Kemir Cable", null, "1"));
        registry.store().store(article('d', "Kemir Cable", "KZ-55", "1"));
        ReviewPair p = reviews.pending(10).get(0);
        reviews.decide(p.id(), false);
        assertThat(reviews.pending(10)).isEmpty();
        assertThatThrownBy(() -> reviews.decide(p.id(), true)).hasMessageContaining("there is no pending review " + p.id());

        registry.store().store(article('d', "Kemir Cable", "KZ-55", "2"));
        registry.store().store(article('c', "Kemir Cable", null, "2"));
        assertThat(projectOf('c')).isNotEqualTo(projectOf('d'));
        assertThat(reviews.pending(10)).isEmpty();
    }

    @Test
    void aSurePairIsNeitherListedNorLeftApart() {
        registry.store().store(article('e', "Ozen Glass", "KZ-47", "1"));
        registry.store().store(article('f', "Ozen Glass", "KZ-47", "1"));
        assertThat(projectOf('e')).isEqualTo(projectOf('f'));
        assertThat(reviews.pending(10)).isEmpty();
    }
}
