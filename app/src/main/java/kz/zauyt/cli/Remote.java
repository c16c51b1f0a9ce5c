package kz.zauyt.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import kz.zauyt.extract.text.Language;
import kz.zauyt.registry.query.Page;
import kz.zauyt.registry.query.Paging;
import kz.zauyt.registry.query.ProjectFilter;
import kz.zauyt.registry.query.ProjectRow;
import kz.zauyt.registry.query.ProjectView;

/**
 * The registry as a running {@code zauyt serve} answers it: its JSON API over HTTP, read into the same
 * records the embedded registry gives, so a command prints the same lines either way. Asking a server
 * already running takes a request; opening the registry takes a database start and a migration check.
 */
final class Remote {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .registerModule(new SimpleModule("zauyt-client")
                    .addDeserializer(LocalDate.class, new JsonDeserializer<>() {
                        @Override
                        public LocalDate deserialize(JsonParser p, DeserializationContext c) throws IOException {
                            return LocalDate.parse(p.getValueAsString());
                        }
                    })
                    .addDeserializer(Language.class, new JsonDeserializer<>() {
                        @Override
                        public Language deserialize(JsonParser p, DeserializationContext c) throws IOException {
                            return Language.fromCode(p.getValueAsString());
                        }
                    }));

    /** A list as the API sends it. */
    private record Listing(List<ProjectRow> items, long total, boolean exact) {
    }

    /** A server that cannot be asked: a sentence for the user, not a stack trace. */
    static final class Unreachable extends RuntimeException {
        Unreachable(String message) {
            super(message);
        }
    }

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Remote(URI base) {
        this.base = base;
    }

    /**
     * Asks the server: {@code --server} if given (its failures are the command's), else a serve running on
     * the same embedded data folder ({@link ServeFile}); empty when there is none, or when the one found
     * does not answer (then the command opens the registry itself, as without a serve).
     */
    static <T> Optional<T> ask(URI server, RegistryOptions options, Function<Remote, T> question) {
        Optional<Remote> found = find(server, options);
        if (found.isEmpty() || server != null) {
            return found.map(question);
        }
        try {
            return found.map(question);
        } catch (Unreachable e) {
            return Optional.empty();
        }
    }

    private static Optional<Remote> find(URI server, RegistryOptions options) {
        if (server != null) {
            if (!"http".equals(server.getScheme()) && !"https".equals(server.getScheme()) || server.getHost() == null) {
                throw new IllegalArgumentException("--server must be an http address such as http://127.0.0.1:7070, got '"
                        + server + "'");
            }
            return Optional.of(new Remote(server));
        }
        var config = options.config();
        return config.isEmbedded() ? ServeFile.running(config.dataDir()).map(Remote::new) : Optional.empty();
    }

    Page<ProjectRow> projects(ProjectFilter f, Paging paging) {
        List<String> q = new ArrayList<>();
        add(q, "region", f.region());
        add(q, "sector", f.sector());
        add(q, "status", f.status());
        add(q, "company", f.company());
        add(q, "country", f.country());
        add(q, "year", f.year());
        add(q, "q", f.text());
        add(q, "page", paging.page());
        add(q, "size", paging.size());
        Listing l = read(get("api/v1/projects?" + String.join("&", q)).orElseThrow(), Listing.class);
        return new Page<>(l.items(), l.total(), l.exact(), paging);
    }

    Optional<ProjectView> project(long id) {
        return get("api/v1/projects/" + id).map(body -> read(body, ProjectView.class));
    }

    private static void add(List<String> q, String name, Object value) {
        if (value != null) {
            q.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }

    /** The body of a 200; empty for a 404; a 400's problem as the user's mistake; anything else unreachable. */
    private Optional<String> get(String path) {
        URI uri = base.resolve(base.getPath().endsWith("/") ? path : "/" + path);
        HttpResponse<String> r;
        try {
            r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Accept", "application/json")
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Unreachable("cannot reach the server at " + base + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("interrupted while asking " + base);
        }
        if (r.statusCode() == 200) {
            return Optional.of(r.body());
        }
        if (r.statusCode() == 404 && uri.getPath().matches(".*/projects/\\d+")) {
            return Optional.empty();
        }
        String detail = detail(r.body());
        if (r.statusCode() == 400) {
            throw new IllegalArgumentException(detail);
        }
        throw new Unreachable(base + " answered " + r.statusCode() + (detail.isEmpty() ? "" : ": " + detail));
    }

    private static String detail(String body) {
        try {
            return MAPPER.readTree(body).path("detail").asText("");
        } catch (IOException e) {
            return "";
        }
    }

    private <T> T read(String body, Class<T> type) {
        try {
            return MAPPER.readValue(body, type);
        } catch (IOException e) {
            throw new Unreachable(base + " did not answer as a Zauyt server (" + e.getMessage().lines().findFirst().orElse("")
                    + ")");
        }
    }
}
