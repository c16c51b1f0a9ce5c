package kz.zauyt.web.target;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import kz.zauyt.registry.ledger.IndicatorRecord;

/**
 * One indicator series as an SVG line: readings placed by the last day they cover, scaled to a
 * 600 by 200 box with room for labels. Computed here so the template only draws.
 */
public record LineChart(String points, List<Dot> dots, String yMax, String yMin, String xFrom, String xTo,
                        Double targetY, String targetLabel) {

    public static final int W = 600;
    public static final int H = 200;
    private static final int LEFT = 70;
    private static final int TOP = 10;
    private static final int BOTTOM = 30;

    /** One reading on the chart, with its tooltip and the document it came from. */
    public record Dot(double x, double y, String title, String documentId, long id) {
    }

    public LineChart {
        dots = List.copyOf(dots);
    }

    /** {@code target}: a promised value to draw as a dashed line, or null. */
    public static LineChart of(List<IndicatorRecord> readings, Double target, DoubleFunction<String> label) {
        List<IndicatorRecord> dated = readings.stream().filter(r -> r.covers() != null).toList();
        if (dated.isEmpty()) {
            return new LineChart("", List.of(), "", "", "", "", null, null);
        }
        long x0 = dated.get(0).covers().toEpochDay();
        long x1 = dated.get(dated.size() - 1).covers().toEpochDay();
        double max = Math.max(dated.stream().mapToDouble(IndicatorRecord::value).max().orElse(0), target == null ? 0 : target);
        double min = Math.min(0, dated.stream().mapToDouble(IndicatorRecord::value).min().orElse(0));
        double span = max - min == 0 ? 1 : max - min;
        StringBuilder points = new StringBuilder();
        List<Dot> dots = new ArrayList<>();
        for (IndicatorRecord r : dated) {
            double x = x1 == x0 ? LEFT + (W - LEFT) / 2.0 : LEFT + (W - LEFT - 10) * (r.covers().toEpochDay() - x0) / (double) (x1 - x0);
            double y = TOP + (H - TOP - BOTTOM) * (1 - (r.value() - min) / span);
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            dots.add(new Dot(round(x), round(y), period(r) + ": " + label.apply(r.value()), r.documentId(), r.id()));
        }
        Double ty = target == null ? null : round(TOP + (H - TOP - BOTTOM) * (1 - (target - min) / span));
        return new LineChart(points.toString().strip(), dots, label.apply(max), label.apply(min),
                String.valueOf(LocalDate.ofEpochDay(x0)), String.valueOf(LocalDate.ofEpochDay(x1)), ty,
                target == null ? null : label.apply(target));
    }

    static String period(IndicatorRecord r) {
        if (r.periodFrom() == null && r.periodTo() == null) {
            return String.valueOf(r.published());
        }
        if (r.periodTo() == null || r.periodTo().equals(r.periodFrom())) {
            return r.periodFrom() == null ? r.periodTo() : r.periodFrom();
        }
        return (r.periodFrom() == null ? "" : r.periodFrom()) + "…" + r.periodTo();
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    public int width() {
        return W;
    }

    public int height() {
        return H;
    }
}
