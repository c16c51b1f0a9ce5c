package kz.zauyt.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.zauyt.registry.ledger.LedgerEntry;
import kz.zauyt.registry.ledger.TargetState;
import kz.zauyt.registry.query.Dimension;
import kz.zauyt.registry.query.Page;
import kz.zauyt.registry.query.Paging;
import kz.zauyt.registry.query.ProjectFilter;
import kz.zauyt.registry.query.ProjectSearch;
import kz.zauyt.web.NotFound;
import kz.zauyt.web.Params;
import kz.zauyt.web.Routes;
import kz.zauyt.web.Site;
import kz.zauyt.web.data.SortedProjects;
import kz.zauyt.web.document.DocumentPages;
import kz.zauyt.web.project.ProjectPages;
import kz.zauyt.web.target.TargetPages;

/**
 * The read-only JSON API under {@code /api/v1/}, described by {@code /api/openapi.json}. Lists share
 * one envelope ({@code items}, {@code total}, {@code exact}, {@code page}, {@code size}, {@code pages});
 * errors are RFC 7807 problems naming the bad parameter. Unknown parameters are refused: a misspelt
 * filter must not quietly return everything.
 */
public final class Api {

    /** A page of a list. {@code exact} is false when {@code total} is only a lower bound. */
    public record Envelope<T>(List<T> items, long total, boolean exact, int page, int size, long pages) {
        static <T> Envelope<T> of(Page<T> p) {
            return new Envelope<>(p.items(), p.total(), p.exact(), p.paging().page(), p.paging().size(), p.pages());
        }
    }

    private static final Set<String> PAGING = Set.of("page", "size");
    private final Site site;
    private final byte[] openapi;

    public Api(Site site) {
        this.site = site;
        this.openapi = resource("/web/openapi.json");
    }

    public void routes(RoutesConfig r) {
        Routes.get(r, "/api/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(openapi));
        Routes.get(r, "/api/v1/projects", this::projects);
        Routes.get(r, "/api/v1/projects/{id}", this::project);
        Routes.get(r, "/api/v1/documents", this::documents);
        Routes.get(r, "/api/v1/documents/{id}", this::document);
        Routes.get(r, "/api/v1/indicators", this::indicators);
        Routes.get(r, "/api/v1/targets", this::targets);
        Routes.get(r, "/api/v1/stats", this::stats);
        new ApiDocs(site, openapi).routes(r);
    }

    private static Set<String> known(Set<String> a, String... more) {
        return Stream.concat(Stream.concat(a.stream(), PAGING.stream()), Stream.of(more)).collect(Collectors.toSet());
    }

    private void projects(Context ctx) {
        Params p = new Params(ctx);
        p.only(known(Params.PROJECT_FILTERS, "sort"));
        site.json(ctx, Envelope.of(ProjectPages.find(site, p.projectFilter(), p.sort(SortedProjects.KEYS), p.paging())));
    }

    private void project(Context ctx) {
        new Params(ctx).only(Set.of());
        long id = ProjectPages.id(ctx.pathParam("id"));
        site.json(ctx, site.registry().projects().get(id).orElseThrow(() -> new NotFound("there is no project " + id)));
    }

    private void documents(Context ctx) {
        Params p = new Params(ctx);
        p.only(known(Set.of("language", "q")));
        site.json(ctx, Envelope.of(site.documents().list(DocumentPages.language(p), p.text("q"), p.paging())));
    }

    private void document(Context ctx) {
        new Params(ctx).only(Set.of());
        site.json(ctx, DocumentPages.find(site, ctx.pathParam("id")));
    }

    private void indicators(Context ctx) {
        Params p = new Params(ctx);
        p.only(known(Set.of("metric", "region")));
        site.json(ctx, Envelope.of(site.indicators().list(p.text("metric"), TargetPages.region(p), p.paging())));
    }

    private void targets(Context ctx) {
        Params p = new Params(ctx);
        p.only(known(Set.of("state", "metric")));
        TargetState state = TargetPages.state(p);
        String metric = p.text("metric");
        Paging paging = p.paging();
        List<LedgerEntry> all = site.registry().ledger().entries(site.today()).stream()
                .filter(e -> state == null || e.state() == state)
                .filter(e -> metric == null || e.target().metric().contains(metric.toLowerCase(java.util.Locale.ROOT)))
                .toList();
        int from = (int) Math.min(all.size(), (long) (paging.page() - 1) * paging.size());
        int to = Math.min(all.size(), from + paging.size());
        site.json(ctx, Envelope.of(new Page<>(all.subList(from, to), all.size(), true, paging)));
    }

    private void stats(Context ctx) {
        Params p = new Params(ctx);
        p.only(Params.PROJECT_FILTERS);
        ProjectFilter filter = p.projectFilter();
        ProjectSearch search = site.registry().search();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("registry", site.overview().counts());
        out.put("byStatus", search.totals(Dimension.STATUS, filter));
        out.put("byRegion", search.totals(Dimension.REGION, filter));
        out.put("bySector", search.totals(Dimension.SECTOR, filter));
        out.put("byCountry", search.totals(Dimension.COUNTRY, filter));
        site.json(ctx, out);
    }

    private static byte[] resource(String name) {
        try (InputStream in = Api.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
