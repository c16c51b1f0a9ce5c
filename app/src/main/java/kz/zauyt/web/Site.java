package kz.zauyt.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import kz.zauyt.registry.Registry;
import kz.zauyt.web.data.Documents;
import kz.zauyt.web.data.Indicators;
import kz.zauyt.web.data.Overview;
import kz.zauyt.web.data.SortedProjects;

/**
 * What the handlers share: the registry's services, the web's own read-only queries, the templates,
 * the clock the targets ledger is judged by, and the way errors are answered (problem JSON under
 * /api, a page elsewhere).
 */
public final class Site {

    /** Set on a request whose error was already answered, so the status-code handler leaves it alone. */
    static final String ANSWERED = "zauyt.answered";

    private final Registry registry;
    private final Templates templates;
    private final Clock clock;
    private final SortedProjects sorted;
    private final Overview overview;
    private final Documents documents;
    private final Indicators indicators;

    Site(Registry registry, Templates templates, Clock clock) {
        this.registry = registry;
        this.templates = templates;
        this.clock = clock;
        this.sorted = new SortedProjects(registry.database().jdbi());
        this.overview = new Overview(registry.database().jdbi());
        this.documents = new Documents(registry.database().jdbi());
        this.indicators = new Indicators(registry.database().jdbi());
    }

    public Registry registry() {
        return registry;
    }

    public SortedProjects sorted() {
        return sorted;
    }

    public Overview overview() {
        return overview;
    }

    public Documents documents() {
        return documents;
    }

    public Indicators indicators() {
        return indicators;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public void page(Context ctx, String template, PageContext page, Object model) {
        templates.page(ctx, template, page, model);
    }

    public void json(Context ctx, Object value) {
        ctx.contentType("application/json; charset=utf-8").result(Json.write(value));
    }

    void error(Context ctx, int status, String message, String parameter) {
        ctx.status(status);
        ctx.attribute(ANSWERED, Boolean.TRUE);
        if (ctx.path().startsWith("/api/")) {
            String title = status == 400 ? "Bad parameter" : status == 404 ? "Not found"
                    : status == 405 ? "Method not allowed" : "Server error";
            // bytes, not a String: Javalin would encode a String in the charset the media type names, and
            // application/problem+json names none (JSON is UTF-8), so "ТОО" came out as "???"
            ctx.contentType(Problem.MEDIA_TYPE).result(Json.write(Problem.of(status, title, message, ctx.path(), parameter))
                    .getBytes(StandardCharsets.UTF_8));
        } else {
            templates.page(ctx, "error.jte", PageContext.ofError(ctx), new ErrorModel(status, message));
        }
    }

    /** What the error page shows. */
    public record ErrorModel(int status, String message) {
    }
}
