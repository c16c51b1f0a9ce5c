package kz.zauyt.registry.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * The targets ledger: every promise next to the figures that measure it, judged by the rules of
 * {@link Judge}. Metrics are the contract's short English phrases, so Russian and English news land in
 * one series; {@link MetricVocabulary} tells a level from a growth rate or a share. Judged as of a given
 * day, from what had been published by then, never "today" implicitly: the ledger of a past day can be rebuilt.
 *
 * <p>A plant's capacity is no promise and no reading: extraction can take "the plant will be able to
 * produce 60 thousand cars a year" for a target, or "design capacity 240,000 tonnes" for an output
 * figure. A target or indicator of an article about a plant, whose value and unit are that plant's
 * capacity or the capacity of any plant of its region, is left out, and the page says so.
 *
 * <p>Judging reads every target and every reading of their metrics. The last ledger is kept and served
 * again while the targets and indicators are the same rows (same counts, same newest ids: facts are
 * only ever inserted or deleted, and a re-extracted document's facts come back with new ids).
 */
public final class TargetLedger {

    private static final Comparator<IndicatorRecord> OLDEST_FIRST = Comparator
            .comparing(IndicatorRecord::covers, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(IndicatorRecord::published, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(IndicatorRecord::id);

    /** Changes whenever a target or an indicator is added or removed. */
    private static final String FACTS_SIGNATURE = "select (select count(*) from target) || ':' "
            + "|| (select coalesce(max(id), 0) from target) || ':' || (select count(*) from indicator) || ':' "
            + "|| (select coalesce(max(id), 0) from indicator)";

    /**
     * Facts of a table (target or indicator) equal to a plant's capacity: their article is about a plant
     * (it has a project mention) and either that plant's capacity, or the capacity of a plant of the
     * fact's region in any article (the same plant told by another article the matcher kept apart), is
     * the fact's value and unit. Percentages are never capacities. {@code capacity_key} (V11) keeps
     * every capacity by region: facts of a value no plant has are dismissed by one index lookup, and
     * only the others look at their article's mentions (0.3 s instead of 1.8 s on 100,000 projects).
     */
    private static final String CAPACITY = "with candidate as materialized (select f.id, f.document_id, f.region, f.unit, "
            + "f.value, jsonb_build_array(jsonb_build_object('value', f.value, 'unit', f.unit)) as cap from %s f "
            + "where f.unit <> '%%' and f.metric in (select metric from target) "
            + "and exists (select 1 from capacity_key k where k.unit = f.unit and k.value = f.value)) "
            // "offset 0" keeps the mentions an index lookup per candidate: joined, PostgreSQL would hash them all
            + "select c.id from candidate c where exists (select 1 from (select m.capacity from mention m "
            + "where m.document_id = c.document_id offset 0) m where m.capacity @> c.cap "
            + "or exists (select 1 from capacity_key k where k.region = coalesce(c.region, '') and k.unit = c.unit and k.value = c.value))";

    /** The ledger of one day, and the statements left out of it as a plant's capacity. */
    public record Ledger(List<LedgerEntry> entries, List<TargetRecord> capacities) {
        public Ledger {
            entries = List.copyOf(entries);
            capacities = List.copyOf(capacities);
        }
    }

    private record Judged(String signature, LocalDate asOf, Ledger ledger) {
    }

    private final Jdbi jdbi;
    private final MetricVocabulary vocabulary = MetricVocabulary.get();
    private volatile Judged last;

    public TargetLedger(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<LedgerEntry> entries(LocalDate asOf) {
        return ledger(asOf).entries();
    }

    public Ledger ledger(LocalDate asOf) {
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, h -> {
            // one snapshot: the signature describes exactly the rows judged below
            String signature = h.createQuery(FACTS_SIGNATURE).mapTo(String.class).one();
            Judged cached = last;
            if (cached != null && cached.signature().equals(signature) && cached.asOf().equals(asOf)) {
                return cached.ledger();
            }
            // compiling these plans costs more than running them (1.6 s of JIT on a 100,000-project registry)
            h.execute("set local jit = off");
            List<TargetRecord> targets = h.createQuery("select " + TargetRecord.COLUMNS
                            + " from target t join document d on d.id = t.document_id order by d.published nulls last, t.id")
                    .map((rs, ctx) -> TargetRecord.map(rs)).list();
            List<IndicatorRecord> indicators = h.createQuery("select " + IndicatorRecord.COLUMNS
                            + " from indicator i join document d on d.id = i.document_id "
                            + "where i.metric in (select metric from target)")
                    .map((rs, ctx) -> IndicatorRecord.map(rs)).list();
            Set<Long> targetCapacities = ids(h, "target");
            Set<Long> readingCapacities = ids(h, "indicator");
            List<TargetRecord> capacities = targets.stream().filter(t -> targetCapacities.contains(t.id()))
                    .filter(t -> t.published() == null || !t.published().isAfter(asOf)).toList();
            Ledger ledger = new Ledger(entries(targets.stream().filter(t -> !targetCapacities.contains(t.id())).toList(),
                    indicators.stream().filter(i -> !readingCapacities.contains(i.id())).toList(), asOf), capacities);
            last = new Judged(signature, asOf, ledger);
            return ledger;
        });
    }

    private static Set<Long> ids(Handle h, String table) {
        return new HashSet<>(h.createQuery(String.format(CAPACITY, table)).mapTo(Long.class).list());
    }

    List<LedgerEntry> entries(List<TargetRecord> targets, List<IndicatorRecord> indicators, LocalDate asOf) {
        // one promise (metric, kind, unit, scope, value, deadline's year) repeated by ten articles is one entry
        Map<List<Object>, List<TargetRecord>> promises = new LinkedHashMap<>();
        Map<Long, MetricKind> kinds = new HashMap<>();
        for (TargetRecord t : targets) {
            if (t.published() != null && t.published().isAfter(asOf)) {
                continue; // not said yet on that day
            }
            MetricKind kind = vocabulary.kind(t.metric(), t.unit(), t.quote());
            kinds.put(t.id(), kind);
            promises.computeIfAbsent(promiseKey(t, kind, t.region()), k -> new ArrayList<>()).add(t);
        }
        // a region's article restating the national promise word for word ("the government's task of 160
        // thousand cars in 2025", read in Kostanay) is that national promise, not a regional one
        for (var it = promises.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            TargetRecord t = e.getValue().get(0);
            List<TargetRecord> national = "KZ".equals(t.region()) ? null : promises.get(promiseKey(t, kinds.get(t.id()), "KZ"));
            if (national != null) {
                national.addAll(e.getValue());
                it.remove();
            }
        }
        Map<List<String>, List<IndicatorRecord>> series = new LinkedHashMap<>();
        Map<List<String>, Integer> inScope = new HashMap<>();
        for (IndicatorRecord i : indicators) {
            if (i.published() == null || !i.published().isAfter(asOf)) {
                series.computeIfAbsent(seriesKey(i.metric(), i.region(), i.sector(), i.unit()), k -> new ArrayList<>()).add(i);
                inScope.merge(Arrays.asList(i.metric(), i.region()), 1, Integer::sum);
            }
        }
        series.replaceAll((k, readings) -> {
            readings.sort(OLDEST_FIRST);
            return List.copyOf(readings);
        });
        Map<Long, MetricKind> readingKinds = new HashMap<>();
        List<LedgerEntry> out = new ArrayList<>();
        for (List<TargetRecord> statements : promises.values()) {
            statements.sort(Comparator.comparing(TargetRecord::published, Comparator.nullsLast(Comparator.naturalOrder())));
            TargetRecord t = statements.get(0);
            MetricKind kind = kinds.get(t.id());
            List<IndicatorRecord> same = series.getOrDefault(seriesKey(t.metric(), t.region(), t.sector(), t.unit()), List.of());
            List<IndicatorRecord> comparable = Judge.comparable(t, kind, same, r -> readingKinds.computeIfAbsent(r.id(),
                    id -> vocabulary.kind(r.metric(), r.unit(), r.quote())) == kind);
            int scope = inScope.getOrDefault(Arrays.asList(t.metric(), t.region()), 0);
            out.add(Judge.judge(statements, kind, comparable, scope - comparable.size(), asOf));
        }
        return out;
    }

    private static List<Object> promiseKey(TargetRecord t, MetricKind kind, String region) {
        return List.of(t.metric(), kind, t.unit(), Objects.toString(region), Objects.toString(t.sector()), t.value(),
                Judge.deadlineYear(t));
    }

    private static List<String> seriesKey(String metric, String region, String sector, String unit) {
        return List.of(metric, Objects.toString(region), Objects.toString(sector), unit);
    }
}
