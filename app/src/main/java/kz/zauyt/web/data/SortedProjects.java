package kz.zauyt.web.data;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import kz.zauyt.registry.query.FilterSql;
import kz.zauyt.registry.query.Page;
import kz.zauyt.registry.query.Paging;
import kz.zauyt.registry.query.ProjectCount;
import kz.zauyt.registry.query.ProjectFilter;
import kz.zauyt.registry.query.ProjectRow;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * A project list in an order a person picked (by investment, jobs, name...). The registry's
 * {@code ProjectSearch} orders by newest evidence or relevance only, so the web keeps this one
 * read-only query for the other orders, with the same conditions ({@link FilterSql}).
 */
public final class SortedProjects {

    /** Sort keys and their columns; ties break by id so pages never overlap. */
    private static final Map<String, String> COLUMNS = Map.of(
            "name", "lower(p.name)", "status", "p.status", "region", "p.region", "sector", "p.sector",
            "investment", "p.investment", "jobs", "p.jobs", "first", "p.first_evidence", "last", "p.last_evidence",
            "mentions", "p.mentions");
    public static final List<String> KEYS = List.of("name", "status", "region", "sector", "investment", "jobs", "first",
            "last", "mentions");

    private static final String SELECT = "p.id, p.name, p.status, p.status_date, p.region, p.place, p.zone, p.sector, "
            + "p.companies, p.countries, p.products, p.investment, p.currency, p.jobs, p.first_evidence, "
            + "p.last_evidence, p.mentions";

    private final Jdbi jdbi;

    public SortedProjects(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** {@code sort}: a key of {@link #KEYS}, "-" in front for descending. */
    public Page<ProjectRow> list(ProjectFilter filter, String sort, Paging paging) {
        boolean desc = sort.startsWith("-");
        String column = COLUMNS.get(desc ? sort.substring(1) : sort);
        if (column == null) {
            throw new IllegalArgumentException("cannot sort projects by '" + sort + "'; keys: " + KEYS);
        }
        FilterSql w = new FilterSql(filter);
        String order = " order by " + column + (desc ? " desc nulls last" : " asc nulls last") + ", p.id"
                + (desc ? " desc" : "");
        return jdbi.withHandle(h -> {
            Query q = h.createQuery("select " + SELECT + w.from() + order + " limit :limit offset :offset")
                    .bind("limit", paging.size()).bind("offset", (long) (paging.page() - 1) * paging.size());
            List<ProjectRow> rows = w.bind(q).map((rs, ctx) -> row(rs)).list();
            ProjectCount.Count n = ProjectCount.of(h, filter, w, paging, rows.size());
            return new Page<>(rows, n.total(), n.exact(), paging);
        });
    }

    private static ProjectRow row(ResultSet rs) throws SQLException {
        double inv = rs.getDouble("investment");
        Double investment = rs.wasNull() ? null : inv;
        long j = rs.getLong("jobs");
        Long jobs = rs.wasNull() ? null : j;
        return new ProjectRow(rs.getLong("id"), rs.getString("name"), rs.getString("status"), Rows.date(rs, "status_date"),
                rs.getString("region"), rs.getString("place"), rs.getString("zone"), rs.getString("sector"),
                texts(rs.getArray("companies")), texts(rs.getArray("countries")), texts(rs.getArray("products")),
                investment, rs.getString("currency"), jobs, Rows.date(rs, "first_evidence"),
                Rows.date(rs, "last_evidence"), rs.getInt("mentions"));
    }

    private static List<String> texts(Array a) throws SQLException {
        return a == null ? List.of() : List.of((String[]) a.getArray());
    }
}
