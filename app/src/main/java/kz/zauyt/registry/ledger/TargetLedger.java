package kz.zauyt.registry.ledger;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * The targets ledger: every promise next to the figures that measure it. A target and an indicator
 * are linked when metric, region, sector and unit agree (metrics are the contract's short English
 * phrases, so Russian and English news land in one series). Judged as of a given day, from what had
 * been published by then, never "today" implicitly: the ledger of a past day can be rebuilt.
 *
 * <p>Judging reads every target and every reading of their metrics: tens of milliseconds on a large
 * registry, for a page the dashboard shows on every visit. The last ledger is kept and served again
 * while the targets and indicators are the same rows (same counts, same newest ids: facts are only
 * ever inserted or deleted, and a re-extracted document's facts come back with new ids).
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

    private record Judged(String signature, LocalDate asOf, List<LedgerEntry> entries) {
    }

    private final Jdbi jdbi;
    private volatile Judged last;

    public TargetLedger(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<LedgerEntry> entries(LocalDate asOf) {
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, h -> {
            // one snapshot: the signature describes exactly the rows judged below
            String signature = h.createQuery(FACTS_SIGNATURE).mapTo(String.class).one();
            Judged cached = last;
            if (cached != null && cached.signature().equals(signature) && cached.asOf().equals(asOf)) {
                return cached.entries();
            }
            List<TargetRecord> targets = h.createQuery("select " + TargetRecord.COLUMNS
                            + " from target t join document d on d.id = t.document_id order by d.published nulls last, t.id")
                    .map((rs, ctx) -> TargetRecord.map(rs)).list();
            List<IndicatorRecord> indicators = h.createQuery("select " + IndicatorRecord.COLUMNS
                            + " from indicator i join document d on d.id = i.document_id "
                            + "where i.metric in (select metric from target)")
                    .map((rs, ctx) -> IndicatorRecord.map(rs)).list();
            List<LedgerEntry> entries = List.copyOf(entries(targets, indicators, asOf));
            last = new Judged(signature, asOf, entries);
            return entries;
        });
    }

    static List<LedgerEntry> entries(List<TargetRecord> targets, List<IndicatorRecord> indicators, LocalDate asOf) {
        // one promise repeated by ten articles is one entry with ten statements
        Map<List<Object>, List<TargetRecord>> promises = new LinkedHashMap<>();
        for (TargetRecord t : targets) {
            if (t.published() != null && t.published().isAfter(asOf)) {
                continue; // not said yet on that day
            }
            promises.computeIfAbsent(List.of(t.metric(), Objects.toString(t.region()), Objects.toString(t.sector()),
                    t.value(), t.unit(), Objects.toString(t.per()), Objects.toString(t.deadline())),
                    k -> new ArrayList<>()).add(t);
        }
        Map<List<String>, List<IndicatorRecord>> series = new LinkedHashMap<>();
        for (IndicatorRecord i : indicators) {
            if (i.published() != null && i.published().isAfter(asOf)) {
                continue;
            }
            series.computeIfAbsent(seriesKey(i.metric(), i.region(), i.sector(), i.unit()), k -> new ArrayList<>()).add(i);
        }
        // each series sorted once and shared by the promises it measures (read only from here on)
        series.replaceAll((k, readings) -> {
            readings.sort(OLDEST_FIRST);
            return List.copyOf(readings);
        });
        List<LedgerEntry> out = new ArrayList<>();
        for (List<TargetRecord> statements : promises.values()) {
            TargetRecord t = statements.get(0);
            out.add(judge(statements, series.getOrDefault(seriesKey(t.metric(), t.region(), t.sector(), t.unit()), List.of()),
                    asOf));
        }
        return out;
    }

    private static List<String> seriesKey(String metric, String region, String sector, String unit) {
        return List.of(metric, Objects.toString(region), Objects.toString(sector), unit);
    }

    static LedgerEntry judge(List<TargetRecord> statements, List<IndicatorRecord> readings, LocalDate asOf) {
        TargetRecord t = statements.get(0);
        if (readings.isEmpty()) {
            return new LedgerEntry(statements, readings, null, null, false, TargetState.NO_DATA);
        }
        IndicatorRecord latest = readings.get(readings.size() - 1);
        int months = Periods.months(latest.periodFrom(), latest.periodTo());
        boolean annualise = "year".equals(t.per()) && !"%".equals(t.unit()) && months > 0 && months < 12;
        double reading = annualise ? latest.value() * 12 / months : latest.value();
        Double progress = t.value() != 0 ? reading / t.value() : null;

        LocalDate deadlineStart = Periods.start(t.deadline());
        LocalDate deadlineEnd = Periods.end(t.deadline());
        TargetState state;
        if (readings.stream().anyMatch(r -> reaches(r, t, deadlineEnd))) {
            state = TargetState.MET;
        } else if (deadlineEnd != null && asOf.isAfter(deadlineEnd)) {
            // missed only once a figure for the deadline's period is out; until then it is pending
            boolean judged = readings.stream().anyMatch(r -> r.covers() != null && !r.covers().isBefore(deadlineStart));
            state = judged ? TargetState.MISSED : TargetState.PENDING;
        } else {
            state = onPace(progress, t.published(), latest.covers(), deadlineEnd) ? TargetState.ON_TRACK : TargetState.PENDING;
        }
        return new LedgerEntry(statements, readings, latest, progress, annualise, state);
    }

    /** A full-period figure (never an extrapolated one) at or past the target, for a period ending by the deadline. */
    private static boolean reaches(IndicatorRecord r, TargetRecord t, LocalDate deadlineEnd) {
        boolean inTime = deadlineEnd == null || r.covers() == null || !r.covers().isAfter(deadlineEnd);
        boolean partYear = "year".equals(t.per()) && Periods.months(r.periodFrom(), r.periodTo()) > 0
                && Periods.months(r.periodFrom(), r.periodTo()) < 12;
        return inTime && !partYear && r.value() >= t.value();
    }

    /**
     * On pace when progress is at least the share of time gone by between the promise (its article's
     * date) and the deadline, measured at the latest reading. Unknown dates give no pace.
     */
    private static boolean onPace(Double progress, LocalDate promised, LocalDate measured, LocalDate deadlineEnd) {
        if (progress == null || promised == null || measured == null || deadlineEnd == null || !deadlineEnd.isAfter(promised)) {
            return false;
        }
        double elapsed = (double) ChronoUnit.DAYS.between(promised, measured) / ChronoUnit.DAYS.between(promised, deadlineEnd);
        return progress >= Math.max(0, Math.min(1, elapsed));
    }
}
