package kz.zauyt.follow.fetch;

/** What the last fetch of an address said about its version, for a conditional GET; both may be null. */
public record Validators(String etag, String lastModified) {

    public static final Validators NONE = new Validators(null, null);

    public static Validators of(Page p) {
        return new Validators(p.etag(), p.lastModified());
    }
}
