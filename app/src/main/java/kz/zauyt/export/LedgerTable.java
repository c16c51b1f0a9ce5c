package kz.zauyt.export;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.zauyt.registry.Registry;
import kz.zauyt.registry.ledger.IndicatorRecord;
import kz.zauyt.registry.ledger.LedgerEntry;
import kz.zauyt.registry.ledger.TargetRecord;
import kz.zauyt.registry.ledger.TargetState;

/**
 * The targets ledger as the registry judges it ({@link kz.zauyt.registry.ledger.TargetLedger#entries}):
 * one row per promise, the target beside its latest reading, the state and the progress, with the
 * sentence and article of both. The ledger is judged whole by the registry; this only writes it.
 */
final class LedgerTable {

    static final List<Column> COLUMNS = List.of(Column.text("metric"), Column.text("region"), Column.text("region_name"),
            Column.text("sector"), Column.number("target"), Column.text("unit"), Column.text("per"),
            Column.text("deadline"), Column.text("set_by"), Column.text("state"), Column.number("progress_percent"),
            Column.text("annualised"), Column.number("latest_value"), Column.text("latest_period_from"),
            Column.text("latest_period_to"), Column.text("latest_evidence"), Column.text("latest_source"),
            Column.date("latest_published"), Column.integer("readings"), Column.integer("statements"),
            Column.text("target_evidence"), Column.text("target_source"), Column.date("target_published"),
            Column.list("other_sources"));

    private final Registry registry;

    LedgerTable(Registry registry) {
        this.registry = registry;
    }

    long write(String metric, String region, TargetState state, LocalDate asOf, TableSink sink) throws IOException {
        List<LedgerEntry> entries = registry.ledger().entries(asOf).stream()
                .filter(e -> state == null || e.state() == state)
                .filter(e -> region == null || region.equals(e.target().region()))
                .filter(e -> metric == null || e.target().metric().toLowerCase(Locale.ROOT)
                        .contains(metric.toLowerCase(Locale.ROOT)))
                .toList();
        Map<String, String> urls = urls(entries);
        for (LedgerEntry e : entries) {
            TargetRecord t = e.target();
            IndicatorRecord r = e.latest();
            List<String> others = e.statements().stream().skip(1)
                    .map(s -> address(urls, s.documentId(), s.source())).distinct().toList();
            sink.row(new Object[] {t.metric(), t.region(), FactTables.regionName(t.region()), t.sector(), t.value(),
                t.unit(), t.per(), t.deadline(), t.setBy(), e.state().label(),
                e.progress() == null ? null : Math.round(e.progress() * 1000) / 10.0, e.annualised() ? "yes" : "no",
                r == null ? null : r.value(), r == null ? null : r.periodFrom(), r == null ? null : r.periodTo(),
                r == null ? null : r.quote(), r == null ? null : address(urls, r.documentId(), r.source()),
                r == null ? null : r.published(), e.readings().size(), e.statements().size(), t.quote(),
                address(urls, t.documentId(), t.source()), t.published(), others});
        }
        return entries.size();
    }

    private static String address(Map<String, String> urls, String document, String source) {
        return urls.getOrDefault(document, source);
    }

    /** The address each article was fetched from, where it was (the ledger's records carry the ingest source). */
    private Map<String, String> urls(List<LedgerEntry> entries) {
        String[] ids = entries.stream().flatMap(e -> java.util.stream.Stream.concat(
                e.statements().stream().map(TargetRecord::documentId),
                e.latest() == null ? java.util.stream.Stream.<String>empty() : java.util.stream.Stream.of(e.latest().documentId())))
                .distinct().toArray(String[]::new);
        Map<String, String> out = new HashMap<>();
        registry.database().jdbi().useHandle(h -> h.createQuery("select id, url from document where id = any(:ids) and url is not null")
                .bind("ids", ids).map((rs, ctx) -> new String[] {rs.getString("id"), rs.getString("url")})
                .forEach(a -> out.put(a[0], a[1])));
        return out;
    }
}
