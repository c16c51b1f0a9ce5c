package kz.zauyt.registry.project;

/**
 * A doubt for a person: project {@code project} might be project {@code other}. {@code id} names it for
 * {@code zauyt projects review --same/--different}; {@code score} and {@code reason} are the matcher's.
 */
public record ReviewPair(long id, long project, String name, long other, String otherName, double score,
                         String reason) {

    public ReviewPair {
        if (project == other) {
            throw new IllegalArgumentException("a review pair needs two projects, got " + project + " twice");
        }
    }
}
