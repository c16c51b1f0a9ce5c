package kz.zauyt.web.dashboard;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import kz.zauyt.registry.ledger.LedgerEntry;
import kz.zauyt.registry.ledger.TargetState;
import kz.zauyt.registry.query.Dimension;
import kz.zauyt.registry.query.ProjectFilter;
import kz.zauyt.registry.query.ProjectSearch;
import kz.zauyt.web.Bars;
import kz.zauyt.web.PageContext;
import kz.zauyt.web.Routes;
import kz.zauyt.web.Site;
import kz.zauyt.web.data.Overview;

/** The page people open every morning: how much, where, what is new, which promises fall due. */
public final class DashboardPage {

    /** What the dashboard shows. */
    public record Model(Overview.Counts counts, Bars byStatus, Bars byRegion, Bars bySector, Bars byCountry,
                        List<Overview.Evidence> newest, List<LedgerEntry> dueSoon, String lastReceived) {
    }

    private final Site site;

    public DashboardPage(Site site) {
        this.site = site;
    }

    public void routes(RoutesConfig r) {
        Routes.get(r, "/", this::show);
    }

    private void show(Context ctx) {
        PageContext page = PageContext.of(ctx);
        ProjectSearch search = site.registry().search();
        ProjectFilter any = ProjectFilter.ANY;
        Model m = new Model(site.overview().counts(),
                Bars.of(search.totals(Dimension.STATUS, any), 10, page::status, s -> "/projects?status=" + s, page.fmt()),
                Bars.of(search.totals(Dimension.REGION, any), 10, page::region, r -> "/projects?region=" + r, page.fmt()),
                Bars.of(search.totals(Dimension.SECTOR, any), 10, page::sector, s -> "/projects?sector=" + s, page.fmt()),
                Bars.of(search.totals(Dimension.COUNTRY, any), 10, page.fmt()::country, c -> "/projects?country=" + c,
                        page.fmt()),
                site.overview().newest(8), dueSoon(site.registry().ledger().entries(site.today()), site.today()),
                kz.zauyt.web.source.SourcesPage.lastReceived(new kz.zauyt.follow.Articles(site.registry().database().jdbi())));
        site.page(ctx, "dashboard.jte", page, m);
    }

    /** Open promises whose deadline is this year or the next two, nearest first. */
    static List<LedgerEntry> dueSoon(List<LedgerEntry> ledger, LocalDate today) {
        return ledger.stream()
                .filter(e -> e.state() != TargetState.MET && e.state() != TargetState.MISSED)
                .filter(e -> year(e.target().deadline()) >= today.getYear() && year(e.target().deadline()) <= today.getYear() + 2)
                .sorted(Comparator.comparing(e -> e.target().deadline()))
                .limit(8).toList();
    }

    private static int year(String deadline) {
        return deadline == null || deadline.length() < 4 || !deadline.substring(0, 4).matches("\\d{4}")
                ? Integer.MIN_VALUE : Integer.parseInt(deadline.substring(0, 4));
    }
}
