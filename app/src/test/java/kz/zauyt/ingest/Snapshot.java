package kz.zauyt.ingest;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * A registry's content without its generated ids, for comparing two registries built by different
 * runs: documents with their facts, and projects as the sets of mentions they hold with their summary.
 */
public final class Snapshot {

    private Snapshot() {
    }

    public static List<String> of(Jdbi jdbi) {
        return jdbi.withHandle(h -> {
            List<String> rows = new java.util.ArrayList<>(h.createQuery(
                    "select concat_ws('|', d.id, d.title, d.published, d.extractor_version, "
                            + "(select count(*) from mention m where m.document_id = d.id), "
                            + "(select count(*) from indicator i where i.document_id = d.id), "
                            + "(select count(*) from target t where t.document_id = d.id)) from document d order by d.id")
                    .mapTo(String.class).list());
            rows.addAll(h.createQuery("select concat_ws('|', p.name, p.status, p.status_date, p.region, p.sector, "
                            + "p.first_evidence, p.last_evidence, p.mentions, array_to_string(p.companies, ','), "
                            + "(select string_agg(m.document_id || '#' || m.ordinal, ',' order by m.document_id, m.ordinal) "
                            + "from mention m where m.project_id = p.id)) from project p order by 1")
                    .mapTo(String.class).list());
            return rows;
        });
    }
}
