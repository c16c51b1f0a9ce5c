package kz.zauyt.registry.query;

/** What project totals are grouped by. Sectors group by NACE section (C29 counts under C). */
public enum Dimension {
    REGION("p.region"),
    SECTOR("left(p.sector, 1)"),
    STATUS("p.status"),
    /** The home country of an operator or investor: a project with a Chinese and a Korean investor counts in both. */
    COUNTRY("unnest(case when cardinality(p.countries) = 0 then array[null::text] else p.countries end)");

    final String sql;

    Dimension(String sql) {
        this.sql = sql;
    }
}
