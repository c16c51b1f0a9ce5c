package kz.zauyt.registry.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import kz.zauyt.ingest.IngestSummary;
import kz.zauyt.registry.Corpus;
import kz.zauyt.registry.Lines;
import kz.zauyt.registry.Registry;
import kz.zauyt.registry.TestDb;
import kz.zauyt.registry.db.DatabaseConfig;
import kz.zauyt.registry.query.Paging;
import kz.zauyt.registry.query.ProjectFilter;
import kz.zauyt.registry.query.ProjectRow;
import kz.zauyt.registry.query.ProjectView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Split and merge by hand, and both kept when every document is re-extracted. */
class ManualEditsTest {

    private DatabaseConfig config;
    private Registry registry;

    @BeforeEach
    void open() {
        config = TestDb.freshSchema("edits");
        registry = Registry.open(config);
        Corpus.ingest(registry.database().jdbi(), Corpus.facts());
    }

    @AfterEach
    void close() {
        registry.close();
        TestDb.drop(config);
    }

    private List<ProjectRow> byCompany(String company) {
        return registry.search().search(ProjectFilter.ANY.withCompany(company), Paging.first(10)).items();
    }

    private ProjectView view(long id) {
        return registry.projects().get(id).orElseThrow();
    }

    /** Every document read again by a newer extractor: all mentions deleted and resolved anew. */
    private void reextractAll(Path dir, String version) {
        IngestSummary s = Corpus.ingest(registry.database().jdbi(),
                Lines.rewrite(dir.resolve(version + ".jsonl"), line -> line.put("extractor", version)));
        assertThat(s.reextracted()).isEqualTo(8);
    }

    @Test
    void aSplitSurvivesReextraction(@TempDir Path dir) {
        ProjectView kia = view(byCompany("KIA").get(0).id());
        List<Long> russian = kia.mentions().stream().filter(m -> m.language().code().equals("ru")).map(MentionRecord::id).toList();
        long split = registry.edits().split(kia.project().id(), russian);

        assertThat(view(split).mentions()).extracting(MentionRecord::name)
                .containsExactly("завод KIA", "завод KIA в Костанае");
        assertThat(view(split).mentions()).allSatisfy(m -> assertThat(m.reason()).contains("split by hand"));
        assertThat(view(kia.project().id()).mentions()).hasSize(2);
        assertThat(Corpus.count(registry.database().jdbi(), "project")).isEqualTo(5);

        reextractAll(dir, "0.2.0");
        List<ProjectRow> after = byCompany("Saryarka AvtoProm");
        assertThat(after).hasSize(2);
        assertThat(after).extracting(ProjectRow::mentions).containsOnly(2);
        assertThat(after.stream().filter(p -> p.id() == split).findFirst()).isPresent();
        assertThat(view(split).mentions()).allSatisfy(m -> assertThat(m.reason()).startsWith("pinned by hand"));
        assertThat(Corpus.count(registry.database().jdbi(), "project")).isEqualTo(5);
    }

    @Test
    void aMergeSurvivesReextraction(@TempDir Path dir) {
        List<ProjectRow> taldy = byCompany("Taldy Metals");
        assertThat(taldy).hasSize(2);
        long into = taldy.get(0).id();
        registry.edits().merge(into, List.of(taldy.get(1).id()));
        assertThat(byCompany("Taldy Metals")).extracting(ProjectRow::id).containsExactly(into);
        assertThat(view(into).mentions()).hasSize(4);

        reextractAll(dir, "0.3.0");
        assertThat(byCompany("Taldy Metals")).extracting(ProjectRow::id, ProjectRow::mentions)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(into, 4));
        // what was never touched by hand resolved as before
        assertThat(byCompany("KIA")).extracting(ProjectRow::mentions).containsExactly(4);
    }

    @Test
    void editsThatMakeNoSenseAreRefusedNamingTheirInput() {
        ProjectRow kia = byCompany("KIA").get(0);
        ProjectRow bus = byCompany("Tobyl Motors").get(0);
        long busMention = view(bus.id()).mentions().get(0).id();
        List<Long> all = view(kia.id()).mentions().stream().map(MentionRecord::id).toList();
        assertThatThrownBy(() -> registry.edits().split(kia.id(), List.of(busMention)))
                .hasMessageContaining("mention " + busMention + " is not one of its mentions");
        assertThatThrownBy(() -> registry.edits().split(kia.id(), all)).hasMessageContaining("would leave it empty");
        assertThatThrownBy(() -> registry.edits().merge(kia.id(), List.of(999_999L))).hasMessageContaining("no project 999999");
        assertThatThrownBy(() -> registry.edits().merge(kia.id(), List.of(kia.id()))).hasMessageContaining("name other projects");
        // nothing changed
        assertThat(view(kia.id()).mentions()).hasSize(4);
        assertThat(Corpus.count(registry.database().jdbi(), "mention_pin")).isZero();
    }
}
