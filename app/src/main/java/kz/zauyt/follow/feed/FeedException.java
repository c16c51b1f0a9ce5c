package kz.zauyt.follow.feed;

/** A feed, sitemap or section page that cannot be read; the message is one line naming the fault. */
public final class FeedException extends Exception {

    public FeedException(String message) {
        super(message);
    }
}
