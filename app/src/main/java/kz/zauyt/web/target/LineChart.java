package kz.zauyt.web.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import kz.zauyt.registry.ledger.IndicatorRecord;

/**
 * One series of readings of one kind of period as an SVG line: readings placed by the last day they
 * cover, scaled to a 600 by 200 box. The value axis has three ticks labelled without the unit (the
 * caption gives it) and the left margin is as wide as its longest label, so no label is cut off
 * ("140,900 units" used to lose its first digits). Computed here so the template only draws.
 */
public record LineChart(String points, List<Dot> dots, List<Tick> ticks, String xFrom, String xTo, int left, boolean joined) {

    public static final int W = 600;
    public static final int H = 200;
    public static final int TOP = 12;
    public static final int BOTTOM = 30;
    /** Width of one character of a tick label at the chart's font size, generously: digits, spaces, scale words. */
    private static final double CHAR = 7.5;

    /** One reading on the chart, with its tooltip and the document it came from. */
    public record Dot(double x, double y, String title, String documentId, long id) {
    }

    /** A value-axis label at height y. */
    public record Tick(double y, String label) {
    }

    public LineChart {
        dots = List.copyOf(dots);
        ticks = List.copyOf(ticks);
    }

    /**
     * {@code number}: a value as the axis writes it (no unit); {@code value}: as a tooltip says it (with
     * its unit); {@code period}: a reading's period in words; {@code joined}: whether the dots make a line
     * (figures without a period are dots only: nothing says they follow one another).
     */
    public static LineChart of(List<IndicatorRecord> readings, DoubleFunction<String> number, DoubleFunction<String> value,
                               Function<IndicatorRecord, String> period, boolean joined) {
        List<IndicatorRecord> dated = readings.stream().filter(r -> r.covers() != null).toList();
        if (dated.isEmpty()) {
            return new LineChart("", List.of(), List.of(), "", "", 40, false);
        }
        double max = Math.max(0, dated.stream().mapToDouble(IndicatorRecord::value).max().orElse(0));
        double min = Math.min(0, dated.stream().mapToDouble(IndicatorRecord::value).min().orElse(0));
        double span = max - min == 0 ? 1 : max - min;
        List<String> labels = List.of(number.apply(max), number.apply((max + min) / 2), number.apply(min));
        int left = (int) Math.ceil(12 + CHAR * labels.stream().mapToInt(String::length).max().orElse(1));
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ticks.add(new Tick(round(TOP + (H - TOP - BOTTOM) * i / 2.0), labels.get(i)));
        }
        long x0 = dated.get(0).covers().toEpochDay();
        long x1 = dated.get(dated.size() - 1).covers().toEpochDay();
        StringBuilder points = new StringBuilder();
        List<Dot> dots = new ArrayList<>();
        for (IndicatorRecord r : dated) {
            double x = x1 == x0 ? left + (W - left) / 2.0 : left + 10 + (W - left - 20) * (r.covers().toEpochDay() - x0) / (double) (x1 - x0);
            double y = TOP + (H - TOP - BOTTOM) * (1 - (r.value() - min) / span);
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            dots.add(new Dot(round(x), round(y), period.apply(r) + ": " + value.apply(r.value()), r.documentId(), r.id()));
        }
        // the time axis names the first and last periods as the readings do ("2021", "January–April 2023")
        return new LineChart(points.toString().strip(), dots, ticks, period.apply(dated.get(0)),
                dated.size() == 1 ? "" : period.apply(dated.get(dated.size() - 1)), left, joined && dated.size() > 1);
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

    /** Where the time axis runs. */
    public int axisY() {
        return H - BOTTOM;
    }
}
