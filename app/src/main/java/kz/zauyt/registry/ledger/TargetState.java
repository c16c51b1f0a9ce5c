package kz.zauyt.registry.ledger;

/** Where a target stands. */
public enum TargetState {
    /** No indicator of the same metric and scope has been reported. */
    NO_DATA("no data"),
    /** Not reached, and either the deadline is ahead and the pace is behind or unknown, or the deadline's figure is not out yet. */
    PENDING("pending"),
    /** Before the deadline, and the latest reading is at least as far along as the time gone by. */
    ON_TRACK("on track"),
    /** A reading for a period ending by the deadline reached the target. */
    MET("met"),
    /** The deadline passed and the reading for it fell short. */
    MISSED("missed");

    private final String label;

    TargetState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
