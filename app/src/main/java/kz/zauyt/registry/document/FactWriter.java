package kz.zauyt.registry.document;

import java.util.List;
import kz.zauyt.extract.fact.Indicator;
import kz.zauyt.extract.fact.Target;
import kz.zauyt.registry.db.Json;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Writes a document's indicators and targets, each with its evidence spans and quoted sentences. */
final class FactWriter {

    private FactWriter() {
    }

    static void indicators(Handle h, Article a) {
        List<Indicator> list = a.indicators();
        if (list.isEmpty()) {
            return;
        }
        PreparedBatch b = h.prepareBatch("insert into indicator (document_id, ordinal, metric, region, sector, period_from, "
                + "period_to, value, unit, change_percent, change_basis, evidence, quote) values (:doc, :ordinal, :metric, "
                + ":region, :sector, :from, :to, :value, :unit, :percent, :basis, cast(:evidence as jsonb), :quote)");
        for (int i = 0; i < list.size(); i++) {
            Indicator x = list.get(i);
            b.bind("doc", a.id()).bind("ordinal", i).bind("metric", metric(x.metric()))
                    .bind("region", x.scope() == null ? null : x.scope().region())
                    .bind("sector", x.scope() == null ? null : x.scope().sector())
                    .bind("from", x.period() == null ? null : x.period().from())
                    .bind("to", x.period() == null ? null : x.period().to())
                    .bind("value", x.value()).bind("unit", x.unit())
                    .bind("percent", x.change() == null ? null : x.change().percent())
                    .bind("basis", x.change() == null ? null : x.change().basis())
                    .bind("evidence", Json.spans(x.evidence())).bind("quote", a.quote(x.evidence()))
                    .add();
        }
        b.execute();
    }

    static void targets(Handle h, Article a) {
        List<Target> list = a.targets();
        if (list.isEmpty()) {
            return;
        }
        PreparedBatch b = h.prepareBatch("insert into target (document_id, ordinal, metric, region, sector, value, unit, per, "
                + "deadline, set_by, evidence, quote) values (:doc, :ordinal, :metric, :region, :sector, :value, :unit, "
                + ":per, :deadline, :setBy, cast(:evidence as jsonb), :quote)");
        for (int i = 0; i < list.size(); i++) {
            Target t = list.get(i);
            b.bind("doc", a.id()).bind("ordinal", i).bind("metric", metric(t.metric()))
                    .bind("region", t.scope() == null ? null : t.scope().region())
                    .bind("sector", t.scope() == null ? null : t.scope().sector())
                    .bind("value", t.value()).bind("unit", t.unit()).bind("per", t.per())
                    .bind("deadline", t.deadline()).bind("setBy", t.setBy())
                    .bind("evidence", Json.spans(t.evidence())).bind("quote", a.quote(t.evidence()))
                    .add();
        }
        b.execute();
    }

    /** The contract says metrics are short lower-case English phrases; spacing and case slips still match. */
    static String metric(String m) {
        return m.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
    }
}
