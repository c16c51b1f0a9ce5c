package kz.zauyt.extract.fact;

import java.util.List;
import kz.zauyt.extract.text.Span;

/** A figure already reached: manufacturing output 7.1 trillion tenge in January–April 2024, +5.2 %. */
public record Indicator(String metric, Scope scope, Period period, double value, String unit, Change change,
                        List<Span> evidence) {
    public Indicator {
        if (metric == null || metric.isBlank()) {
            throw new IllegalArgumentException("indicator metric is empty");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("indicator value must be finite, got " + value);
        }
        evidence = List.copyOf(evidence);
    }
}
