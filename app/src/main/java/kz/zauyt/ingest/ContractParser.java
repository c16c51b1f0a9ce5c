package kz.zauyt.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import kz.zauyt.extract.document.ReadException;
import kz.zauyt.extract.fact.Capacity;
import kz.zauyt.extract.fact.Change;
import kz.zauyt.extract.fact.Company;
import kz.zauyt.extract.fact.Indicator;
import kz.zauyt.extract.fact.Investment;
import kz.zauyt.extract.fact.Location;
import kz.zauyt.extract.fact.Period;
import kz.zauyt.extract.fact.Project;
import kz.zauyt.extract.fact.Scope;
import kz.zauyt.extract.fact.Target;
import kz.zauyt.extract.text.Language;
import kz.zauyt.extract.text.Span;
import kz.zauyt.registry.document.Article;

/**
 * Reads one line of {@code extract}'s JSON Lines (spec/extraction-output.md) back into the engine's
 * records, validated by their constructors. Fields the contract may gain later are ignored. Two
 * optional fields are honoured: {@code document.text} (from {@code --with-text}), checked against the
 * id, and a top-level {@code extractor} version, for facts written by another build of the engine.
 */
public final class ContractParser {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String defaultVersion;

    /** {@code defaultVersion}: the extractor version of lines that do not name theirs. */
    public ContractParser(String defaultVersion) {
        this.defaultVersion = defaultVersion;
    }

    /** {@code where} names the line for messages: "facts.jsonl:12". */
    public Article parse(String line, String where) throws ReadException {
        JsonNode root;
        try {
            root = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new ReadException(where + ": not JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new ReadException(where + ": expected a JSON object per line");
        }
        JsonNode doc = root.path("document");
        String source = text(doc, "source");
        String name = source != null ? where + " (" + source + ")" : where;
        if (root.hasNonNull("error")) {
            throw new ReadException(name + ": extract could not read it: " + root.get("error").asText());
        }
        try {
            String id = text(doc, "id");
            String body = text(doc, "text");
            if (body != null && id != null && !id.equals(sha256(body))) {
                throw new IllegalArgumentException("document id " + id + " is not the SHA-256 of its text");
            }
            return new Article(id, source, text(doc, "title"), Language.fromCode(required(doc, "language")),
                    date(text(doc, "published")), body, projects(root.path("projects")),
                    indicators(root.path("indicators")), targets(root.path("targets")), version(root));
        } catch (IllegalArgumentException e) {
            throw new ReadException(name + ": " + e.getMessage(), e);
        }
    }

    private String version(JsonNode root) {
        JsonNode v = root.get("extractor");
        if (v == null || v.isNull()) {
            return defaultVersion;
        }
        return v.isObject() ? v.path("version").asText(defaultVersion) : v.asText();
    }

    private static List<Project> projects(JsonNode list) {
        List<Project> out = new ArrayList<>();
        for (JsonNode p : list) {
            List<Company> companies = new ArrayList<>();
            for (JsonNode c : p.path("companies")) {
                // "a Chinese investor": no name, a country; an entry with neither says nothing
                String name = text(c, "name");
                name = name == null || name.isBlank() ? null : name;
                if (name != null || text(c, "country") != null) {
                    companies.add(new Company(name, text(c, "role"), text(c, "country")));
                }
            }
            JsonNode loc = p.path("location");
            List<String> products = new ArrayList<>();
            p.path("products").forEach(n -> products.add(n.asText()));
            List<Capacity> capacity = new ArrayList<>();
            for (JsonNode c : p.path("capacity")) {
                capacity.add(new Capacity(number(c, "value"), text(c, "unit"), text(c, "per")));
            }
            JsonNode inv = p.path("investment");
            JsonNode jobs = p.get("jobs");
            out.add(new Project(text(p, "name"), companies,
                    new Location(text(loc, "region"), text(loc, "place"), text(loc, "zone")), text(p, "sector"), products,
                    capacity, inv.isObject() ? new Investment(number(inv, "amount"), text(inv, "currency")) : null,
                    jobs == null || jobs.isNull() ? null : jobs.asLong(), text(p, "status"), text(p, "expected"),
                    spans(p.path("evidence"))));
        }
        return out;
    }

    private static List<Indicator> indicators(JsonNode list) {
        List<Indicator> out = new ArrayList<>();
        for (JsonNode i : list) {
            JsonNode period = i.path("period");
            JsonNode change = i.path("change");
            out.add(new Indicator(text(i, "metric"), scope(i.path("scope")),
                    period.isObject() ? new Period(text(period, "from"), text(period, "to")) : null,
                    number(i, "value"), text(i, "unit"),
                    change.isObject() ? new Change(number(change, "percent"), text(change, "basis")) : null,
                    spans(i.path("evidence"))));
        }
        return out;
    }

    private static List<Target> targets(JsonNode list) {
        List<Target> out = new ArrayList<>();
        for (JsonNode t : list) {
            out.add(new Target(text(t, "metric"), scope(t.path("scope")), number(t, "value"), text(t, "unit"),
                    text(t, "per"), text(t, "deadline"), text(t, "setBy"), spans(t.path("evidence"))));
        }
        return out;
    }

    private static Scope scope(JsonNode s) {
        return s.isObject() ? new Scope(text(s, "region"), text(s, "sector")) : null;
    }

    private static List<Span> spans(JsonNode list) {
        List<Span> out = new ArrayList<>();
        for (JsonNode s : list) {
            out.add(new Span((int) number(s, "start"), (int) number(s, "end")));
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String required(JsonNode n, String field) {
        String v = text(n, field);
        if (v == null) {
            throw new IllegalArgumentException("document." + field + " is missing");
        }
        return v;
    }

    private static double number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isNumber()) {
            throw new IllegalArgumentException("'" + field + "' must be a number, got " + v);
        }
        return v.asDouble();
    }

    private static LocalDate date(String s) {
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("published must be YYYY-MM-DD, got '" + s + "'");
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
