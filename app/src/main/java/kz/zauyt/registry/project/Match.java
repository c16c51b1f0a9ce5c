package kz.zauyt.registry.project;

import java.util.List;

/**
 * How well a new mention fits a stored one: the score, whether anything rules the pair out (two
 * regions, two sectors), whether they share a name at all (or, {@code weak}, only a town and an
 * industry), and the reasons in words.
 */
public record Match(double score, boolean veto, boolean identity, boolean weak, List<String> reasons) {

    /** Below this, a mention starts a project of its own. Company + region (3 + 2) just passes. */
    public static final double JOIN = 4.5;

    /**
     * From here up to {@link #JOIN}, a pair that shares a name and nothing rules out is a doubt for a
     * person: listed for review, not merged silently. Company alone (3), or a name word and a region (4).
     */
    public static final double REVIEW = 2.5;

    public Match {
        reasons = List.copyOf(reasons);
    }

    /** What a pair tied by town and industry alone (weak) must reach: region, town, sector and two figures. */
    public static final double WEAK_JOIN = 5;

    public Match(double score, boolean veto, boolean identity, List<String> reasons) {
        this(score, veto, identity, false, reasons);
    }

    public boolean joins() {
        return identity && !veto && score >= (weak ? WEAK_JOIN : JOIN);
    }

    /** Neither surely the same nor surely different. */
    public boolean doubtful() {
        return identity && !veto && score >= (weak ? JOIN : REVIEW) && score < (weak ? WEAK_JOIN : JOIN);
    }

    public String explain() {
        return String.join("; ", reasons) + " = " + Math.round(score * 10) / 10.0;
    }
}
