package kz.zauyt.registry.ledger;

/** Where a target stands. */
public enum TargetState {
    /** No comparable reading (same metric, kind, unit, scope, kind of period, up to the deadline's year). */
    NO_DATA("no data"),
    /** Not reached: behind the pace, the deadline year's figure not out yet, or only a starting point from before the promise. */
    PENDING("pending"),
    /** Before the deadline, and the latest reading is at least as far along as the time gone by. */
    ON_TRACK("on track"),
    /** A full year's reading, from the promise's year to the deadline's, reached the target. */
    MET("met"),
    /** The deadline's year is over and its full-year reading fell short. */
    MISSED("missed");

    private final String label;

    TargetState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
