package kz.zauyt.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.util.Map;
import kz.zauyt.registry.Registry;
import kz.zauyt.web.api.Api;
import kz.zauyt.web.dashboard.DashboardPage;
import kz.zauyt.web.document.DocumentPages;
import kz.zauyt.web.map.MapPage;
import kz.zauyt.web.project.ProjectPages;
import kz.zauyt.web.source.SourcesPage;
import kz.zauyt.web.target.TargetPages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web face of the registry: server-rendered pages, their static assets and the read-only JSON
 * API, on Javalin. Nothing here writes to the registry. Every response carries the security headers
 * (see {@link #secure}); article text reaches pages only through jte's escaping.
 */
public final class WebServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    /**
     * Only this application's own files: no inline script or style (htmx is configured not to inject
     * any), no framing, no plugins, forms and links to self only.
     */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /** Starts serving {@code registry} on {@code host:port} (port 0 picks a free one). */
    public static WebServer start(Registry registry, String host, int port, Clock clock) {
        Templates templates = new Templates();
        Site site = new Site(registry, templates, clock);
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors(HEADERS)));
            cfg.http.generateEtags = true;
            cfg.http.prefer405over404 = true; // a POST to a page says "read-only", not "missing"
            cfg.staticFiles.add(s -> {
                s.hostedPath = "/static";
                s.directory = "/web/static";
                s.location = Location.CLASSPATH;
                s.headers = Map.of("Cache-Control", "max-age=3600");
            });
            cfg.staticFiles.enableWebjars();
            cfg.routes.before(WebServer::secure);
            new DashboardPage(site).routes(cfg.routes);
            new ProjectPages(site).routes(cfg.routes);
            new TargetPages(site).routes(cfg.routes);
            new DocumentPages(site).routes(cfg.routes);
            new MapPage(site).routes(cfg.routes);
            new SourcesPage(site).routes(cfg.routes);
            new kz.zauyt.web.export.ExportPage(site).routes(cfg.routes);
            new Api(site).routes(cfg.routes);
            cfg.routes.exception(BadParameter.class, (e, ctx) -> site.error(ctx, 400, e.getMessage(), e.parameter()));
            cfg.routes.exception(NotFound.class, (e, ctx) -> site.error(ctx, 404, e.getMessage(), null));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                site.error(ctx, 500, "the server failed to answer this request; the log has the details", null);
            });
            cfg.routes.error(404, ctx -> {
                if (ctx.attribute(Site.ANSWERED) != null) {
                    return; // a handler already explained what is missing
                }
                site.error(ctx, 404, "nothing at " + ctx.path(), null);
            });
            cfg.routes.error(405, ctx -> site.error(ctx, 405, "this application only reads: " + ctx.method()
                    + " is not allowed here", null));
        });
        app.start(host, port);
        return new WebServer(app);
    }

    /** Headers for every response, static files and errors (Jetty's own included). */
    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY",
            "Cross-Origin-Opener-Policy", "same-origin",
            "Permissions-Policy", "geolocation=(), camera=(), microphone=()");

    static void secure(Context ctx) {
        HEADERS.forEach(ctx::header);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
