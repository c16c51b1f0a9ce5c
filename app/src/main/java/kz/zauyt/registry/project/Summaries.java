package kz.zauyt.registry.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Keeps each project row in step with its mentions. Called inside the transaction that changed the
 * mentions, so a reader never sees a project whose summary disagrees with its evidence. A project
 * left without mentions is deleted (a manual pin recreates it by its key when its mention returns).
 */
public final class Summaries {

    private final NameKeys keys;

    public Summaries(NameKeys keys) {
        this.keys = keys;
    }

    public void refresh(Handle h, Collection<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return;
        }
        Long[] ids = projectIds.toArray(new Long[0]);
        Map<Long, List<MentionRecord>> byProject = new LinkedHashMap<>();
        for (Long id : ids) {
            byProject.put(id, new ArrayList<>());
        }
        h.createQuery("select " + MentionRecord.COLUMNS + " from mention m join document d on d.id = m.document_id "
                        + "where m.project_id = any(:ids)")
                .bind("ids", ids)
                .map((rs, ctx) -> MentionRecord.map(rs))
                .forEach(m -> byProject.get(m.projectId()).add(m));
        List<Long> empty = new ArrayList<>();
        PreparedBatch updates = h.prepareBatch(UPDATE);
        for (Map.Entry<Long, List<MentionRecord>> e : byProject.entrySet()) {
            if (e.getValue().isEmpty()) {
                empty.add(e.getKey());
            } else {
                bind(updates, e.getKey(), ProjectSummary.of(e.getValue(), keys)).add();
            }
        }
        if (updates.size() > 0) {
            updates.execute();
        }
        if (!empty.isEmpty()) {
            h.createUpdate("delete from project where id = any(:ids)").bind("ids", empty.toArray(new Long[0])).execute();
        }
    }

    private static final String UPDATE = "update project set name = :name, status = :status, status_date = :statusDate, "
            + "region = :region, place = :place, zone = :zone, sector = :sector, companies = :companies, "
            + "company_keys = :companyKeys, countries = :countries, products = :products, investment = :investment, "
            + "currency = :currency, jobs = :jobs, first_evidence = :first, last_evidence = :last, "
            + "first_year = :firstYear, last_year = :lastYear, mentions = :mentions, "
            + "search = setweight(to_tsvector('english', :enA), 'A') || setweight(to_tsvector('english', :enC), 'C')"
            + " || setweight(to_tsvector('russian', :ruA), 'A') || setweight(to_tsvector('russian', :ruC), 'C')"
            + " || setweight(to_tsvector('simple', :simpleA), 'A') || setweight(to_tsvector('simple', :simpleC), 'C') "
            + "where id = :id";

    private static PreparedBatch bind(PreparedBatch b, long id, ProjectSummary s) {
        return b.bind("id", id)
                .bind("name", s.name())
                .bind("status", s.status())
                .bind("statusDate", s.statusDate())
                .bind("region", s.region())
                .bind("place", s.place())
                .bind("zone", s.zone())
                .bind("sector", s.sector())
                .bind("companies", s.companies().toArray(new String[0]))
                .bind("companyKeys", s.companyKeys().toArray(new String[0]))
                .bind("countries", s.countries().toArray(new String[0]))
                .bind("products", s.products().toArray(new String[0]))
                .bind("investment", s.investment() == null ? null : s.investment().amount())
                .bind("currency", s.investment() == null ? null : s.investment().currency())
                .bind("jobs", s.jobs())
                .bind("first", s.firstEvidence())
                .bind("last", s.lastEvidence())
                .bind("firstYear", year(s.firstEvidence()))
                .bind("lastYear", year(s.lastEvidence()))
                .bind("mentions", s.mentions())
                .bind("enA", s.searchText().getOrDefault("english:A", ""))
                .bind("enC", s.searchText().getOrDefault("english:C", ""))
                .bind("ruA", s.searchText().getOrDefault("russian:A", ""))
                .bind("ruC", s.searchText().getOrDefault("russian:C", ""))
                .bind("simpleA", s.searchText().getOrDefault("simple:A", ""))
                .bind("simpleC", s.searchText().getOrDefault("simple:C", ""));
    }

    private static Integer year(LocalDate d) {
        return d == null ? null : d.getYear();
    }
}
