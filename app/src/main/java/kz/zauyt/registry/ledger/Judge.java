package kz.zauyt.registry.ledger;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * How a promise is judged, as an analyst would (README "Targets ledger"):
 * <ul>
 * <li>only readings of the same metric, kind (level, growth rate, share), unit and scope compare;
 * <li>only a full year's reading can meet or miss; a part-year one from January gives a pace, said as such;
 *     a month, a span like June-August or an undated figure never judges a target;
 * <li>only readings of the deadline's year or before: a 2025 figure says nothing of a 2022 promise;
 * <li>only readings of the promise's year or after meet it; an earlier one is its starting point;
 * <li>a growth rate is a year's: only the deadline year's rate meets or misses it;
 * <li>a level reading ten times the promise or more measures something else (100 railway cars are
 *     not judged by 46,000 road vehicles) and is set aside.
 * </ul>
 */
final class Judge {

    /** A level reading this many times the target is not a measure of it. */
    static final double NOT_THE_SAME_MEASURE = 10;

    private static final Comparator<IndicatorRecord> NEWEST_LAST = Comparator
            .comparing(IndicatorRecord::covers, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(IndicatorRecord::published, Comparator.nullsFirst(Comparator.naturalOrder()));

    private Judge() {
    }

    /** The readings of a series (same metric, scope, unit; oldest first) that can judge a target of this kind. */
    static List<IndicatorRecord> comparable(TargetRecord t, MetricKind kind, List<IndicatorRecord> series,
                                            Predicate<IndicatorRecord> ofKind) {
        int deadline = deadlineYear(t);
        return series.stream().filter(ofKind)
                .filter(r -> annual(r) || yearToDate(r))
                .filter(r -> deadline == 0 || Periods.year(r.periodFrom(), r.periodTo()) <= deadline)
                .filter(r -> kind != MetricKind.LEVEL || t.value() <= 0 || r.value() < NOT_THE_SAME_MEASURE * t.value())
                .toList();
    }

    static LedgerEntry judge(List<TargetRecord> statements, MetricKind kind, List<IndicatorRecord> readings, int setAside,
                             LocalDate asOf) {
        TargetRecord t = statements.get(0);
        int deadline = deadlineYear(t);
        boolean over = deadline != 0 && asOf.getYear() > deadline;
        List<IndicatorRecord> years = readings.stream().filter(Judge::annual)
                .filter(r -> kind != MetricKind.GROWTH || deadline == 0 || year(r) == deadline).toList();
        // a year before the promise is its starting point: a promise is not met by what was done before it was made
        int promised = promisedYear(statements, deadline);
        IndicatorRecord reached = years.stream().filter(r -> year(r) >= promised && r.value() >= t.value())
                .min(NEWEST_LAST).orElse(null);
        if (reached != null) {
            return entry(statements, kind, readings, reached, null, TargetState.MET, Reason.MET, setAside);
        }
        IndicatorRecord ofDeadline = years.stream().filter(r -> year(r) == deadline).max(NEWEST_LAST).orElse(null);
        if (over && ofDeadline != null) {
            return entry(statements, kind, readings, ofDeadline, null, TargetState.MISSED, Reason.MISSED, setAside);
        }
        IndicatorRecord lastYear = years.stream().max(NEWEST_LAST).orElse(null);
        IndicatorRecord context = readings.stream().max(NEWEST_LAST).orElse(null);
        if (over) {
            return entry(statements, kind, readings, context, null, context == null ? TargetState.NO_DATA : TargetState.PENDING,
                    context == null ? Reason.NO_READING : Reason.AWAITING, setAside);
        }
        // the deadline's year is not over (or there is none): a pace, from the newest part-year figure after the last full year
        IndicatorRecord part = readings.stream().filter(Judge::yearToDate)
                .filter(r -> lastYear == null || year(r) > year(lastYear))
                .filter(r -> kind != MetricKind.GROWTH || deadline == 0 || year(r) == deadline).max(NEWEST_LAST).orElse(null);
        if (part != null) {
            int months = Periods.months(part.periodFrom(), part.periodTo());
            // a level's pace is the part-year figure stretched to twelve months; a rate or a share is its own pace
            double pace = kind == MetricKind.LEVEL && "year".equals(perOf(statements)) ? part.value() * 12 / months : part.value();
            boolean onPace = deadline == 0 || year(part) == deadline ? pace >= t.value()
                    : onPace(pace / t.value(), t.published(), part.covers(), Periods.end(t.deadline()));
            return entry(statements, kind, readings, part, pace, onPace ? TargetState.ON_TRACK : TargetState.PENDING,
                    onPace ? Reason.PART_YEAR_ON_PACE : Reason.PART_YEAR_BEHIND, setAside);
        }
        if (lastYear == null) {
            boolean none = context == null;
            return entry(statements, kind, readings, context, null, none ? TargetState.NO_DATA : TargetState.PENDING,
                    none ? Reason.NO_READING : Reason.NOT_YET, setAside);
        }
        if (year(lastYear) < promised) {
            return entry(statements, kind, readings, lastYear, null, TargetState.PENDING, Reason.BASELINE, setAside);
        }
        if (deadline == 0) {
            return entry(statements, kind, readings, lastYear, null, TargetState.PENDING, Reason.NO_DEADLINE, setAside);
        }
        boolean onPace = onPace(lastYear.value() / t.value(), t.published(), lastYear.covers(), Periods.end(t.deadline()));
        return entry(statements, kind, readings, lastYear, null, onPace ? TargetState.ON_TRACK : TargetState.PENDING,
                onPace ? Reason.ON_PACE : Reason.BEHIND, setAside);
    }

    private static LedgerEntry entry(List<TargetRecord> statements, MetricKind kind, List<IndicatorRecord> readings,
                                     IndicatorRecord judged, Double pace, TargetState state, Reason why, int setAside) {
        double target = statements.get(0).value();
        // a reading shown only for context (an earlier year's) is no progress towards the deadline's figure
        boolean context = why == Reason.AWAITING || why == Reason.NOT_YET;
        Double progress = judged == null || target == 0 || context ? null : (pace != null ? pace : judged.value()) / target;
        return new LedgerEntry(statements, kind, readings, judged, progress, pace != null, pace, state, why, setAside);
    }

    /** "year" when any statement says the target is a yearly figure. */
    private static String perOf(List<TargetRecord> statements) {
        return statements.stream().map(TargetRecord::per).filter("year"::equals).findFirst()
                .orElse(statements.get(0).per() == null ? "year" : statements.get(0).per());
    }

    /** The year the promise was first made (its deadline's, when it was first reported afterwards), 0 when unknown. */
    private static int promisedYear(List<TargetRecord> statements, int deadline) {
        int first = statements.stream().map(TargetRecord::published).filter(java.util.Objects::nonNull)
                .mapToInt(LocalDate::getYear).min().orElse(0);
        return deadline == 0 ? first : Math.min(first, deadline);
    }

    static int deadlineYear(TargetRecord t) {
        LocalDate end = Periods.end(t.deadline());
        return end == null ? 0 : end.getYear();
    }

    private static int year(IndicatorRecord r) {
        return Periods.year(r.periodFrom(), r.periodTo());
    }

    private static boolean annual(IndicatorRecord r) {
        return Periods.kind(r.periodFrom(), r.periodTo()) == Periods.Kind.ANNUAL;
    }

    /** January to some month of one year: the figures statistics publish as the year goes on. */
    private static boolean yearToDate(IndicatorRecord r) {
        return Periods.kind(r.periodFrom(), r.periodTo()) == Periods.Kind.PART_YEAR && r.periodFrom().endsWith("-01");
    }

    /**
     * On pace when progress is at least the share of time gone by between the promise (its article's
     * date) and the deadline, measured at the reading. Unknown dates give no pace.
     */
    private static boolean onPace(double progress, LocalDate promised, LocalDate measured, LocalDate deadlineEnd) {
        if (promised == null || measured == null || deadlineEnd == null || !deadlineEnd.isAfter(promised)) {
            return false;
        }
        double elapsed = (double) ChronoUnit.DAYS.between(promised, measured) / ChronoUnit.DAYS.between(promised, deadlineEnd);
        return progress >= Math.max(0, Math.min(1, elapsed));
    }
}
