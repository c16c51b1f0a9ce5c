package kz.zauyt.registry.project;

import java.util.List;

/**
 * How well a new mention fits a stored one: the score, whether anything rules the pair out (two
 * regions, two sectors), whether they share a name at all (or, {@code weak}, only a town and an
 * industry), whether some figure or kind disagrees ({@code contested}; {@code otherKind}: the plants make
 * different kinds of product), and the reasons in words.
 */
public record Match(double score, boolean veto, boolean identity, boolean weak, boolean contested, boolean otherKind,
                    List<String> reasons) {

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

    /**
     * A pair tied by town and industry alone (weak) never joins by itself: a town has many plants of one
     * industry (on the registry benchmark, letting such pairs join at 5 points cut merge precision to
     * 0.47). From {@link #JOIN} up it is listed for review.
     */
    public static final double WEAK_JOIN = Double.POSITIVE_INFINITY;

    public Match(double score, boolean veto, boolean identity, List<String> reasons) {
        this(score, veto, identity, false, false, false, reasons);
    }

    /**
     * A pair tied by town (or region) and industry alone, with nothing else that disagrees: no other
     * company, capacity, investment, kind of product, town, ordinal or number in the name. When its
     * project is the only one of that industry there the resolver lets it join ({@link Resolver}).
     */
    public boolean quiet() {
        return weak && identity && !veto && !contested;
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
