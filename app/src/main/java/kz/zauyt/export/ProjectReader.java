package kz.zauyt.export;

import java.io.IOException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import kz.zauyt.registry.query.FilterSql;
import kz.zauyt.registry.query.ProjectFilter;
import org.jdbi.v3.core.Jdbi;

/**
 * Streams the projects a filter lets through, in id order, through a server-side {@link Cursor}, each with the evidence of its main values. The
 * evidence comes from the project's mentions by the same index the project page uses: four small
 * look-ups per project.
 */
final class ProjectReader {

    /** The mention behind a value, newest or first report first. */
    private static String evidence(String alias, String condition, String order) {
        return " left join lateral (select m.quote, coalesce(d.url, d.source) as src, d.title, d.published "
                + "from mention m join document d on d.id = m.document_id where m.project_id = p.id" + condition
                + " order by d.published " + order + " nulls last, m.id " + order + " limit 1) " + alias + " on true";
    }

    private static final String SELECT = "select p.id, p.name, p.status, p.status_date, p.region, p.place, p.zone, "
            + "p.sector, p.companies, p.countries, p.products, p.investment, p.currency, p.jobs, p.first_evidence, "
            + "p.last_evidence, p.mentions, "
            + "e.quote as e_quote, e.src as e_src, e.title as e_title, e.published as e_published, "
            + "s.quote as s_quote, s.src as s_src, s.title as s_title, s.published as s_published, "
            + "i.quote as i_quote, i.src as i_src, i.title as i_title, i.published as i_published, "
            + "j.quote as j_quote, j.src as j_src, j.title as j_title, j.published as j_published from project p"
            + evidence("e", "", "desc")
            // the status's first report: the day the project is said to be in it since
            + evidence("s", " and p.status is not null and m.status = p.status", "asc")
            + evidence("i", " and p.investment is not null and m.investment = p.investment and m.currency is not distinct from p.currency", "desc")
            + evidence("j", " and p.jobs is not null and m.jobs = p.jobs", "desc");

    private final Jdbi jdbi;

    ProjectReader(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Every matching project to {@code handler}, in id order; the number of projects. */
    long read(ProjectFilter filter, Cursor.Handler<ExportedProject> handler) throws IOException {
        FilterSql f = new FilterSql(filter);
        return Cursor.stream(jdbi, h -> f.bind(h.createQuery(SELECT + f.where() + " order by p.id")),
                (rs, ctx) -> map(rs), handler);
    }

    private static ExportedProject map(ResultSet rs) throws SQLException {
        double inv = rs.getDouble("investment");
        Double investment = rs.wasNull() ? null : inv;
        long j = rs.getLong("jobs");
        Long jobs = rs.wasNull() ? null : j;
        return new ExportedProject(rs.getLong("id"), rs.getString("name"), rs.getString("status"),
                date(rs, "status_date"), rs.getString("region"), rs.getString("place"), rs.getString("zone"),
                rs.getString("sector"), strings(rs.getArray("companies")), strings(rs.getArray("countries")),
                strings(rs.getArray("products")), investment, rs.getString("currency"), jobs,
                date(rs, "first_evidence"), date(rs, "last_evidence"), rs.getInt("mentions"),
                evidence(rs, "e"), evidence(rs, "s"), evidence(rs, "i"), evidence(rs, "j"));
    }

    static Evidence evidence(ResultSet rs, String prefix) throws SQLException {
        Evidence e = new Evidence(rs.getString(prefix + "_quote"), rs.getString(prefix + "_src"),
                rs.getString(prefix + "_title"), date(rs, prefix + "_published"));
        return e.isEmpty() ? Evidence.NONE : e;
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : List.of((String[]) a.getArray());
    }
}
