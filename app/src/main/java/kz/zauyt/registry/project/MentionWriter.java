package kz.zauyt.registry.project;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.zauyt.extract.fact.Project;
import kz.zauyt.registry.db.Json;
import kz.zauyt.registry.document.Article;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Writes one document's mentions once their projects are decided: the projects they start in one
 * statement, the mentions in one batch. Project ids of new projects are drawn from the sequence first,
 * so each mention row can name its project.
 */
final class MentionWriter {

    /**
     * Where a mention goes: an existing project ({@code projectId} &gt; 0), or a new one (0), with the
     * score and matched mention when it joined by score, and the reason in words.
     */
    record Decision(long projectId, Double score, Long matched, String reason) {
        Decision {
            if (projectId < 0) {
                throw new IllegalArgumentException("project ids are positive, got " + projectId);
            }
        }

        static Decision newProject(String reason) {
            return new Decision(0, null, null, reason);
        }
    }

    private record Row(int ordinal, String mkey, Profile profile, Decision decision) {
    }

    private final Handle h;
    private final Article article;
    private final List<Row> rows = new ArrayList<>();

    MentionWriter(Handle h, Article article) {
        this.h = h;
        this.article = article;
    }

    /** The project a manual pin names, created again if every mention of it had gone. */
    Decision pinned(String projectKey) {
        long id = h.createQuery("select id from project where manual_key = :k").bind("k", projectKey)
                .mapTo(Long.class).findOne()
                .orElseGet(() -> h.createQuery("insert into project (name, manual_key) values ('(pinned)', :k) returning id")
                        .bind("k", projectKey).mapTo(Long.class).one());
        return new Decision(id, null, null, "pinned by hand to " + projectKey);
    }

    void add(int ordinal, String mkey, Profile profile, Decision decision) {
        rows.add(new Row(ordinal, mkey, profile, decision));
    }

    /** Inserts the new projects and the mentions; returns the ids of the new projects. */
    Set<Long> write() {
        long fresh = rows.stream().filter(r -> r.decision().projectId() == 0).count();
        List<Long> ids = fresh == 0 ? List.of()
                : h.createQuery("select nextval(pg_get_serial_sequence('project', 'id')) from generate_series(1, :n)")
                        .bind("n", fresh).mapTo(Long.class).list();
        Set<Long> created = new LinkedHashSet<>(ids);
        if (!ids.isEmpty()) {
            PreparedBatch projects = h.prepareBatch("insert into project (id, name) values (:id, :name)");
            int next = 0;
            for (Row r : rows) {
                if (r.decision().projectId() == 0) {
                    projects.bind("id", ids.get(next++)).bind("name", article.projects().get(r.ordinal()).name()).add();
                }
            }
            projects.execute();
        }
        PreparedBatch mentions = h.prepareBatch("insert into mention (document_id, ordinal, mkey, project_id, language, "
                + "name, companies, region, place, zone, sector, products, capacity, investment, currency, jobs, status, "
                + "expected, evidence, quote, block_keys, name_keys, company_keys, place_key, product_keys, score, "
                + "matched_mention, reason) values (:doc, :ordinal, :mkey, :project, :language, :name, "
                + "cast(:companies as jsonb), :region, :place, :zone, :sector, :products, cast(:capacity as jsonb), "
                + ":investment, :currency, :jobs, :status, :expected, cast(:evidence as jsonb), :quote, :blockKeys, "
                + ":nameKeys, :companyKeys, :placeKey, :productKeys, :score, :matched, :reason)");
        int next = 0;
        for (Row r : rows) {
            long project = r.decision().projectId() > 0 ? r.decision().projectId() : ids.get(next++);
            bind(mentions, r, project);
            mentions.add();
        }
        mentions.execute();
        return created;
    }

    private void bind(PreparedBatch b, Row r, long project) {
        Project p = article.projects().get(r.ordinal());
        Profile profile = r.profile();
        b.bind("doc", article.id()).bind("ordinal", r.ordinal()).bind("mkey", r.mkey()).bind("project", project)
                .bind("language", article.language().code()).bind("name", p.name())
                .bind("companies", Json.companies(p.companies()))
                .bind("region", p.location().region()).bind("place", p.location().place()).bind("zone", p.location().zone())
                .bind("sector", p.sector()).bind("products", p.products().toArray(new String[0]))
                .bind("capacity", Json.capacity(p.capacity()))
                .bind("investment", p.investment() == null ? null : p.investment().amount())
                .bind("currency", p.investment() == null ? null : p.investment().currency())
                .bind("jobs", p.jobs()).bind("status", p.status()).bind("expected", p.expected())
                .bind("evidence", Json.spans(p.evidence())).bind("quote", article.quote(p.evidence()))
                .bind("blockKeys", profile.blockKeys().toArray(new String[0]))
                .bind("nameKeys", profile.nameKeys().toArray(new String[0]))
                .bind("companyKeys", profile.companyKeys().toArray(new String[0]))
                .bind("placeKey", profile.placeKey())
                .bind("productKeys", profile.productKeys().toArray(new String[0]))
                .bind("score", r.decision().score()).bind("matched", r.decision().matched())
                .bind("reason", r.decision().reason());
    }
}
