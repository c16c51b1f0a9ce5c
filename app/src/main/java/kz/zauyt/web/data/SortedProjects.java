package kz.zauyt.web.data;

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
            "investment", "p.investment_kzt", "jobs", "p.jobs", "first", "p.first_evidence", "last", "p.last_evidence",
            "mentions", "p.mentions");
    public static final List<String> KEYS = List.of("name", "status", "region", "sector", "investment", "jobs", "first",
            "last", "mentions");

    /** Investment sorts by its tenge at the figure's date: 2.6 bn USD above 3.4 bn KZT. */
    private static final String SELECT = ProjectRow.COLUMNS;

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
            List<ProjectRow> rows = w.bind(q).map((rs, ctx) -> ProjectRow.map(rs)).list();
            ProjectCount.Count n = ProjectCount.of(h, filter, w, paging, rows.size());
            return new Page<>(rows, n.total(), n.exact(), paging);
        });
    }
}
