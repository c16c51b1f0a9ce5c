package kz.zauyt.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.zauyt.web.Lang;
import kz.zauyt.web.Regions;

/**
 * Projects as an OC4IDS 0.9 project package: one project record per project, written as it is read.
 * What Zauyt knows maps onto the standard as: title (name), description (newest evidence sentence),
 * status (projectStatus), sector (projectSector from the NACE section; the NACE code in
 * additionalClassifications), locations (point, region, town), budget (investment as reported,
 * never converted), parties (the companies, with no role: news rarely says which), benefits (jobs),
 * documents (the articles the values were read from, each with its sentence). Zauyt has no
 * registered OC4IDS prefix, so ids are "zauyt-" and the registry's project id.
 */
final class Oc4idsWriter {

    private final JsonGenerator json;

    Oc4idsWriter(OutputStream out, Instant now) throws IOException {
        this.json = JsonLinesSink.Jsons.generator(out);
        json.writeStartObject();
        json.writeStringField("uri", "urn:zauyt:export:" + now.getEpochSecond());
        json.writeStringField("publishedDate", now.toString());
        json.writeObjectFieldStart("publisher");
        json.writeStringField("name", "Zauyt (machine-read from news articles)");
        json.writeEndObject();
        json.writeStringField("version", "0.9");
        json.writeArrayFieldStart("projects");
    }

    void write(ExportedProject p) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", "zauyt-" + p.id());
        if (p.lastEvidence() != null) {
            json.writeStringField("updated", dateTime(p.lastEvidence()));
        }
        json.writeStringField("title", p.name().isBlank() ? "project " + p.id() : p.name());
        text("description", p.latest().sentence());
        text("status", Oc4idsCodes.status(p.status()));
        if (Oc4idsCodes.sector(p.sector()) != null) {
            json.writeArrayFieldStart("sector");
            json.writeString(Oc4idsCodes.sector(p.sector()));
            json.writeEndArray();
        }
        if (p.sector() != null && !p.sector().isBlank()) {
            json.writeArrayFieldStart("additionalClassifications");
            json.writeStartObject();
            json.writeStringField("scheme", "NACE Rev. 2");
            json.writeStringField("id", p.sector());
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeArrayFieldStart("identifiers");
        json.writeStartObject();
        json.writeStringField("scheme", "zauyt");
        json.writeStringField("id", String.valueOf(p.id()));
        json.writeEndObject();
        json.writeEndArray();
        location(p);
        if (p.investment() != null && p.currency() != null && p.currency().matches("[A-Z]{3}")) {
            json.writeObjectFieldStart("budget");
            json.writeObjectFieldStart("amount");
            json.writeNumberField("amount", p.investment());
            json.writeStringField("currency", p.currency());
            json.writeEndObject();
            text("description", "investment as reported in the news (" + p.investmentEvidence().source() + ")");
            json.writeEndObject();
        }
        if (!p.companies().isEmpty()) {
            json.writeArrayFieldStart("parties");
            int n = 0;
            for (String c : p.companies().stream().filter(c -> !c.isBlank()).distinct().toList()) {
                json.writeStartObject();
                json.writeStringField("id", "zauyt-" + p.id() + "-org-" + (++n));
                json.writeStringField("name", c);
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (p.jobs() != null && p.jobs() > 0) {
            json.writeArrayFieldStart("benefits");
            json.writeStartObject();
            json.writeStringField("title", "Jobs");
            json.writeStringField("description", p.jobs() + " jobs reported" + (p.jobsEvidence().sentence() == null ? ""
                    : ": " + p.jobsEvidence().sentence()));
            json.writeArrayFieldStart("beneficiaries");
            json.writeStartObject();
            json.writeStringField("description", "people employed");
            json.writeNumberField("numberOfPeople", p.jobs());
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
        }
        documents(p);
        json.writeEndObject();
    }

    private void location(ExportedProject p) throws IOException {
        Locations.Location at = Locations.of(p.place(), p.region());
        if (!at.known() && p.region() == null && p.place() == null) {
            return;
        }
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeStringField("id", "1");
        String region = p.region() == null ? null : Regions.name(p.region(), Lang.EN);
        text("description", String.join(", ", java.util.stream.Stream.of(p.place(), region, "Kazakhstan")
                .filter(s -> s != null && !s.isBlank()).toList()) + (at.known() ? " (point: " + at.precision() + ")" : ""));
        if (at.known()) {
            json.writeObjectFieldStart("geometry");
            json.writeStringField("type", "Point");
            json.writeArrayFieldStart("coordinates");
            json.writeNumber(at.lon());
            json.writeNumber(at.lat());
            json.writeEndArray();
            json.writeEndObject();
        }
        if (p.region() != null && p.region().startsWith("KZ-")) {
            json.writeObjectFieldStart("gazetteer");
            json.writeStringField("scheme", "ISO3166-2");
            json.writeArrayFieldStart("identifiers");
            json.writeString(p.region());
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeObjectFieldStart("address");
        text("locality", p.place());
        text("region", region);
        json.writeStringField("countryName", "Kazakhstan");
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
    }

    /** Each article behind a value once, with the sentences read from it. */
    private void documents(ExportedProject p) throws IOException {
        Map<String, Evidence> bySource = new LinkedHashMap<>();
        Map<String, StringBuilder> sentences = new LinkedHashMap<>();
        for (Evidence e : new Evidence[] {p.latest(), p.statusEvidence(), p.investmentEvidence(), p.jobsEvidence()}) {
            if (e.source() == null) {
                continue;
            }
            bySource.putIfAbsent(e.source(), e);
            StringBuilder s = sentences.computeIfAbsent(e.source(), k -> new StringBuilder());
            if (e.sentence() != null && s.indexOf(e.sentence()) < 0) {
                s.append(s.length() == 0 ? "" : "\n\n").append(e.sentence());
            }
        }
        if (bySource.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("documents");
        int n = 0;
        for (Evidence e : bySource.values()) {
            json.writeStartObject();
            json.writeStringField("id", String.valueOf(++n));
            text("title", e.title());
            String url = url(e.source());
            StringBuilder about = sentences.get(e.source());
            if (url == null) { // an article ingested from a file: its path, for whoever holds the files
                about.append(about.length() == 0 ? "" : "\n\n").append("Source: ").append(e.source());
            }
            text("description", about.toString());
            if (url != null) {
                json.writeStringField("url", url);
            }
            if (e.published() != null) {
                json.writeStringField("datePublished", dateTime(e.published()));
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** An http(s) address as an ASCII URI (Cyrillic paths percent-encoded), or null for a file path. */
    static String url(String source) {
        try {
            java.net.URI u = new java.net.URI(source);
            String scheme = u.getScheme();
            return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme) ? u.toASCIIString() : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** A string field, left out when empty: the schema wants at least one character. */
    private void text(String name, String value) throws IOException {
        if (value != null && !value.isBlank()) {
            json.writeStringField(name, value);
        }
    }

    private static String dateTime(LocalDate d) {
        return d + "T00:00:00Z";
    }

    void finish() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }
}
