package kz.zauyt.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the export tests read exports back with: the OC4IDS schemas (vendored in
 * {@code src/test/resources/oc4ids}, validated by networknt's JSON Schema validator with format
 * assertions on), and CSV as RFC 4180 defines it.
 */
public final class Readers {

    static final String PROJECT_ID = "https://standard.open-contracting.org/infrastructure/schema/0__9__5/project-schema.json";
    static final String PACKAGE_ID = "https://standard.open-contracting.org/infrastructure/schema/0__9__5/project-package-schema.json";
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
            b -> b.schemas(Map.of(PROJECT_ID, resource("project-schema.json"), PACKAGE_ID, resource("project-package-schema.json")))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private Readers() {
    }

    /** What the OC4IDS project package schema finds wrong with {@code json} (nothing, if valid). */
    public static List<String> packageErrors(JsonNode json) {
        return errors(SCHEMAS.getSchema(SchemaLocation.of(PACKAGE_ID)), json);
    }

    /** What the OC4IDS project schema finds wrong with one project record. */
    public static List<String> projectErrors(JsonNode json) {
        return errors(SCHEMAS.getSchema(SchemaLocation.of(PROJECT_ID)), json);
    }

    private static List<String> errors(Schema schema, JsonNode json) {
        return schema.validate(json).stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    private static String resource(String name) {
        try (InputStream in = Readers.class.getResourceAsStream("/oc4ids/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode json(byte[] bytes) {
        try {
            return new ObjectMapper().readTree(bytes);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + new String(bytes, 0, Math.min(bytes.length, 300), StandardCharsets.UTF_8), e);
        }
    }

    /** RFC 4180 records (quoted fields may hold commas, quotes doubled, line breaks); the text has no BOM. */
    public static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
