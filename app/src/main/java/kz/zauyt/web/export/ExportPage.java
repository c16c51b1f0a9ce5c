package kz.zauyt.web.export;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.zauyt.export.ExportFormat;
import kz.zauyt.export.ExportRequest;
import kz.zauyt.export.Exporter;
import kz.zauyt.export.Kind;
import kz.zauyt.web.BadParameter;
import kz.zauyt.web.PageContext;
import kz.zauyt.web.Params;
import kz.zauyt.web.Routes;
import kz.zauyt.web.Site;
import kz.zauyt.web.data.SortedProjects;
import kz.zauyt.web.target.TargetPages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /export?format=...&what=...&FILTERS}: the download buttons of the list pages. It takes the
 * same filters as the lists (and the API), checks each before anything is sent (a bad one is a 400
 * naming it), then streams the rows as the registry gives them, as {@code zauyt export} writes them.
 */
public final class ExportPage {

    private static final Logger LOG = LoggerFactory.getLogger(ExportPage.class);

    /** The list filters a download keeps, besides {@code format} and {@code what}. */
    public static final Set<String> FILTERS = filters();

    private final Site site;

    public ExportPage(Site site) {
        this.site = site;
    }

    public void routes(RoutesConfig r) {
        Routes.get(r, "/export", this::export);
        Routes.get(r, "/projects.csv", this::projectsCsv);
    }

    /** The address of a download of {@code what} as {@code format} with this page's filters. */
    public static String href(PageContext page, String what, String format) {
        String base = page.on("/export", FILTERS);
        return base + (base.contains("?") ? "&" : "?") + "what=" + what + "&format=" + format;
    }

    private void export(Context ctx) {
        Params p = new Params(ctx);
        Set<String> known = new HashSet<>(FILTERS);
        known.addAll(List.of("format", "what", "lang"));
        p.only(known);
        send(ctx, request(p));
    }

    /**
     * The address links made before {@code /export} point to: the same file as
     * {@code /export?format=csv&what=projects} with the same filters. Those links carried the list's
     * order and page too: a bad one is still a 400, a good one changes nothing (the file holds every
     * matching project, in the export's order).
     */
    private void projectsCsv(Context ctx) {
        Params p = new Params(ctx);
        Set<String> known = new HashSet<>(Params.PROJECT_FILTERS);
        known.addAll(List.of("sort", "page", "size"));
        p.only(known);
        p.sort(SortedProjects.KEYS);
        p.paging();
        send(ctx, new ExportRequest(ExportFormat.CSV, List.of(Kind.PROJECTS), p.projectFilter(), null, null, null,
                site.today()));
    }

    private void send(Context ctx, ExportRequest request) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + request.fileName() + "\"");
        ctx.contentType(request.format().mediaType());
        if ("HEAD".equals(ctx.method().name())) {
            return; // the headers say what a GET would send; no need to read the registry
        }
        try {
            OutputStream out = ctx.outputStream();
            new Exporter(site.registry(), java.time.Clock.systemUTC()).write(request, out);
            out.flush();
        } catch (IOException e) {
            LOG.info("export {} stopped: {}", ctx.queryString(), e.getMessage()); // the client went away
        }
    }

    private ExportRequest request(Params p) {
        String format = p.text("format");
        if (format == null) {
            throw new BadParameter("format", "format is required: csv, xlsx, geojson, oc4ids or jsonl");
        }
        ExportFormat f = parse("format", () -> ExportFormat.parse(format));
        List<Kind> kinds = parse("what", () -> ExportRequest.kinds(f, p.text("what")));
        String metric = p.text("metric");
        String region = TargetPages.region(p);
        var state = TargetPages.state(p);
        var filter = p.projectFilter();
        return parse("what", () -> new ExportRequest(f, kinds, filter, metric, region, state, site.today()));
    }

    private static <T> T parse(String parameter, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw new BadParameter(parameter, e.getMessage());
        }
    }

    private static Set<String> filters() {
        Set<String> s = new HashSet<>(Params.PROJECT_FILTERS);
        s.addAll(List.of("metric", "state"));
        return Set.copyOf(s);
    }
}
