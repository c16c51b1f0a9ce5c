package kz.zauyt.follow;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Article addresses in one canonical form, so the same article listed twice is known once: scheme and
 * host in lower case, no default port, no fragment, no tracking parameters (utm_*, fbclid, gclid,
 * yclid), an empty path as "/".
 */
public final class Urls {

    private Urls() {
    }

    /** {@code link} resolved against {@code base}, if it is a usable http(s) address; else null. */
    public static URI absolute(URI base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI u = base.resolve(new URI(escape(link.strip())));
            String s = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (s.equals("http") || s.equals("https")) && u.getHost() != null ? u : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Parses an address a user typed; a clear message when it is not an http(s) URL. */
    public static URI parse(String url) {
        URI u = absolute(URI.create("http://invalid/"), url);
        if (u == null || "invalid".equals(u.getHost()) || !url.strip().matches("(?i)https?://.+")) {
            throw new IllegalArgumentException("not an http(s) address: '" + url + "'");
        }
        return canonical(u);
    }

    public static URI canonical(URI u) {
        String scheme = u.getScheme().toLowerCase(Locale.ROOT);
        String host = u.getHost().toLowerCase(Locale.ROOT);
        int port = u.getPort() == 80 && scheme.equals("http") || u.getPort() == 443 && scheme.equals("https") ? -1 : u.getPort();
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        String query = query(u.getRawQuery());
        StringBuilder b = new StringBuilder(scheme).append("://").append(host);
        if (port >= 0) {
            b.append(':').append(port);
        }
        b.append(path);
        if (query != null) {
            b.append('?').append(query);
        }
        return URI.create(b.toString());
    }

    private static String query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (String p : raw.split("&")) {
            String name = p.contains("=") ? p.substring(0, p.indexOf('=')) : p;
            String n = name.toLowerCase(Locale.ROOT);
            if (!p.isEmpty() && !n.startsWith("utm_") && !n.equals("fbclid") && !n.equals("gclid") && !n.equals("yclid")) {
                kept.add(p);
            }
        }
        return kept.isEmpty() ? null : String.join("&", kept);
    }

    /** Spaces and non-ASCII characters in a link (common in Cyrillic slugs) percent-encoded. */
    private static String escape(String link) {
        StringBuilder b = new StringBuilder(link.length());
        for (byte x : link.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = x & 0xFF;
            if (c <= ' ' || c >= 0x7F || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`'
                    || c == '{' || c == '|' || c == '}') {
                b.append('%').append(String.format(Locale.ROOT, "%02X", c));
            } else {
                b.append((char) c);
            }
        }
        return b.toString();
    }
}
