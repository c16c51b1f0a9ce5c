package kz.zauyt.registry.ledger;

/** Why a ledger line has its state; the web says each in words (messages "ledger.why.NAME"). */
public enum Reason {
    /** A full year's reading, of the deadline's year or before, reached the target. */
    MET,
    /** The deadline's year is over and its full-year reading fell short. */
    MISSED,
    /** The deadline's year is over and its full-year reading is not out yet. */
    AWAITING,
    /** The latest full-year reading is at least as far along as the time gone by. */
    ON_PACE,
    /** The latest full-year reading is behind the time gone by. */
    BEHIND,
    /** Only a part-year reading so far this year; at its pace the year would reach the target. */
    PART_YEAR_ON_PACE,
    /** Only a part-year reading so far this year; at its pace the year would fall short. */
    PART_YEAR_BEHIND,
    /** A growth rate is of one year: the deadline year's figure is not out, earlier years do not judge it. */
    NOT_YET,
    /** No full-year figure since the promise was made; the last one before it is its starting point. */
    BASELINE,
    /** No deadline: not reached yet, and never missed. */
    NO_DEADLINE,
    /** No reading of the same metric, kind, unit, scope and kind of period up to the deadline. */
    NO_READING
}
