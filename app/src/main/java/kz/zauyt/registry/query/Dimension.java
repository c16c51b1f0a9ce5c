package kz.zauyt.registry.query;

/** What project totals are grouped by. Sectors group by NACE section (C29 counts under C). */
public enum Dimension {
    REGION("region", "p.region"),
    SECTOR("sector", "left(p.sector, 1)"),
    STATUS("status", "p.status"),
    /** The home country of an operator or investor: a project with a Chinese and a Korean investor counts in both. */
    COUNTRY("country", "unnest(case when cardinality(p.countries) = 0 then array[null::text] else p.countries end)");

    /** Its name in project_total, whose trigger groups the same way as {@link #sql}. */
    final String key;
    final String sql;

    Dimension(String key, String sql) {
        this.key = key;
        this.sql = sql;
    }
}
