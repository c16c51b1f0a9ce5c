package kz.zauyt.registry.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import kz.zauyt.extract.text.Span;
import kz.zauyt.registry.db.Json;

/** A stored indicator (a figure reached) with the document it was read from. */
public record IndicatorRecord(long id, String documentId, String title, String source, LocalDate published,
                              String metric, String region, String sector, String periodFrom, String periodTo,
                              double value, String unit, Double changePercent, String changeBasis, List<Span> evidence,
                              String quote) {

    public IndicatorRecord {
        evidence = List.copyOf(evidence);
    }

    public static final String COLUMNS = "i.id, i.document_id, d.title, d.source, d.published, i.metric, i.region, "
            + "i.sector, i.period_from, i.period_to, i.value, i.unit, i.change_percent, i.change_basis, "
            + "i.evidence::text as evidence, i.quote";

    public static IndicatorRecord map(ResultSet rs) throws SQLException {
        double change = rs.getDouble("change_percent");
        Double c = rs.wasNull() ? null : change;
        java.sql.Date published = rs.getDate("published");
        return new IndicatorRecord(rs.getLong("id"), rs.getString("document_id"), rs.getString("title"),
                rs.getString("source"), published == null ? null : published.toLocalDate(), rs.getString("metric"),
                rs.getString("region"), rs.getString("sector"), rs.getString("period_from"), rs.getString("period_to"),
                rs.getDouble("value"), rs.getString("unit"), c, rs.getString("change_basis"),
                Json.spans(rs.getString("evidence")), rs.getString("quote"));
    }

    /** The last day the figure covers: its period's end, else its start, else the publication date. */
    public LocalDate covers() {
        LocalDate end = Periods.end(periodTo != null ? periodTo : periodFrom);
        return end != null ? end : published;
    }
}
