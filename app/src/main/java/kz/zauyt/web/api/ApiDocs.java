package kz.zauyt.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.zauyt.web.PageContext;
import kz.zauyt.web.Routes;
import kz.zauyt.web.Site;

/**
 * {@code /api/docs}: the OpenAPI document the API serves, as a page of this site: each endpoint with its
 * parameters, their types and allowed values, and its answers. Drawn by the server from the same file,
 * so it cannot disagree with it, and it needs no script and nothing from another site.
 */
public final class ApiDocs {

    /** One parameter: where it goes, whether it must be given, its type and what values it takes. */
    public record Param(String name, String in, boolean required, String type, String allowed, String description) {
    }

    /** One answer of an operation. */
    public record Answer(String status, String description, String mediaType) {
    }

    /** One method on one path. */
    public record Operation(String id, String method, String path, String summary, String description, List<Param> params,
                            List<Answer> answers) {
    }

    /** A schema of the answers (the list envelope, a problem...): its fields, their types and what they mean. */
    public record Schema(String name, String description, List<Param> fields) {
    }

    /** The page: the API's title, version and description, every operation in the file's order, the schemas. */
    public record Model(String title, String version, String description, List<Operation> operations, List<Schema> schemas) {
    }

    private final Site site;
    private final Model model;

    public ApiDocs(Site site, byte[] openapi) {
        this.site = site;
        try {
            this.model = read(new ObjectMapper().readTree(openapi));
        } catch (IOException e) {
            throw new UncheckedIOException("the application's openapi.json is not JSON", e);
        }
    }

    public void routes(RoutesConfig r) {
        Routes.get(r, "/api/docs", this::show);
    }

    private void show(Context ctx) {
        site.page(ctx, "apidocs.jte", PageContext.of(ctx), model);
    }

    static Model read(JsonNode root) {
        List<Operation> ops = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                JsonNode op = method.getValue();
                List<Param> params = new ArrayList<>();
                op.path("parameters").forEach(p -> params.add(new Param(p.path("name").asText(), p.path("in").asText(),
                        p.path("required").asBoolean(false), p.path("schema").path("type").asText(""),
                        allowed(p.path("schema")), p.path("description").asText(""))));
                List<Answer> answers = new ArrayList<>();
                for (Map.Entry<String, JsonNode> a : op.path("responses").properties()) {
                    List<String> media = new ArrayList<>(); // an export answers in one of several
                    a.getValue().path("content").fieldNames().forEachRemaining(media::add);
                    answers.add(new Answer(a.getKey(), a.getValue().path("description").asText(""),
                            String.join(", ", media)));
                }
                String id = (method.getKey() + path.getKey()).replaceAll("[^A-Za-z0-9]+", "-");
                ops.add(new Operation(id, method.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(),
                        op.path("summary").asText(""), op.path("description").asText(""), params, answers));
            }
        }
        List<Schema> schemas = new ArrayList<>();
        for (Map.Entry<String, JsonNode> sc : root.path("components").path("schemas").properties()) {
            List<Param> fields = new ArrayList<>();
            for (Map.Entry<String, JsonNode> f : sc.getValue().path("properties").properties()) {
                fields.add(new Param(f.getKey(), "", false, f.getValue().path("type").asText(""), allowed(f.getValue()),
                        f.getValue().path("description").asText("")));
            }
            schemas.add(new Schema(sc.getKey(), sc.getValue().path("description").asText(""), fields));
        }
        JsonNode info = root.path("info");
        return new Model(info.path("title").asText("API"), info.path("version").asText(""),
                info.path("description").asText(""), ops, schemas);
    }

    /** What a schema allows, in words: its values, pattern or range. */
    private static String allowed(JsonNode schema) {
        List<String> out = new ArrayList<>();
        if (schema.has("enum")) {
            List<String> values = new ArrayList<>();
            schema.path("enum").forEach(v -> values.add(v.asText()));
            out.add(String.join(" | ", values));
        }
        if (schema.has("pattern")) {
            out.add(schema.path("pattern").asText());
        }
        if (schema.has("minimum") && schema.has("maximum")) {
            out.add(schema.path("minimum").asText() + "–" + schema.path("maximum").asText());
        } else if (schema.has("minimum")) {
            out.add("≥ " + schema.path("minimum").asText());
        } else if (schema.has("maximum")) {
            out.add("≤ " + schema.path("maximum").asText());
        }
        if (schema.has("default")) {
            out.add("default " + schema.path("default").asText());
        }
        return String.join("; ", out);
    }
}
