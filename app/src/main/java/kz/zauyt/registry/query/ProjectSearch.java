package kz.zauyt.registry.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * Project lists for the web: filtered, full-text searched, paginated, and their totals, newest
 * evidence first.
 */
public final class ProjectSearch {

    private final Jdbi jdbi;

    public ProjectSearch(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Page<ProjectRow> search(ProjectFilter filter, Paging paging) {
        FilterSql f = new FilterSql(filter);
        // newest evidence first, searches too: ranking every match of a common word ("cement": thousands
        // of projects) reads all their search vectors, tens of milliseconds, to show twenty
        String order = " order by p.last_evidence desc nulls last, p.id desc";
        return jdbi.withHandle(h -> {
            List<ProjectRow> rows = f.bind(h.createQuery("select " + ProjectRow.COLUMNS + f.from()
                            + order + " limit :limit offset :offset"))
                    .bind("limit", paging.size()).bind("offset", paging.offset())
                    .map((rs, ctx) -> ProjectRow.map(rs)).list();
            ProjectCount.Count n = ProjectCount.of(h, filter, f, paging, rows.size());
            return new Page<>(rows, n.total(), n.exact(), paging);
        });
    }

    /**
     * Projects and investment per region, sector section, status or investor country, within a filter.
     * Unfiltered totals come from project_total, which a trigger keeps as projects change (V5); a
     * filter narrows the projects first, by the same indexes as the lists.
     */
    public List<Total> totals(Dimension by, ProjectFilter filter) {
        return totals(by, filter, true);
    }

    /** {@code kept}: read unfiltered totals from project_total rather than counting the projects. */
    List<Total> totals(Dimension by, ProjectFilter filter, boolean kept) {
        FilterSql f = new FilterSql(filter);
        return jdbi.withHandle(h -> {
            Map<String, long[]> counts = new LinkedHashMap<>();
            Map<String, Map<String, Double>> sums = new LinkedHashMap<>();
            Map<String, double[]> converted = new LinkedHashMap<>();
            var query = f.isEmpty() && kept
                    ? h.createQuery("select nullif(key, '') as k, nullif(currency, '') as currency, projects as n, "
                            + "case when invested > 0 then amount::float8 end as amount, converted as c, "
                            + "amount_kzt::float8 as kzt, amount_usd::float8 as usd from project_total "
                            + "where dimension = :dimension and projects > 0").bind("dimension", by.key)
                    : f.bind(h.createQuery("select k, currency, count(*) as n, sum(investment) as amount, "
                            + "count(investment_kzt) as c, sum(investment_kzt) as kzt, sum(investment_usd) as usd from (select "
                            + by.sql + " as k, p.currency, p.investment, p.investment_kzt, p.investment_usd from project p"
                            + f.where() + ") g group by k, currency"));
            query.map((rs, ctx) -> {
                String key = rs.getString("k");
                counts.computeIfAbsent(key, k -> new long[1])[0] += rs.getLong("n");
                if (rs.getLong("c") > 0) {
                    double[] c = converted.computeIfAbsent(key, k -> new double[2]);
                    c[0] += rs.getDouble("kzt");
                    c[1] += rs.getDouble("usd");
                }
                String currency = rs.getString("currency");
                double amount = rs.getDouble("amount");
                if (currency != null && !rs.wasNull()) {
                    sums.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(currency, amount, Double::sum);
                }
                return key;
            }).list();
            List<Total> out = new ArrayList<>();
            counts.forEach((k, n) -> {
                double[] c = converted.get(k);
                out.add(new Total(k, n[0], sums.getOrDefault(k, Map.of()), c == null ? null : c[0], c == null ? null : c[1]));
            });
            out.sort(Comparator.comparingLong(Total::projects).reversed()
                    .thenComparing(Total::key, Comparator.nullsLast(Comparator.naturalOrder())));
            return out;
        });
    }
}
