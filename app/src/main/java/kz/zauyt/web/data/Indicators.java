package kz.zauyt.web.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kz.zauyt.registry.query.Page;
import kz.zauyt.registry.query.Paging;
import kz.zauyt.registry.ledger.IndicatorRecord;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * Indicators as series: one series per metric, region, sector and unit (the same key the targets
 * ledger links by), its readings oldest first.
 */
public final class Indicators {

    /** One series and its readings. */
    public record Series(String metric, String region, String sector, String unit, List<IndicatorRecord> readings) {
        public Series {
            readings = List.copyOf(readings);
        }
    }

    private final Jdbi jdbi;

    public Indicators(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Series whose metric contains {@code metric} (null for all) and in {@code region}; biggest first. */
    public Page<Series> series(String metric, String region, Paging paging) {
        String where = " where true" + (metric == null ? "" : " and i.metric ilike :metric")
                + (region == null ? "" : " and i.region = :region");
        return jdbi.withHandle(h -> {
            List<Series> keys = bind(h.createQuery("select i.metric, i.region, i.sector, i.unit, count(*) as n from indicator i"
                            + where + " group by 1, 2, 3, 4 order by n desc, 1, 2 nulls first, 3 nulls first, 4 "
                            + "limit :limit offset :offset"), metric, region)
                    .bind("limit", paging.size()).bind("offset", (long) (paging.page() - 1) * paging.size())
                    .map((rs, ctx) -> new Series(rs.getString("metric"), rs.getString("region"), rs.getString("sector"),
                            rs.getString("unit"), List.of()))
                    .list();
            List<Series> out = new ArrayList<>();
            for (Series k : keys) {
                List<IndicatorRecord> readings = new ArrayList<>(h.createQuery("select " + IndicatorRecord.COLUMNS
                                + " from indicator i join document d on d.id = i.document_id where i.metric = :metric "
                                + "and i.unit = :unit and i.region is not distinct from :region "
                                + "and i.sector is not distinct from :sector")
                        .bind("metric", k.metric()).bind("unit", k.unit()).bind("region", k.region())
                        .bind("sector", k.sector()).map((rs, ctx) -> IndicatorRecord.map(rs)).list());
                readings.sort((a, b) -> Objects.compare(a.covers(), b.covers(),
                        java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
                out.add(new Series(k.metric(), k.region(), k.sector(), k.unit(), readings));
            }
            long total = bind(h.createQuery("select count(*) from (select 1 from indicator i" + where
                    + " group by i.metric, i.region, i.sector, i.unit) c"), metric, region).mapTo(Long.class).one();
            return new Page<>(out, Math.max(total, out.size()), true, paging);
        });
    }

    /** Indicator facts one by one, newest publication first: what the API lists. */
    public Page<IndicatorRecord> list(String metric, String region, Paging paging) {
        String where = " where true" + (metric == null ? "" : " and i.metric ilike :metric")
                + (region == null ? "" : " and i.region = :region");
        return jdbi.withHandle(h -> {
            List<IndicatorRecord> rows = bind(h.createQuery("select " + IndicatorRecord.COLUMNS
                            + " from indicator i join document d on d.id = i.document_id" + where
                            + " order by d.published desc nulls last, i.id desc limit :limit offset :offset"), metric, region)
                    .bind("limit", paging.size()).bind("offset", (long) (paging.page() - 1) * paging.size())
                    .map((rs, ctx) -> IndicatorRecord.map(rs)).list();
            long total = bind(h.createQuery("select count(*) from indicator i" + where), metric, region)
                    .mapTo(Long.class).one();
            return new Page<>(rows, Math.max(total, rows.size()), true, paging);
        });
    }

    private static Query bind(Query q, String metric, String region) {
        if (metric != null) {
            q.bind("metric", "%" + metric.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (region != null) {
            q.bind("region", region);
        }
        return q;
    }
}
