package kz.zauyt.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import kz.zauyt.ingest.IngestSummary;
import kz.zauyt.registry.project.MentionRecord;
import kz.zauyt.registry.project.StatusStep;
import kz.zauyt.registry.query.FieldValues;
import kz.zauyt.registry.query.Page;
import kz.zauyt.registry.query.Paging;
import kz.zauyt.registry.query.ProjectFilter;
import kz.zauyt.registry.query.ProjectRow;
import kz.zauyt.registry.query.ProjectView;
import kz.zauyt.registry.query.Reported;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The registry's promise on a corpus written for it: one plant reported four times in English and
 * Russian is one project with a three-step timeline; one company's two plants in one region stay
 * two projects; another company's plant next door stays apart.
 */
class CorpusTest {

    private static kz.zauyt.registry.db.DatabaseConfig config;
    private static Registry registry;
    private static IngestSummary summary;

    @BeforeAll
    static void ingest() {
        config = TestDb.freshSchema("corpus");
        registry = Registry.open(config);
        summary = Corpus.ingest(registry.database().jdbi(), Corpus.facts());
    }

    @AfterAll
    static void close() {
        registry.close();
        TestDb.drop(config);
    }

    @Test
    void countsEveryLineAndReportsTheBadOnesWithTheirInput() {
        assertThat(summary.read()).isEqualTo(10);
        assertThat(summary.added()).isEqualTo(8);
        assertThat(summary.failures()).hasSize(2);
        assertThat(summary.failures().get(0).reason()).contains("facts.jsonl:9", "missing.txt", "no such file");
        assertThat(summary.failures().get(1).reason()).contains("facts.jsonl:10", "not JSON");
    }

    @Test
    void onePlantInFourArticlesAndTwoLanguagesIsOneProjectWithAThreeStepTimeline() {
        ProjectRow kia = only(ProjectFilter.ANY.withCompany("Saryarka AvtoProm"));
        assertThat(kia.mentions()).isEqualTo(4);
        assertThat(kia.status()).isEqualTo("operating");
        assertThat(kia.statusDate()).isEqualTo(LocalDate.of(2023, 11, 20));
        assertThat(kia.firstEvidence()).isEqualTo(LocalDate.of(2021, 5, 12));
        assertThat(kia.lastEvidence()).isEqualTo(LocalDate.of(2023, 12, 5));
        assertThat(kia.region()).isEqualTo("KZ-39");

        ProjectView view = registry.projects().get(kia.id()).orElseThrow();
        assertThat(view.timeline()).extracting(StatusStep::status).containsExactly("planned", "construction", "operating");
        assertThat(view.timeline()).extracting(StatusStep::since)
                .containsExactly(LocalDate.of(2021, 5, 12), LocalDate.of(2022, 8, 3), LocalDate.of(2023, 11, 20));
        assertThat(view.timeline().get(2).mentions()).hasSize(2);
        assertThat(view.mentions()).extracting(m -> m.language().code()).containsExactly("en", "ru", "en", "ru");
        // the Russian construction report joined because of the evidence, and says so
        MentionRecord ru = view.mentions().get(1);
        assertThat(ru.score()).isGreaterThanOrEqualTo(4.5);
        assertThat(ru.reason()).contains("company", "region KZ-39", "sector C29");
        assertThat(view.mentions().get(0).reason()).startsWith("new project");
    }

    @Test
    void conflictingFiguresAreShownWithTheirSources() {
        ProjectView view = registry.projects().get(only(ProjectFilter.ANY.withCompany("Сарыарка АвтоПром")).id()).orElseThrow();
        FieldValues investment = view.field("investment");
        assertThat(investment.conflicting()).isTrue();
        assertThat(investment.values()).extracting(Reported::value).containsExactly("50000000000 KZT", "52000000000 KZT");
        Reported.Source source = investment.values().get(1).sources().get(0);
        assertThat(source.published()).isEqualTo(LocalDate.of(2022, 8, 3));
        assertThat(source.quote()).contains("52 млрд тенге");
        assertThat(view.field("capacity").conflicting()).isFalse();
        // one town in two scripts is two spellings, not a conflict
        assertThat(view.field("place").values()).extracting(Reported::value).containsExactly("Kostanay", "Костанай");
        assertThat(view.field("place").conflicting()).isFalse();
        assertThat(view.field("name").values()).hasSize(4);
    }

    @Test
    void oneCompanysTwoPlantsInOneRegionStayTwoProjects() {
        Page<ProjectRow> taldy = registry.search().search(ProjectFilter.ANY.withCompany("Taldy Metals"), Paging.first(10));
        assertThat(taldy.items()).hasSize(2);
        assertThat(taldy.items()).extracting(ProjectRow::region).containsOnly("KZ-15");
        assertThat(taldy.items()).extracting(ProjectRow::mentions).containsOnly(2);
        ProjectRow briquettes = taldy.items().stream().filter(p -> p.place().equals("Khromtau")).findFirst().orElseThrow();
        ProjectRow ferro = taldy.items().stream().filter(p -> p.place().equals("Aktobe")).findFirst().orElseThrow();
        // the Russian launch report found the briquetting plant, not the ferroalloy one
        assertThat(briquettes.status()).isEqualTo("operating");
        assertThat(registry.projects().get(briquettes.id()).orElseThrow().mentions())
                .extracting(m -> m.language().code()).containsExactly("en", "ru");
        assertThat(ferro.status()).isEqualTo("construction");
        assertThat(registry.projects().get(ferro.id()).orElseThrow().timeline()).extracting(StatusStep::status)
                .containsExactly("planned", "construction");
    }

    @Test
    void anotherCompanysPlantInTheSameTownIsAnotherProject() {
        Page<ProjectRow> kostanay = registry.search().search(ProjectFilter.ANY.withRegion("KZ-39"), Paging.first(10));
        assertThat(kostanay.items()).extracting(ProjectRow::name).containsExactlyInAnyOrder("KIA car plant",
                "bus assembly plant");
        assertThat(Corpus.count(registry.database().jdbi(), "project")).isEqualTo(4);
    }

    private static ProjectRow only(ProjectFilter f) {
        List<ProjectRow> rows = registry.search().search(f, Paging.first(10)).items();
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
