package kz.zauyt.web.map;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import kz.zauyt.registry.query.Dimension;
import kz.zauyt.registry.query.ProjectFilter;
import kz.zauyt.registry.query.Total;
import kz.zauyt.web.BadParameter;
import kz.zauyt.web.PageContext;
import kz.zauyt.web.Params;
import kz.zauyt.web.Routes;
import kz.zauyt.web.Site;

/** Kazakhstan's regions coloured by how many projects, or how much investment in one currency, each has. */
public final class MapPage {

    /** The map, what it is coloured by, and the table beside it. */
    public record Model(MapView map, String by, String currency, List<String> currencies, List<Total> totals) {
    }

    private final Site site;
    private final TownPoints towns;

    public MapPage(Site site) {
        this.site = site;
        this.towns = new TownPoints(site.registry().database().jdbi());
    }

    /** The map takes the list's filters, and what it measures regions by. */
    private static final String[] MAP_PARAMETERS = Stream.concat(Params.PROJECT_FILTERS.stream(), Stream.of("by", "currency"))
            .toArray(String[]::new);

    public void routes(RoutesConfig r) {
        Routes.get(r, "/map", this::show);
    }

    private void show(Context ctx) {
        PageContext page = PageContext.of(ctx, MAP_PARAMETERS);
        Params p = new Params(ctx);
        String by = p.text("by") == null ? "projects" : p.text("by");
        if (!by.equals("projects") && !by.equals("investment")) {
            throw new BadParameter("by", "by must be projects or investment, got '" + by + "'");
        }
        ProjectFilter filter = p.projectFilter();
        List<Total> totals = site.registry().search().totals(Dimension.REGION, filter);
        TreeSet<String> currencies = new TreeSet<>();
        totals.forEach(t -> currencies.addAll(t.investment().keySet()));
        String currency = p.text("currency") == null ? (currencies.contains("KZT") || currencies.isEmpty() ? "KZT"
                : currencies.first()) : p.text("currency").toUpperCase(java.util.Locale.ROOT);
        if (!currency.matches("[A-Z]{3}")) {
            throw new BadParameter("currency", "currency must be an ISO 4217 code such as KZT, got '" + currency + "'");
        }
        Map<String, Double> values = new HashMap<>();
        Map<String, Total> byCode = new HashMap<>();
        for (Total t : totals) {
            if (t.key() != null) {
                byCode.put(t.key(), t);
                values.put(t.key(), by.equals("projects") ? (double) t.projects() : t.investment().getOrDefault(currency, 0.0));
            }
        }
        String c = currency;
        MapView map = MapView.of(values, page::region,
                v -> by.equals("projects") ? String.valueOf(Math.round(v)) : page.fmt().money(v, null),
                code -> tooltip(page, code, byCode.get(code)), code -> page.on("/projects", Params.PROJECT_FILTERS) + sep(page.on("/projects", Params.PROJECT_FILTERS))
                        + "region=" + code, null, null).withDots(dots(page, towns.towns(filter)));
        site.page(ctx, "map.jte", page, new Model(map, by, c, List.copyOf(currencies), totals));
    }

    /** Each town's point: one project links to it, several to the list of their region under the same filters. */
    private static List<MapView.Dot> dots(PageContext page, List<TownPoints.Town> towns) {
        long most = towns.stream().mapToLong(TownPoints.Town::projects).max().orElse(1);
        String list = page.on("/projects", Params.PROJECT_FILTERS);
        List<MapView.Dot> out = new ArrayList<>();
        for (TownPoints.Town t : towns) {
            String names = String.join("; ", t.names()) + (t.projects() > t.names().size()
                    ? " " + page.t("map.andMore", t.projects() - t.names().size()) : "");
            String title = t.place() + ": " + page.t("map.projects", t.projects()) + " (" + names + ")";
            String href = t.projects() == 1 || t.region() == null ? "/projects/" + t.first()
                    : list + sep(list) + "region=" + t.region();
            out.add(MapView.dot(t.point(), t.projects(), most, title, href));
        }
        return out;
    }

    private static String sep(String href) {
        return href.contains("?") ? "&" : "?";
    }

    private static String tooltip(PageContext page, String code, Total t) {
        if (t == null) {
            return page.region(code) + ": " + page.t("map.none");
        }
        return page.region(code) + ": " + page.t("map.projects", t.projects())
                + (t.investment().isEmpty() ? "" : ", " + page.fmt().amounts(t.investment()));
    }
}
