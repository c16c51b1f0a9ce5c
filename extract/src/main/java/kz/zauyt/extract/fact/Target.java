package kz.zauyt.extract.fact;

import java.util.List;
import kz.zauyt.extract.text.Span;

/** A figure someone promised: 160 thousand passenger cars a year by 2025, set by the Prime Minister. */
public record Target(String metric, Scope scope, double value, String unit, String per, String deadline, String setBy,
                     List<Span> evidence) {
    public Target {
        if (metric == null || metric.isBlank()) {
            throw new IllegalArgumentException("target metric is empty");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("target value must be finite, got " + value);
        }
        evidence = List.copyOf(evidence);
    }
}
