package kz.zauyt.registry.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One article in the extraction contract, written sentence by sentence: each fact's evidence is its
 * own sentence, so the registry keeps that sentence as the fact's quote, as it does for real news.
 */
final class News {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String published;
    private final String language;
    private final StringBuilder text = new StringBuilder();
    private final List<Map<String, Object>> projects = new ArrayList<>();
    private final List<Map<String, Object>> indicators = new ArrayList<>();
    private final List<Map<String, Object>> targets = new ArrayList<>();

    private News(String published, String language) {
        this.published = published;
        this.language = language;
    }

    static News of(String published, String language) {
        return new News(published, language);
    }

    /** A promise: {@code per} and {@code deadline} may be null. */
    News target(String sentence, String metric, String region, double value, String unit, String per, String deadline) {
        Map<String, Object> t = fact(sentence, metric, region);
        t.put("value", value);
        t.put("unit", unit);
        t.put("per", per);
        t.put("deadline", deadline);
        t.put("setBy", null);
        targets.add(t);
        return this;
    }

    /** A figure reached over {@code from}..{@code to} (both null: no period given). */
    News reading(String sentence, String metric, String region, String from, String to, double value, String unit) {
        Map<String, Object> i = fact(sentence, metric, region);
        i.put("period", from == null ? null : period(from, to));
        i.put("value", value);
        i.put("unit", unit);
        i.put("change", null);
        indicators.add(i);
        return this;
    }

    /** A plant with its capacity a year (null: none given). */
    News plant(String sentence, String name, String region, Double capacity, String unit) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("companies", List.of());
        p.put("location", new HashMap<>(Map.of("region", region)));
        p.put("sector", null);
        p.put("products", List.of());
        p.put("capacity", capacity == null ? List.of() : List.of(Map.of("value", capacity, "unit", unit, "per", "year")));
        p.put("investment", null);
        p.put("jobs", null);
        p.put("status", "operating");
        p.put("expected", null);
        p.put("evidence", List.of(span(sentence)));
        projects.add(p);
        return this;
    }

    private static Map<String, Object> period(String from, String to) {
        Map<String, Object> p = new HashMap<>();
        p.put("from", from);
        p.put("to", to);
        return p;
    }

    private Map<String, Object> fact(String sentence, String metric, String region) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("metric", metric);
        Map<String, Object> scope = new HashMap<>();
        scope.put("region", region);
        scope.put("sector", null);
        f.put("scope", scope);
        f.put("evidence", List.of(span(sentence)));
        return f;
    }

    /** Appends the sentence (unless the article has it already) and gives its span. */
    private Map<String, Object> span(String sentence) {
        int at = text.indexOf(sentence);
        if (at < 0) {
            if (text.length() > 0) {
                text.append(' ');
            }
            at = text.length();
            text.append(sentence);
        }
        return Map.of("start", at, "end", at + sentence.length());
    }

    /** The article as one line of JSON Lines. */
    String line() {
        try {
            String body = text.toString();
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("id", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8))));
            doc.put("source", "ledger-" + published + ".txt");
            doc.put("title", null);
            doc.put("language", language);
            doc.put("published", published);
            doc.put("text", body);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("document", doc);
            out.put("projects", projects);
            out.put("indicators", indicators);
            out.put("targets", targets);
            return JSON.writeValueAsString(out);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
