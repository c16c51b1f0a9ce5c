package kz.zauyt.follow;

/** What polling one source did: its new state, how many articles it listed and how many joined the queue, or why it failed. */
public record Poll(Source source, String state, int listed, int queued, String error) {

    /** "kazinform-ru: 20 listed, 3 new" or "kazinform-ru: failing: HTTP 500 from ...". */
    public String line() {
        return source.name() + ": " + (error == null ? listed + " listed, " + queued + " new" : state + ": " + error);
    }
}
