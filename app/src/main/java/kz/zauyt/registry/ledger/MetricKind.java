package kz.zauyt.registry.ledger;

/** What a figure of a metric is: only figures of one kind compare. */
public enum MetricKind {
    /** An amount or a count: 26.1 trillion tenge, 158,400 cars, 1,500 jobs. */
    LEVEL,
    /** A rate of change against an earlier period, in percent: "grew 6.1%". */
    GROWTH,
    /** A part of a whole, in percent: "15% of GDP". */
    SHARE
}
