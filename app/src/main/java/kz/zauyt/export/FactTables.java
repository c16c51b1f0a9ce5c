package kz.zauyt.export;

import java.io.IOException;
import java.util.List;
import kz.zauyt.registry.ledger.IndicatorRecord;
import kz.zauyt.registry.ledger.TargetRecord;
import kz.zauyt.web.Lang;
import kz.zauyt.web.Regions;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * Indicators (figures reached) and targets (figures promised) as read from each article, one row per
 * fact, with its sentence and article; streamed through a cursor in id order. Narrowed as the
 * indicators page narrows them: a metric containing the given words, a region.
 */
final class FactTables {

    static final List<Column> INDICATORS = List.of(Column.integer("id"), Column.text("metric"), Column.text("region"),
            Column.text("region_name"), Column.text("sector"), Column.text("period_from"), Column.text("period_to"),
            Column.number("value"), Column.text("unit"), Column.number("change_percent"), Column.text("change_basis"),
            Column.text("evidence"), Column.text("source"), Column.text("source_title"), Column.date("source_published"),
            Column.text("document_id"));

    static final List<Column> TARGETS = List.of(Column.integer("id"), Column.text("metric"), Column.text("region"),
            Column.text("region_name"), Column.text("sector"), Column.number("value"), Column.text("unit"),
            Column.text("per"), Column.text("deadline"), Column.text("set_by"), Column.text("evidence"),
            Column.text("source"), Column.text("source_title"), Column.date("source_published"),
            Column.text("document_id"));

    private final Jdbi jdbi;

    FactTables(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    long indicators(String metric, String region, TableSink sink) throws IOException {
        return stream("select " + IndicatorRecord.COLUMNS + ", coalesce(d.url, d.source) as address "
                + "from indicator i join document d on d.id = i.document_id", "i", metric, region, sink, (rs, ctx) -> {
                    IndicatorRecord i = IndicatorRecord.map(rs);
                    return new Object[] {i.id(), i.metric(), i.region(), regionName(i.region()), i.sector(), i.periodFrom(),
                        i.periodTo(), i.value(), i.unit(), i.changePercent(), i.changeBasis(), i.quote(),
                        rs.getString("address"), i.title(), i.published(), i.documentId()};
                });
    }

    long targets(String metric, String region, TableSink sink) throws IOException {
        return stream("select " + TargetRecord.COLUMNS + ", coalesce(d.url, d.source) as address "
                + "from target t join document d on d.id = t.document_id", "t", metric, region, sink, (rs, ctx) -> {
                    TargetRecord t = TargetRecord.map(rs);
                    return new Object[] {t.id(), t.metric(), t.region(), regionName(t.region()), t.sector(), t.value(),
                        t.unit(), t.per(), t.deadline(), t.setBy(), t.quote(), rs.getString("address"), t.title(),
                        t.published(), t.documentId()};
                });
    }

    static String regionName(String code) {
        return code == null ? null : Regions.name(code, Lang.EN);
    }

    private long stream(String select, String alias, String metric, String region, TableSink sink,
                        org.jdbi.v3.core.mapper.RowMapper<Object[]> mapper) throws IOException {
        String where = " where true" + (metric == null ? "" : " and " + alias + ".metric ilike :metric")
                + (region == null ? "" : " and " + alias + ".region = :region");
        return Cursor.stream(jdbi, h -> {
            Query q = h.createQuery(select + where + " order by " + alias + ".id");
            if (metric != null) {
                q.bind("metric", "%" + metric.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
            if (region != null) {
                q.bind("region", region);
            }
            return q;
        }, mapper, sink::row);
    }
}
