package kz.zauyt.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
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

    /** A server that cannot be asked: a sentence for the user, not a stack trace. */
    static final class Unreachable extends RuntimeException {
        Unreachable(String message) {
            super(message);
        }
    }

    private final URI base;

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
        ApiRecords.Obj l = read(get("api/v1/projects?" + String.join("&", q)).orElseThrow());
        return new Page<>(l.list("items", ApiRecords::row), l.l("total"), l.b("exact"), paging);
    }

    Optional<ProjectView> project(long id) {
        return get("api/v1/projects/" + id).map(body -> ApiRecords.view(read(body)));
    }

    private static void add(List<String> q, String name, Object value) {
        if (value != null) {
            q.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }

    /**
     * The body of a 200; empty for a 404; a 400's problem as the user's mistake; anything else unreachable.
     * {@link HttpURLConnection}, not {@code java.net.http}: that client sets up TLS even for plain http,
     * half a second of a command that should take less than one.
     */
    private Optional<String> get(String path) {
        URI uri = base.resolve(base.getPath().endsWith("/") ? path : "/" + path);
        int status;
        String body;
        try {
            HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
            c.setConnectTimeout(2_000);
            c.setReadTimeout(30_000);
            c.setRequestProperty("Accept", "application/json");
            status = c.getResponseCode();
            try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
                body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new Unreachable("cannot reach the server at " + base + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
        if (status == 200) {
            return Optional.of(body);
        }
        if (status == 404 && uri.getPath().matches(".*/projects/\\d+")) {
            return Optional.empty();
        }
        String detail = detail(body);
        if (status == 400) {
            throw new IllegalArgumentException(detail);
        }
        throw new Unreachable(base + " answered " + status + (detail.isEmpty() ? "" : ": " + detail));
    }

    private static String detail(String body) {
        try {
            String d = ApiRecords.parse(body).s("detail");
            return d == null ? "" : d;
        } catch (IOException e) {
            return "";
        }
    }

    private ApiRecords.Obj read(String body) {
        try {
            return ApiRecords.parse(body);
        } catch (IOException | RuntimeException e) {
            throw new Unreachable(base + " did not answer as a Zauyt server (" + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
                    + ")");
        }
    }
}
