package kz.zauyt.registry.ledger;

import java.util.List;

/**
 * One promise and what came of it. {@code statements} are the documents that stated the same target
 * (earliest first); {@code readings} the indicators of the same metric, scope and unit, oldest first;
 * {@code progress} the latest reading over the target (annualised when a per-year target meets a
 * part-year figure: 37,200 cars in January-April count as 111,600 a year), null without readings.
 */
public record LedgerEntry(List<TargetRecord> statements, List<IndicatorRecord> readings, IndicatorRecord latest,
                          Double progress, boolean annualised, TargetState state) {

    public LedgerEntry {
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("a ledger entry needs the target it follows");
        }
        statements = List.copyOf(statements);
        readings = List.copyOf(readings);
        if ((latest == null) != readings.isEmpty()) {
            throw new IllegalArgumentException("the latest reading must be one of the readings");
        }
    }

    public TargetRecord target() {
        return statements.get(0);
    }
}
