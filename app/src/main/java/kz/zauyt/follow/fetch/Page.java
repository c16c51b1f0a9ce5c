package kz.zauyt.follow.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one GET brought: the final address after redirects, the status (200, or 304 when the validators
 * still held), the response headers, and the body already un-gzipped (empty for a 304).
 */
public record Page(URI requested, URI uri, int status, Map<String, List<String>> headers, byte[] body, Instant fetchedAt) {

    public Page {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("HTTP status must be 100..599, got " + status);
        }
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    public boolean notModified() {
        return status == 304;
    }

    public String header(String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }

    public String contentType() {
        return header("content-type");
    }

    public String etag() {
        return header("etag");
    }

    public String lastModified() {
        return header("last-modified");
    }

    /** The body as text: the charset the headers name, else the page's own meta tag, else UTF-8 or Windows-1251. */
    public String text() {
        return Charsets.decode(body, contentType());
    }
}
