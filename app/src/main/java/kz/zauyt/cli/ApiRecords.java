package kz.zauyt.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kz.zauyt.extract.fact.Capacity;
import kz.zauyt.extract.fact.Company;
import kz.zauyt.extract.fact.Investment;
import kz.zauyt.extract.text.Language;
import kz.zauyt.extract.text.Span;
import kz.zauyt.registry.project.MentionRecord;
import kz.zauyt.registry.project.StatusStep;
import kz.zauyt.registry.query.FieldValues;
import kz.zauyt.registry.query.ProjectRow;
import kz.zauyt.registry.query.ProjectView;
import kz.zauyt.registry.query.Reported;

/**
 * The API's JSON read back into the registry's records, with Jackson's streaming parser and by hand: the
 * data-binding mapper takes longer to start (reflection over every record) than the request takes, and
 * a command against a running server should answer in well under a second.
 */
final class ApiRecords {

    private static final JsonFactory JSON = new JsonFactory();

    /** One JSON object as names to values: String, Double/Long, Boolean, List, Map or null. */
    record Obj(Map<String, Object> fields) {
        String s(String name) {
            Object v = fields.get(name);
            return v == null ? null : v.toString();
        }

        Long l(String name) {
            return fields.get(name) instanceof Number n ? n.longValue() : null;
        }

        Double d(String name) {
            return fields.get(name) instanceof Number n ? n.doubleValue() : null;
        }

        boolean b(String name) {
            return Boolean.TRUE.equals(fields.get(name));
        }

        LocalDate date(String name) {
            String v = s(name);
            return v == null ? null : LocalDate.parse(v);
        }

        Obj o(String name) {
            return fields.get(name) instanceof Map<?, ?> m ? new Obj(cast(m)) : null;
        }

        <T> List<T> list(String name, Function<Obj, T> each) {
            List<T> out = new ArrayList<>();
            if (fields.get(name) instanceof List<?> items) {
                items.forEach(i -> out.add(i instanceof Map<?, ?> m ? each.apply(new Obj(cast(m))) : null));
            }
            return out;
        }

        List<String> strings(String name) {
            List<String> out = new ArrayList<>();
            if (fields.get(name) instanceof List<?> items) {
                items.forEach(i -> out.add(String.valueOf(i)));
            }
            return out;
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> cast(Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
    }

    private ApiRecords() {
    }

    static Obj parse(String json) throws IOException {
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            return new Obj(object(p));
        }
    }

    private static Map<String, Object> object(JsonParser p) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            out.put(name, value(p));
        }
        return out;
    }

    private static Object value(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case START_OBJECT -> object(p);
            case START_ARRAY -> {
                List<Object> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(p));
                }
                yield items;
            }
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getLongValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

    static ProjectRow row(Obj o) {
        Long jobs = o.l("jobs");
        return new ProjectRow(o.l("id"), o.s("name"), o.s("status"), o.date("statusDate"), o.s("region"), o.s("place"),
                o.s("zone"), o.s("sector"), o.strings("companies"), o.strings("countries"), o.strings("products"),
                o.d("investment"), o.s("currency"), jobs, o.date("firstEvidence"), o.date("lastEvidence"),
                o.l("mentions").intValue(), o.d("investmentKzt"), o.d("investmentUsd"));
    }

    static ProjectView view(Obj o) {
        return new ProjectView(row(o.o("project")),
                o.list("timeline", s -> new StatusStep(s.s("status"), s.date("since"), s.date("lastSeen"),
                        s.strings("mentions").stream().map(Long::valueOf).toList())),
                o.list("fields", f -> new FieldValues(f.s("field"), f.b("conflicting"), f.list("values",
                        r -> new Reported(r.s("value"), r.list("sources", ApiRecords::source))))),
                o.list("mentions", ApiRecords::mention));
    }

    private static Reported.Source source(Obj s) {
        return new Reported.Source(s.l("mentionId"), s.s("documentId"), s.s("title"), s.s("source"), s.date("published"),
                s.s("quote"));
    }

    private static MentionRecord mention(Obj m) {
        Obj inv = m.o("investment");
        return new MentionRecord(m.l("id"), m.l("projectId"), m.s("documentId"), m.s("title"), m.s("source"),
                m.date("published"), Language.fromCode(m.s("language")), m.s("name"),
                m.list("companies", c -> new Company(c.s("name"), c.s("role"), c.s("country"))), m.s("region"),
                m.s("place"), m.s("zone"), m.s("sector"), m.strings("products"),
                m.list("capacity", c -> new Capacity(c.d("value"), c.s("unit"), c.s("per"))),
                inv == null ? null : new Investment(inv.d("amount"), inv.s("currency")), m.l("jobs"), m.s("status"),
                m.s("expected"), m.list("evidence", e -> new Span(e.l("start").intValue(), e.l("end").intValue())),
                m.s("quote"), m.d("score"), m.l("matchedMention"), m.s("reason"));
    }
}
