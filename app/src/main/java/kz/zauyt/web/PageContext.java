package kz.zauyt.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every page template is given besides its model: the language and its words, formats, the
 * current path and query (to build the language switch, sort and page links), and the page's title.
 */
public final class PageContext {

    private final Lang lang;
    private final Messages messages;
    private final Format format;
    private final String path;
    private final Map<String, List<String>> query;

    PageContext(Lang lang, String path, Map<String, List<String>> query) {
        this.lang = lang;
        this.messages = Messages.of(lang);
        this.format = new Format(messages);
        this.path = path;
        this.query = new LinkedHashMap<>(query);
        this.query.remove("lang");
    }

    /**
     * The context of a page that takes the parameters {@code known} (and {@code lang}): any other is a
     * 400 naming it, as in the API, so a page never copies junk into each of its links. Only the first
     * value of a repeated parameter counts, and only it is carried on.
     */
    public static PageContext of(Context ctx, String... known) {
        Set<String> allowed = new HashSet<>(List.of(known));
        allowed.add("lang");
        new Params(ctx).only(allowed);
        Map<String, List<String>> first = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((name, values) -> {
            if (!values.isEmpty()) {
                first.put(name, List.of(values.get(0)));
            }
        });
        return new PageContext(Lang.of(ctx), ctx.path(), first);
    }

    /** An error page's context: the language, and none of the request's parameters, which may be the error. */
    static PageContext ofError(Context ctx) {
        return new PageContext(Lang.of(ctx), ctx.path(), Map.of());
    }

    public Lang lang() {
        return lang;
    }

    public List<Lang> languages() {
        return List.of(Lang.values());
    }

    public Format fmt() {
        return format;
    }

    public String t(String key) {
        return messages.get(key);
    }

    public String t(String key, Object... args) {
        return messages.format(key, args);
    }

    public String region(String code) {
        return code == null ? messages.get("unknown") : Regions.name(code, lang);
    }

    /** "C29 · Manufacturing": the NACE code and its section's name. */
    public String sector(String code) {
        if (code == null || code.isEmpty()) {
            return messages.get("unknown");
        }
        String section = messages.get("sector." + code.substring(0, 1));
        return code.length() == 1 ? code + " · " + section : code + " · " + section + " (" + code.substring(0, 1) + ")";
    }

    public String status(String status) {
        return status == null ? messages.get("unknown") : messages.get("status." + status);
    }

    /** A reported value as a reader wants it: region codes named, statuses translated, the rest as reported. */
    public String reported(String field, String value) {
        if ("region".equals(field)) {
            return region(value);
        }
        if ("status".equals(field)) {
            return status(value);
        }
        if ("sector".equals(field)) {
            return sector(value);
        }
        if ("investment".equals(field) && value.matches("[0-9.]+ [A-Z]{3}")) { // "120000000000 KZT" as stored
            return fmt().money(Double.parseDouble(value.substring(0, value.indexOf(' '))), value.substring(value.indexOf(' ') + 1));
        }
        return value;
    }

    public String path() {
        return path;
    }

    public String param(String name) {
        List<String> v = query.get(name);
        return v == null || v.isEmpty() ? "" : v.get(0);
    }

    public boolean isCurrent(String prefix) {
        return "/".equals(prefix) ? "/".equals(path) : path.startsWith(prefix);
    }

    /** This page in another language, every filter kept. */
    public String langHref(Lang other) {
        return href(path, with(query, "lang", other.code()));
    }

    /** This page with one parameter changed (null removes it); changing anything but the page goes back to page 1. */
    public String with(String name, String value) {
        Map<String, List<String>> q = with(query, name, value);
        if (!"page".equals(name)) {
            q.remove("page");
        }
        return href(path, q);
    }

    /** This page with two parameters changed, back on page 1. */
    public String with(String name, String value, String name2, String value2) {
        Map<String, List<String>> q = with(with(query, name, value), name2, value2);
        q.remove("page");
        return href(path, q);
    }

    /** The same filters on another path: the CSV export of this list, the API call behind it. */
    public String on(String otherPath) {
        Map<String, List<String>> q = new LinkedHashMap<>(query);
        q.remove("page");
        return href(otherPath, q);
    }

    /** Only the parameters {@code kept} of this page, on another path (the map's filters on the project list). */
    public String on(String otherPath, Set<String> kept) {
        Map<String, List<String>> q = new LinkedHashMap<>(query);
        q.keySet().retainAll(kept);
        return href(otherPath, q);
    }

    private static Map<String, List<String>> with(Map<String, List<String>> query, String name, String value) {
        Map<String, List<String>> q = new LinkedHashMap<>(query);
        if (value == null || value.isEmpty()) {
            q.remove(name);
        } else {
            q.put(name, List.of(value));
        }
        return q;
    }

    private static String href(String path, Map<String, List<String>> q) {
        List<String> parts = new ArrayList<>();
        q.forEach((k, vs) -> vs.stream().filter(v -> v != null && !v.isEmpty())
                .forEach(v -> parts.add(enc(k) + "=" + enc(v))));
        return parts.isEmpty() ? path : path + "?" + String.join("&", parts);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
