package kz.zauyt.registry.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import kz.zauyt.extract.text.Span;
import kz.zauyt.registry.db.Json;

/** A stored target (a figure promised) with the document it was read from. */
public record TargetRecord(long id, String documentId, String title, String source, LocalDate published, String metric,
                           String region, String sector, double value, String unit, String per, String deadline,
                           String setBy, List<Span> evidence, String quote) {

    public TargetRecord {
        evidence = List.copyOf(evidence);
    }

    public static final String COLUMNS = "t.id, t.document_id, d.title, d.source, d.published, t.metric, t.region, "
            + "t.sector, t.value, t.unit, t.per, t.deadline, t.set_by, t.evidence::text as evidence, t.quote";

    public static TargetRecord map(ResultSet rs) throws SQLException {
        java.sql.Date published = rs.getDate("published");
        return new TargetRecord(rs.getLong("id"), rs.getString("document_id"), rs.getString("title"),
                rs.getString("source"), published == null ? null : published.toLocalDate(), rs.getString("metric"),
                rs.getString("region"), rs.getString("sector"), rs.getDouble("value"), rs.getString("unit"),
                rs.getString("per"), rs.getString("deadline"), rs.getString("set_by"),
                Json.spans(rs.getString("evidence")), rs.getString("quote"));
    }
}
