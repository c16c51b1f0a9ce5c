package kz.zauyt.web;

/** A path naming a project, document or page that does not exist: answered with 404. */
public final class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFound(String message) {
        super(message);
    }
}
