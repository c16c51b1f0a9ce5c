package kz.zauyt.extract.document;

/** An input that cannot be read as an article; the message names the input and says why. */
public final class ReadException extends Exception {

    private static final long serialVersionUID = 1L;

    public ReadException(String message) {
        super(message);
    }

    public ReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
