package kz.zauyt.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Projects as a GeoJSON FeatureCollection (RFC 7946): a point per project at its town, else at its
 * region's centroid, else no geometry (null); {@code location_precision} says which. Every column of
 * the projects table is a property, so a GIS gets the evidence too.
 */
final class GeoJsonWriter {

    private final JsonGenerator json;

    GeoJsonWriter(OutputStream out) throws IOException {
        this.json = JsonLinesSink.Jsons.generator(out);
        json.writeStartObject();
        json.writeStringField("type", "FeatureCollection");
        json.writeArrayFieldStart("features");
    }

    void write(ExportedProject p) throws IOException {
        Object[] cells = ProjectTable.row(p);
        List<Column> columns = ProjectTable.COLUMNS;
        Locations.Location at = Locations.of(p.place(), p.region());
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeNumberField("id", p.id());
        json.writeFieldName("geometry");
        if (at.known()) {
            json.writeStartObject();
            json.writeStringField("type", "Point");
            json.writeArrayFieldStart("coordinates");
            json.writeNumber(at.lon()); // GeoJSON is longitude first
            json.writeNumber(at.lat());
            json.writeEndArray();
            json.writeEndObject();
        } else {
            json.writeNull();
        }
        json.writeObjectFieldStart("properties");
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.get(i).name();
            if (!name.equals("latitude") && !name.equals("longitude")) {
                json.writeFieldName(name);
                JsonLinesSink.value(json, columns.get(i).type(), cells[i]);
            }
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    void finish() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }
}
