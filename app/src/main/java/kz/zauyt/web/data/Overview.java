package kz.zauyt.web.data;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * The registry at a glance: counts, summed jobs and investment (per currency, and converted to KZT and USD), and
 * the newest evidence. Read-only queries the registry's service layer does not offer.
 */
public final class Overview {

    /** How big the registry is. */
    public record Counts(long projects, long documents, long indicators, long targets, long jobs,
                         Map<String, Double> investment, Double kzt, Double usd) {
    }

    /** One recently reported project fact: what was said, where and when. */
    public record Evidence(long mentionId, long projectId, String project, String status, String documentId,
                           String title, LocalDate published, String quote) {
    }

    private final Jdbi jdbi;

    public Overview(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Counts counts() {
        return jdbi.withHandle(h -> {
            Map<String, Double> investment = new LinkedHashMap<>();
            h.createQuery("select currency, sum(investment) as s from project where investment is not null "
                            + "and currency is not null group by currency order by s desc")
                    .map((rs, ctx) -> investment.put(rs.getString("currency"), rs.getDouble("s"))).list();
            return h.createQuery("select (select count(*) from project) as projects, "
                            + "(select count(*) from document) as documents, (select count(*) from indicator) as indicators, "
                            + "(select count(*) from target) as targets, (select coalesce(sum(jobs), 0) from project) as jobs, "
                            // converted sums kept by project_total's trigger: every project has one status group
                            + "(select sum(amount_kzt)::float8 from project_total where dimension = 'status' and converted <> 0) as kzt, "
                            + "(select sum(amount_usd)::float8 from project_total where dimension = 'status' and converted <> 0) as usd")
                    .map((rs, ctx) -> new Counts(rs.getLong("projects"), rs.getLong("documents"), rs.getLong("indicators"),
                            rs.getLong("targets"), rs.getLong("jobs"), investment, nullable(rs, "kzt"), nullable(rs, "usd")))
                    .one();
        });
    }

    private static Double nullable(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    /** The latest project facts by publication date. */
    public List<Evidence> newest(int limit) {
        return jdbi.withHandle(h -> h.createQuery("select m.id, m.project_id, p.name, m.status, d.id as doc, d.title, "
                        + "d.published, m.quote from mention m join document d on d.id = m.document_id "
                        + "join project p on p.id = m.project_id order by d.published desc nulls last, m.id desc limit :n")
                .bind("n", limit)
                .map((rs, ctx) -> new Evidence(rs.getLong("id"), rs.getLong("project_id"), rs.getString("name"),
                        rs.getString("status"), rs.getString("doc"), rs.getString("title"), Rows.date(rs, "published"),
                        rs.getString("quote")))
                .list());
    }
}
