package kz.zauyt.web.source;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import kz.zauyt.follow.Articles;
import kz.zauyt.follow.Source;
import kz.zauyt.follow.SourceStatus;
import kz.zauyt.follow.Sources;
import kz.zauyt.web.PageContext;
import kz.zauyt.web.Site;

/**
 * The Sources page: each followed source with its last poll, its state (ok, failing since, robots.txt
 * disallows it), the articles it brought today and in all, and its last error in words. Errors carry
 * text from the network (a feed's parse error, a server's status line); the template escapes them.
 */
public final class SourcesPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    /** One row of the table, every value ready to print. */
    public record Row(long id, String name, String url, String kind, String every, String lastPoll, String state,
                      String stateClass, String failingSince, long today, long all, long queued, String lastError) {
    }

    /** The page: the rows, and when the registry last received an article. */
    public record Model(List<Row> rows, String lastReceived) {
        public Model {
            rows = List.copyOf(rows);
        }
    }

    private final Site site;
    private final Sources sources;
    private final Articles articles;

    public SourcesPage(Site site) {
        this.site = site;
        this.sources = new Sources(site.registry().database().jdbi());
        this.articles = new Articles(site.registry().database().jdbi());
    }

    public void routes(RoutesConfig r) {
        r.get("/sources", this::show);
        r.head("/sources", this::show); // as main's other pages: HEAD answers what GET would
    }

    private void show(Context ctx) {
        PageContext page = PageContext.of(ctx);
        List<Row> rows = sources.statuses().stream().map(SourcesPage::row).toList();
        site.page(ctx, "sources.jte", page, new Model(rows, lastReceived(articles)));
    }

    /** When the registry last received a document, for the dashboard too; null if never. */
    public static String lastReceived(Articles articles) {
        return articles.lastReceived().map(WHEN::format).orElse(null);
    }

    static Row row(SourceStatus st) {
        Source s = st.source();
        return new Row(s.id(), s.name(), s.url().toString(), s.kind().code(), Source.show(s.every()), when(s.lastPoll()),
                s.state(), "state-" + s.state(), when(s.failingSince()), st.articlesToday(), st.articlesAll(), st.pending(),
                s.lastError());
    }

    private static String when(Instant i) {
        return i == null ? null : WHEN.format(i);
    }
}
