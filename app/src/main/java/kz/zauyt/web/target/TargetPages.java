package kz.zauyt.web.target;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.zauyt.registry.ledger.LedgerEntry;
import kz.zauyt.registry.ledger.TargetLedger;
import kz.zauyt.registry.ledger.TargetRecord;
import kz.zauyt.registry.ledger.TargetState;
import kz.zauyt.registry.query.Page;
import kz.zauyt.web.BadParameter;
import kz.zauyt.web.PageContext;
import kz.zauyt.web.Params;
import kz.zauyt.web.Routes;
import kz.zauyt.web.Site;
import kz.zauyt.web.data.Indicators;

/** The targets ledger (promises with progress and state) and the indicators as time series. */
public final class TargetPages {

    /** The ledger, narrowed to one state or not; {@code capacities}: plant capacities left out of it. */
    public record LedgerModel(List<Row> rows, String state, List<TargetState> states, List<TargetRecord> capacities) {
    }

    /**
     * One ledger line: its progress bar's width (0..100, capped) and its words: the metric's name, the
     * target and the reading side by side, the reading's period and why the line has its state.
     */
    public record Row(LedgerEntry entry, double bar, String metric, String target, String reading, String period,
                      String why) {
    }

    /** Indicator series, each drawn as one chart per kind of figure and kind of period. */
    public record SeriesModel(Page<Indicators.Series> page, List<List<SeriesChart.Part>> charts) {
    }

    private final Site site;

    public TargetPages(Site site) {
        this.site = site;
    }

    public void routes(RoutesConfig r) {
        Routes.get(r, "/targets", this::targets);
        Routes.get(r, "/indicators", this::indicators);
    }

    /** The state named by {@code ?state=} ("on track" or "on_track"), or null for all. */
    public static TargetState state(Params p) {
        String s = p.text("state");
        if (s == null) {
            return null;
        }
        for (TargetState t : TargetState.values()) {
            if (t.name().equalsIgnoreCase(s.replace(' ', '_')) || t.label().equalsIgnoreCase(s)) {
                return t;
            }
        }
        throw new BadParameter("state", "state must be one of no_data, pending, on_track, met, missed; got '" + s + "'");
    }

    private void targets(Context ctx) {
        PageContext page = PageContext.of(ctx, "state");
        TargetState only = state(new Params(ctx));
        List<Row> rows = new ArrayList<>();
        TargetLedger.Ledger ledger = site.registry().ledger().ledger(site.today());
        LedgerWords words = new LedgerWords(page);
        for (LedgerEntry e : ledger.entries()) {
            if (only == null || e.state() == only) {
                double bar = e.progress() == null ? 0 : Math.max(0, Math.min(100, Math.round(e.progress() * 1000) / 10.0));
                rows.add(new Row(e, bar, words.metric(e.target().metric()), words.target(e), words.reading(e),
                        words.period(e.latest()), words.why(e)));
            }
        }
        site.page(ctx, "targets.jte", page, new LedgerModel(rows, only == null ? "" : only.name().toLowerCase(Locale.ROOT),
                List.of(TargetState.values()), ledger.capacities()));
    }

    private void indicators(Context ctx) {
        PageContext page = PageContext.of(ctx, "metric", "region", "page", "size");
        Params p = new Params(ctx);
        Integer size = p.integer("size", 1, 50);
        Integer n = p.integer("page", 1, 100_000);
        Page<Indicators.Series> series = site.indicators().series(p.text("metric"), region(p),
                new kz.zauyt.registry.query.Paging(n == null ? 1 : n, size == null ? 12 : size));
        List<List<SeriesChart.Part>> charts = new ArrayList<>();
        for (Indicators.Series s : series.items()) {
            charts.add(SeriesChart.parts(s, page));
        }
        site.page(ctx, "indicators.jte", page, new SeriesModel(series, charts));
    }

    /** A region filter: KZ or an ISO 3166-2:KZ code. */
    public static String region(Params p) {
        String r = p.text("region");
        if (r != null && !r.matches("KZ(-\\d{2})?")) {
            throw new BadParameter("region", "region must be KZ or an ISO 3166-2:KZ code such as KZ-75, got '" + r + "'");
        }
        return r;
    }
}
