package kz.zauyt.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import kz.zauyt.registry.query.Total;

/**
 * A horizontal bar chart drawn as SVG by the template: no chart library, no script. Bar widths are
 * SVG attributes, which the Content-Security-Policy allows (inline styles it does not).
 */
public record Bars(List<Bar> bars) {

    /** One bar: its label, figure, width in percent of the longest, link and a note (investment). */
    public record Bar(String label, long value, double width, String href, String note) {
    }

    public Bars {
        bars = List.copyOf(bars);
    }

    public static Bars of(List<Total> totals, int limit, Function<String, String> label, Function<String, String> href,
                          Format format) {
        long max = totals.stream().mapToLong(Total::projects).max().orElse(1);
        List<Bar> out = new ArrayList<>();
        for (Total t : totals.subList(0, Math.min(limit, totals.size()))) {
            out.add(new Bar(label.apply(t.key()), t.projects(), Math.max(1, Math.round(t.projects() * 1000.0 / max) / 10.0),
                    t.key() == null ? null : href.apply(t.key()),
                    t.investment().isEmpty() ? "" : t.kzt() == null ? format.amounts(t.investment()) : format.total(t.kzt(), t.usd())));
        }
        return new Bars(out);
    }
}
