package kz.zauyt.registry.project;

import java.util.List;

/**
 * How well a new mention fits a stored one: the score, whether anything rules the pair out (two
 * regions, two sectors), whether they share a name at all, and the reasons in words.
 */
public record Match(double score, boolean veto, boolean identity, List<String> reasons) {

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

    public boolean joins() {
        return identity && !veto && score >= JOIN;
    }

    /** Neither surely the same nor surely different. */
    public boolean doubtful() {
        return identity && !veto && score >= REVIEW && score < JOIN;
    }

    public String explain() {
        return String.join("; ", reasons) + " = " + Math.round(score * 10) / 10.0;
    }
}
