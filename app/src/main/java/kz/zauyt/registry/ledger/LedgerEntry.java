package kz.zauyt.registry.ledger;

import java.util.List;

/**
 * One promise and what came of it. {@code statements} are the documents that stated the same target
 * (earliest first); {@code kind} whether it promises a level, a growth rate or a share; {@code readings}
 * the comparable indicators (same metric, kind, unit and scope, a full year or a part of one from
 * January, up to the deadline's year), oldest first; {@code latest} the reading the verdict rests on;
 * {@code progress} that reading over the target; {@code annualised} when it is a part-year figure whose
 * pace ({@code pace}: 37,200 cars in January-April is a pace of 111,600 a year) was compared;
 * {@code setAside} how many other readings of the metric in that scope were not comparable.
 */
public record LedgerEntry(List<TargetRecord> statements, MetricKind kind, List<IndicatorRecord> readings,
                          IndicatorRecord latest, Double progress, boolean annualised, Double pace, TargetState state,
                          Reason why, int setAside) {

    public LedgerEntry {
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("a ledger entry needs the target it follows");
        }
        statements = List.copyOf(statements);
        readings = List.copyOf(readings);
        if (latest != null && !readings.contains(latest)) {
            throw new IllegalArgumentException("the reading judged must be one of the readings");
        }
    }

    public TargetRecord target() {
        return statements.get(0);
    }
}
