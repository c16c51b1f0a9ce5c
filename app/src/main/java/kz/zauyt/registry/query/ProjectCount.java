package kz.zauyt.registry.query;

import java.util.EnumMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * How many projects a list's filter lets through, for its "N projects" line and its pages. A filter on
 * one region, status, sector section or investor country (or none) is counted exactly and at once from
 * project_total, which a trigger keeps. Any other is counted only ten pages past the page asked for
 * (at least {@value #AHEAD} rows) and then reported as "more than": counting is reading, and a thousand
 * matches of a full-text search cost ten times the page. Going further along the list counts further.
 */
public final class ProjectCount {

    /** How many rows past the start of the page are counted, at least. */
    static final int AHEAD = 250;

    private ProjectCount() {
    }

    /**
     * The total for a page whose rows are {@code shown} of the list (offset and size from {@code paging});
     * {@code f} is the filter as the list's query used it.
     */
    public static Count of(Handle h, ProjectFilter filter, FilterSql f, Paging paging, int shown) {
        if (shown > 0 && shown < paging.size() || paging.page() == 1 && shown == 0) {
            return new Count(paging.offset() + shown, true); // the list ends on this page: nothing to count
        }
        Long kept = kept(h, filter);
        if (kept != null) {
            return new Count(Page.bounded(paging, shown, kept), true);
        }
        // a page past the end (nothing shown) is counted to its end, which lies before the page: exact
        long cap = paging.offset() + Math.max(AHEAD, 10L * paging.size());
        long n = f.bind(h.createQuery("select count(*) from (select 1 from project p" + f.where() + " limit :cap) c"))
                .bind("cap", cap + 1).mapTo(Long.class).one();
        boolean exact = n <= cap;
        return new Count(Page.bounded(paging, shown, exact ? n : cap), exact);
    }

    /** The exact count project_total holds for this filter, or null when it holds none. */
    private static Long kept(Handle h, ProjectFilter f) {
        if (f.company() != null || f.year() != null || f.text() != null
                || f.sector() != null && f.sector().length() != 1) {
            return null; // divisions are kept only as their section
        }
        Map<Dimension, String> given = new EnumMap<>(Dimension.class);
        if (f.region() != null) {
            given.put(Dimension.REGION, f.region());
        }
        if (f.status() != null) {
            given.put(Dimension.STATUS, f.status());
        }
        if (f.country() != null) {
            given.put(Dimension.COUNTRY, f.country());
        }
        if (f.sector() != null) {
            given.put(Dimension.SECTOR, f.sector());
        }
        if (given.size() > 1) {
            return null;
        }
        if (given.isEmpty()) {
            // every project has one status group (perhaps '', unknown)
            return h.createQuery("select coalesce(sum(projects), 0) from project_total where dimension = 'status'")
                    .mapTo(Long.class).one();
        }
        Map.Entry<Dimension, String> only = given.entrySet().iterator().next();
        return h.createQuery("select coalesce(sum(projects), 0) from project_total where dimension = :d and key = :k")
                .bind("d", only.getKey().key).bind("k", only.getValue()).mapTo(Long.class).one();
    }

    /** {@code exact} false: {@code total} is a lower bound. */
    public record Count(long total, boolean exact) {
    }
}
