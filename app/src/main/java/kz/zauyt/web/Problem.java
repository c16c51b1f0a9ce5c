package kz.zauyt.web;

/**
 * An RFC 7807 problem body ({@code application/problem+json}). {@code parameter} names the request
 * parameter at fault, for 400s.
 */
public record Problem(String type, String title, int status, String detail, String instance, String parameter) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail, String instance, String parameter) {
        return new Problem("about:blank", title, status, detail, instance, parameter);
    }
}
