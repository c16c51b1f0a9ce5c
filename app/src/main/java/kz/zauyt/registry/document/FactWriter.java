package kz.zauyt.registry.document;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.Locale;
import kz.zauyt.extract.fact.Indicator;
import kz.zauyt.extract.fact.Target;
import kz.zauyt.registry.db.Json;
import kz.zauyt.registry.db.Script;

/** Adds a document's indicators and targets, each with its evidence spans and quoted sentences, to a script. */
final class FactWriter {

    private FactWriter() {
    }

    static void indicators(Script s, Article a) {
        List<Indicator> list = a.indicators();
        if (list.isEmpty()) {
            return;
        }
        ArrayNode rows = Json.array();
        for (int i = 0; i < list.size(); i++) {
            Indicator x = list.get(i);
            rows.addObject().put("document_id", a.id()).put("ordinal", i).put("metric", metric(x.metric()))
                    .put("region", x.scope() == null ? null : x.scope().region())
                    .put("sector", x.scope() == null ? null : x.scope().sector())
                    .put("period_from", x.period() == null ? null : x.period().from())
                    .put("period_to", x.period() == null ? null : x.period().to())
                    .put("value", x.value()).put("unit", x.unit())
                    .put("change_percent", x.change() == null ? null : x.change().percent())
                    .put("change_basis", x.change() == null ? null : x.change().basis())
                    .put("quote", a.quote(x.evidence()))
                    .set("evidence", Json.spans(x.evidence()));
        }
        s.add("insert into indicator (document_id, ordinal, metric, region, sector, period_from, period_to, value, unit, "
                + "change_percent, change_basis, evidence, quote) select * from jsonb_to_recordset(?::jsonb) as x("
                + "document_id text, ordinal int, metric text, region text, sector text, period_from text, period_to text, "
                + "value float8, unit text, change_percent float8, change_basis text, evidence jsonb, quote text)", rows.toString());
    }

    static void targets(Script s, Article a) {
        List<Target> list = a.targets();
        if (list.isEmpty()) {
            return;
        }
        ArrayNode rows = Json.array();
        for (int i = 0; i < list.size(); i++) {
            Target t = list.get(i);
            rows.addObject().put("document_id", a.id()).put("ordinal", i).put("metric", metric(t.metric()))
                    .put("region", t.scope() == null ? null : t.scope().region())
                    .put("sector", t.scope() == null ? null : t.scope().sector())
                    .put("value", t.value()).put("unit", t.unit()).put("per", t.per())
                    .put("deadline", t.deadline()).put("set_by", t.setBy())
                    .put("quote", a.quote(t.evidence()))
                    .set("evidence", Json.spans(t.evidence()));
        }
        s.add("insert into target (document_id, ordinal, metric, region, sector, value, unit, per, deadline, set_by, "
                + "evidence, quote) select * from jsonb_to_recordset(?::jsonb) as x(document_id text, ordinal int, "
                + "metric text, region text, sector text, value float8, unit text, per text, deadline text, set_by text, "
                + "evidence jsonb, quote text)", rows.toString());
    }

    /** The contract says metrics are short lower-case English phrases; spacing and case slips still match. */
    static String metric(String m) {
        return m.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
