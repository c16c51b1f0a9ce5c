package kz.zauyt.follow.fetch;

import java.io.IOException;

/** A fetch that did not give a page, with its reason in words for the Sources page and {@code sources list}. */
public final class FetchException extends IOException {

    /** Why: robots.txt forbids it, the server answered an error, the network failed, and so on. */
    public enum Reason { ROBOTS, HTTP, NETWORK, TIMEOUT, TOO_LARGE, REDIRECTS, WAIT, MALFORMED }

    private final Reason reason;
    private final int status;

    public FetchException(Reason reason, int status, String message) {
        super(message);
        this.reason = reason;
        this.status = status;
    }

    public FetchException(Reason reason, String message) {
        this(reason, 0, message);
    }

    public Reason reason() {
        return reason;
    }

    /** The HTTP status for {@link Reason#HTTP} and {@link Reason#WAIT}, else 0. */
    public int status() {
        return status;
    }

    /** Trying again later cannot help: robots.txt forbids it, the page is gone (4xx), too large or not an address. */
    public boolean permanent() {
        return reason == Reason.ROBOTS || reason == Reason.TOO_LARGE || reason == Reason.MALFORMED
                || reason == Reason.HTTP && status >= 400 && status < 500 && status != 429 && status != 408;
    }

    /** Worth trying again in this same fetch: the network or the server's own trouble. */
    boolean transientFault() {
        return reason == Reason.NETWORK || reason == Reason.TIMEOUT
                || reason == Reason.HTTP && (status >= 500 || status == 429);
    }
}
