package kz.zauyt.extract.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import kz.zauyt.extract.Extraction;
import kz.zauyt.extract.document.Document;
import kz.zauyt.extract.fact.Capacity;
import kz.zauyt.extract.fact.Company;
import kz.zauyt.extract.fact.Indicator;
import kz.zauyt.extract.fact.Project;
import kz.zauyt.extract.fact.Scope;
import kz.zauyt.extract.fact.Target;
import kz.zauyt.extract.text.Span;
import kz.zauyt.extract.value.DateMention;
import kz.zauyt.extract.value.FactorMention;
import kz.zauyt.extract.value.Mention;
import kz.zauyt.extract.value.MoneyMention;
import kz.zauyt.extract.value.NumberMention;
import kz.zauyt.extract.value.PercentMention;
import kz.zauyt.extract.value.PeriodMention;
import kz.zauyt.extract.value.QuantityMention;

/**
 * Writes the contract of {@code ../spec/extraction-output.md}: one JSON object per document, on one
 * line, fields in the contract's order. Streaming, because extraction runs at thousands of documents
 * a second and a tree per document would dominate it.
 */
public final class ExtractionJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ExtractionJson() {
    }

    /** What to include beyond the facts. */
    public record Options(boolean withText, boolean withAnnotations) {
    }

    public static String line(Extraction x, Options options) {
        return write(g -> {
            g.writeStartObject();
            document(g, x.document(), options.withText());
            g.writeArrayFieldStart("projects");
            for (Project p : x.projects()) {
                project(g, p);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("indicators");
            for (Indicator i : x.indicators()) {
                indicator(g, i);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("targets");
            for (Target t : x.targets()) {
                target(g, t);
            }
            g.writeEndArray();
            if (options.withAnnotations()) {
                g.writeArrayFieldStart("annotations");
                for (Mention m : x.annotations()) {
                    annotation(g, m, x.document().text());
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        });
    }

    /** The contract's line for an input that could not be read. */
    public static String error(String source, String message) {
        return write(g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("document");
            g.writeNullField("id");
            g.writeStringField("source", source);
            g.writeNullField("title");
            g.writeNullField("language");
            g.writeNullField("published");
            g.writeEndObject();
            g.writeStringField("error", message);
            g.writeEndObject();
        });
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static String write(Body body) {
        StringWriter w = new StringWriter(4096);
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
        return w.toString();
    }

    private static void document(JsonGenerator g, Document d, boolean withText) throws IOException {
        g.writeObjectFieldStart("document");
        g.writeStringField("id", d.id());
        g.writeStringField("source", d.source());
        g.writeStringField("title", d.title());
        g.writeStringField("language", d.language().code());
        string(g, "published", d.published() == null ? null : d.published().toString());
        if (withText) {
            g.writeStringField("text", d.text());
            g.writeArrayFieldStart("sentences");
            for (Span s : d.sentences()) {
                span(g, s);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void project(JsonGenerator g, Project p) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", p.name());
        g.writeArrayFieldStart("companies");
        for (Company c : p.companies()) {
            g.writeStartObject();
            string(g, "name", c.name());
            string(g, "role", c.role());
            string(g, "country", c.country());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("location");
        string(g, "region", p.location().region());
        string(g, "place", p.location().place());
        string(g, "zone", p.location().zone());
        g.writeEndObject();
        string(g, "sector", p.sector());
        g.writeArrayFieldStart("products");
        for (String s : p.products()) {
            g.writeString(s);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("capacity");
        for (Capacity c : p.capacity()) {
            g.writeStartObject();
            number(g, "value", c.value());
            g.writeStringField("unit", c.unit());
            string(g, "per", c.per());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (p.investment() == null) {
            g.writeNullField("investment");
        } else {
            g.writeObjectFieldStart("investment");
            number(g, "amount", p.investment().amount());
            g.writeStringField("currency", p.investment().currency());
            g.writeEndObject();
        }
        if (p.jobs() == null) {
            g.writeNullField("jobs");
        } else {
            g.writeNumberField("jobs", p.jobs());
        }
        string(g, "status", p.status());
        string(g, "expected", p.expected());
        evidence(g, p.evidence());
        g.writeEndObject();
    }

    private static void indicator(JsonGenerator g, Indicator i) throws IOException {
        g.writeStartObject();
        g.writeStringField("metric", i.metric());
        scope(g, i.scope());
        if (i.period() == null) {
            g.writeNullField("period");
        } else {
            g.writeObjectFieldStart("period");
            string(g, "from", i.period().from());
            string(g, "to", i.period().to());
            g.writeEndObject();
        }
        number(g, "value", i.value());
        g.writeStringField("unit", i.unit());
        if (i.change() == null) {
            g.writeNullField("change");
        } else {
            g.writeObjectFieldStart("change");
            number(g, "percent", i.change().percent());
            string(g, "basis", i.change().basis());
            g.writeEndObject();
        }
        evidence(g, i.evidence());
        g.writeEndObject();
    }

    private static void target(JsonGenerator g, Target t) throws IOException {
        g.writeStartObject();
        g.writeStringField("metric", t.metric());
        scope(g, t.scope());
        number(g, "value", t.value());
        g.writeStringField("unit", t.unit());
        string(g, "per", t.per());
        string(g, "deadline", t.deadline());
        string(g, "setBy", t.setBy());
        evidence(g, t.evidence());
        g.writeEndObject();
    }

    private static void scope(JsonGenerator g, Scope s) throws IOException {
        g.writeObjectFieldStart("scope");
        string(g, "region", s == null ? null : s.region());
        string(g, "sector", s == null ? null : s.sector());
        g.writeEndObject();
    }

    private static void evidence(JsonGenerator g, List<Span> spans) throws IOException {
        g.writeArrayFieldStart("evidence");
        for (Span s : spans) {
            span(g, s);
        }
        g.writeEndArray();
    }

    private static void span(JsonGenerator g, Span s) throws IOException {
        g.writeStartObject();
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
        g.writeEndObject();
    }

    private static void annotation(JsonGenerator g, Mention m, String text) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", m.type());
        g.writeNumberField("start", m.span().start());
        g.writeNumberField("end", m.span().end());
        g.writeStringField("text", m.span().of(text));
        if (m instanceof NumberMention n) {
            number(g, "value", n.value());
            range(g, n.to(), n.qualifier());
        } else if (m instanceof MoneyMention n) {
            number(g, "amount", n.amount());
            g.writeStringField("currency", n.currency());
            range(g, n.to(), n.qualifier());
        } else if (m instanceof QuantityMention n) {
            number(g, "value", n.value());
            g.writeStringField("unit", n.unit());
            range(g, n.to(), n.qualifier());
        } else if (m instanceof PercentMention n) {
            number(g, "value", n.value());
            range(g, n.to(), n.qualifier());
        } else if (m instanceof FactorMention n) {
            number(g, "value", n.value());
        } else if (m instanceof DateMention n) {
            string(g, "value", n.value());
            if (n.qualifier() != null) {
                g.writeStringField("qualifier", n.qualifier());
            }
        } else if (m instanceof PeriodMention n) {
            string(g, "from", n.from());
            string(g, "to", n.to());
        }
        g.writeEndObject();
    }

    private static void range(JsonGenerator g, Double to, String qualifier) throws IOException {
        if (to != null) {
            number(g, "to", to);
        }
        if (qualifier != null) {
            g.writeStringField("qualifier", qualifier);
        }
    }

    /** Whole numbers print without ".0" ("15000", not "15000.0"); others as the shortest double. */
    private static void number(JsonGenerator g, String field, double v) throws IOException {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            g.writeNumberField(field, (long) v);
        } else {
            g.writeNumberField(field, v);
        }
    }

    private static void string(JsonGenerator g, String field, String value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, value);
        }
    }
}
