package kz.zauyt.registry.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import kz.zauyt.extract.fact.Capacity;
import kz.zauyt.extract.fact.Company;
import kz.zauyt.extract.text.Span;

/**
 * The small lists the registry keeps as jsonb (companies, capacities, evidence spans), in the field
 * names of the extraction contract so that a person reading the database sees familiar shapes.
 */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    public static ArrayNode companies(List<Company> companies) {
        ArrayNode a = MAPPER.createArrayNode();
        for (Company c : companies) {
            a.addObject().put("name", c.name()).put("role", c.role()).put("country", c.country());
        }
        return a;
    }

    public static ArrayNode capacity(List<Capacity> capacity) {
        ArrayNode a = MAPPER.createArrayNode();
        for (Capacity c : capacity) {
            a.addObject().put("value", c.value()).put("unit", c.unit()).put("per", c.per());
        }
        return a;
    }

    public static ArrayNode spans(List<Span> spans) {
        ArrayNode a = MAPPER.createArrayNode();
        for (Span s : spans) {
            a.addObject().put("start", s.start()).put("end", s.end());
        }
        return a;
    }

    public static ArrayNode strings(List<String> values) {
        ArrayNode a = MAPPER.createArrayNode();
        values.forEach(a::add);
        return a;
    }

    public static List<Company> companies(String json) {
        List<Company> out = new ArrayList<>();
        for (JsonNode n : tree(json)) {
            out.add(new Company(text(n, "name"), text(n, "role"), text(n, "country")));
        }
        return out;
    }

    public static List<Capacity> capacity(String json) {
        List<Capacity> out = new ArrayList<>();
        for (JsonNode n : tree(json)) {
            out.add(new Capacity(n.path("value").asDouble(), n.path("unit").asText(), text(n, "per")));
        }
        return out;
    }

    public static List<Span> spans(String json) {
        List<Span> out = new ArrayList<>();
        for (JsonNode n : tree(json)) {
            out.add(new Span(n.path("start").asInt(), n.path("end").asInt()));
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json == null ? "[]" : json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the registry holds malformed JSON: " + json, e);
        }
    }
}
