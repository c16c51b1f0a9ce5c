package kz.zauyt.web.document;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where an article came from, as a page shows it: a web address is a link, anything else (the path a
 * file was ingested from) is text. Only http and https become links: an address is article data, and
 * a {@code javascript:} one must never be clickable.
 */
public final class Origin {

    private Origin() {
    }

    /** The address to link to, or null when {@code source} is not an http(s) address. */
    public static String href(String source) {
        if (source == null || source.length() > 2000) {
            return null;
        }
        try {
            URI u = new URI(source.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null ? u.toASCIIString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
