package kz.zauyt.registry.query;

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

    /** The total for a page whose rows are {@code shown} of the list (offset and size from {@code paging}). */
    public static Count of(Handle h, ProjectFilter filter, Paging paging, int shown) {
        if (paging.page() == 1 && shown < paging.size()) {
            return new Count(shown, true); // the whole list fits on this page: nothing to count
        }
        Long kept = kept(h, filter);
        if (kept != null) {
            return new Count(Math.max(kept, paging.offset() + shown), true);
        }
        long cap = paging.offset() + Math.max(AHEAD, 10L * paging.size());
        FilterSql f = new FilterSql(filter);
        long n = f.bind(h.createQuery("select count(*) from (select 1 from project p" + f.where() + " limit :cap) c"))
                .bind("cap", cap + 1).mapTo(Long.class).one();
        boolean exact = n <= cap;
        return new Count(Math.max(exact ? n : cap, paging.offset() + shown), exact);
    }

    /** The exact count project_total holds for this filter, or null when it holds none. */
    private static Long kept(Handle h, ProjectFilter f) {
        if (f.company() != null || f.year() != null || f.text() != null) {
            return null;
        }
        String dimension = null;
        String key = null;
        int given = 0;
        if (f.region() != null) {
            dimension = "region";
            key = f.region();
            given++;
        }
        if (f.status() != null) {
            dimension = "status";
            key = f.status();
            given++;
        }
        if (f.country() != null) {
            dimension = "country";
            key = f.country();
            given++;
        }
        if (f.sector() != null) {
            if (f.sector().length() != 1) {
                return null; // divisions are not kept, only sections
            }
            dimension = "sector";
            key = f.sector();
            given++;
        }
        if (given > 1) {
            return null;
        }
        if (given == 0) {
            // every project has one status group (perhaps '', unknown)
            return h.createQuery("select coalesce(sum(projects), 0) from project_total where dimension = 'status'")
                    .mapTo(Long.class).one();
        }
        return h.createQuery("select coalesce(sum(projects), 0) from project_total where dimension = :d and key = :k")
                .bind("d", dimension).bind("k", key).mapTo(Long.class).one();
    }

    /** {@code exact} false: {@code total} is a lower bound. */
    public record Count(long total, boolean exact) {
    }
}
