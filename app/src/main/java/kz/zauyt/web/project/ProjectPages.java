package kz.zauyt.web.project;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.stream.Stream;
import kz.zauyt.extract.fact.Project;
import kz.zauyt.extract.text.Language;
import kz.zauyt.registry.project.NameKeys;
import kz.zauyt.registry.project.Names;
import kz.zauyt.registry.query.Page;
import kz.zauyt.registry.query.Paging;
import kz.zauyt.registry.query.ProjectFilter;
import kz.zauyt.registry.query.ProjectRow;
import kz.zauyt.registry.query.ProjectView;
import kz.zauyt.web.BadParameter;
import kz.zauyt.web.NotFound;
import kz.zauyt.web.PageContext;
import kz.zauyt.web.Params;
import kz.zauyt.web.Regions;
import kz.zauyt.web.Routes;
import kz.zauyt.web.Site;
import kz.zauyt.web.data.SortedProjects;
import kz.zauyt.web.map.MapView;
import kz.zauyt.web.map.Places;

/** The projects table (filters, search, sort, pages) and one project's page; its downloads are web/export's. */
public final class ProjectPages {

    /** What the list takes: the filters, the order and the page. */
    private static final String[] LIST_PARAMETERS = Stream.concat(Params.PROJECT_FILTERS.stream(),
            Stream.of("sort", "page", "size")).toArray(String[]::new);

    /** The table and what its filter controls offer. */
    public record ListModel(Page<ProjectRow> page, String sort, List<String> regions, List<String> statuses,
                            List<String> sections) {
    }

    /**
     * One project: everything reported about it, where it is, and who it is: its most informative name in
     * the page's language where its articles give one, and every name with the articles that used it.
     */
    public record ProjectModel(ProjectView view, MapView map, String name, List<Names.Alias> aliases) {
    }

    private static final List<String> SECTIONS = List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M",
            "N", "O", "P", "Q", "R", "S", "T", "U");

    private final Site site;

    public ProjectPages(Site site) {
        this.site = site;
    }

    public void routes(RoutesConfig r) {
        Routes.get(r, "/projects", this::list);
        Routes.get(r, "/projects/{id}", this::show);
        new ReviewPages(site).routes(r);
    }

    /** The registry's search for its own orders (newest, relevance); the web's sorted query for the others. */
    public static Page<ProjectRow> find(Site site, ProjectFilter filter, String sort, Paging paging) {
        return sort == null ? site.registry().search().search(filter, paging) : site.sorted().list(filter, sort, paging);
    }

    private void list(Context ctx) {
        PageContext page = PageContext.of(ctx, LIST_PARAMETERS);
        Params p = new Params(ctx);
        String sort = p.sort(SortedProjects.KEYS);
        Page<ProjectRow> rows = find(site, p.projectFilter(), sort, p.paging());
        site.page(ctx, "projects.jte", page, new ListModel(rows, sort, List.copyOf(Regions.all().keySet()),
                List.copyOf(Project.STATUSES.stream().sorted(ProjectPages::byStage).toList()), SECTIONS));
    }

    /** Statuses in the order a project lives them, not alphabetically. */
    static int byStage(String a, String b) {
        List<String> order = List.of("proposed", "planned", "construction", "commissioning", "operating", "suspended",
                "cancelled");
        return Integer.compare(order.indexOf(a), order.indexOf(b));
    }

    private void show(Context ctx) {
        PageContext page = PageContext.of(ctx);
        ProjectView view = site.registry().projects().get(id(ctx.pathParam("id")))
                .orElseThrow(() -> new NotFound("there is no project " + ctx.pathParam("id")));
        ProjectRow row = view.project();
        MapView.Marker marker = Places.find(row.place()).map(pt -> MapView.marker(pt, row.place())).orElse(null);
        MapView map = MapView.of(row.region() == null ? java.util.Map.of() : java.util.Map.of(row.region(), 1.0),
                page::region, v -> "", page::region, r -> "/projects?region=" + r, row.region(), marker);
        String name = Names.canonical(view.mentions(), Language.fromCode(page.lang().code()), NameKeys.get());
        site.page(ctx, "project.jte", page, new ProjectModel(view, map, name == null ? row.name() : name,
                Names.aliases(view.mentions())));
    }

    /** A project id from the path: a positive whole number, else 400 naming it. */
    public static long id(String raw) {
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadParameter("id", "a project id is a positive whole number, got '" + raw + "'");
    }
}
