package kz.zauyt.web.document;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import kz.zauyt.extract.text.Span;
import kz.zauyt.registry.ledger.IndicatorRecord;
import kz.zauyt.registry.ledger.TargetRecord;
import kz.zauyt.registry.project.MentionRecord;
import kz.zauyt.registry.query.DocumentView;
import kz.zauyt.registry.query.Page;
import kz.zauyt.web.BadParameter;
import kz.zauyt.web.NotFound;
import kz.zauyt.web.PageContext;
import kz.zauyt.web.Params;
import kz.zauyt.web.Routes;
import kz.zauyt.web.Site;
import kz.zauyt.web.data.Documents;

/** The articles: a list, and each one's text with its facts highlighted and listed. */
public final class DocumentPages {

    /** One article, its text cut into highlighted pieces, and the fact asked for in {@code ?fact=}. */
    public record DocumentModel(DocumentView doc, List<Highlighter.Piece> pieces, String focus) {
        public DocumentModel {
            pieces = List.copyOf(pieces);
        }
    }

    private final Site site;

    public DocumentPages(Site site) {
        this.site = site;
    }

    public void routes(RoutesConfig r) {
        Routes.get(r, "/documents", this::list);
        Routes.get(r, "/documents/{id}", this::show);
    }

    private void list(Context ctx) {
        PageContext page = PageContext.of(ctx, "language", "q", "page", "size");
        Params p = new Params(ctx);
        Page<Documents.DocumentRow> rows = site.documents().list(language(p), p.text("q"), p.paging());
        site.page(ctx, "documents.jte", page, rows);
    }

    private void show(Context ctx) {
        PageContext page = PageContext.of(ctx, "fact");
        DocumentView doc = find(site, ctx.pathParam("id"));
        String focus = new Params(ctx).text("fact");
        site.page(ctx, "document.jte", page, new DocumentModel(doc, Highlighter.pieces(doc.text(), facts(doc)),
                focus == null ? "" : focus));
    }

    /** The document named in the path: 64 hex digits, else 400; unknown, 404. */
    public static DocumentView find(Site site, String id) {
        if (!id.matches("[0-9a-f]{64}")) {
            throw new BadParameter("id", "a document id is the SHA-256 of its text, 64 lower-case hex digits; got '" + id + "'");
        }
        return site.registry().documents().get(id).orElseThrow(() -> new NotFound("there is no document " + id));
    }

    /** A language filter: en, ru or kk. */
    public static String language(Params p) {
        String l = p.text("language");
        if (l != null && !l.matches("en|ru|kk")) {
            throw new BadParameter("language", "language must be en, ru or kk, got '" + l + "'");
        }
        return l;
    }

    static List<Highlighter.Fact> facts(DocumentView d) {
        List<Highlighter.Fact> out = new ArrayList<>();
        for (MentionRecord m : d.projects()) {
            for (Span s : m.evidence()) {
                out.add(new Highlighter.Fact("m" + m.id(), "project", s));
            }
        }
        for (IndicatorRecord i : d.indicators()) {
            for (Span s : i.evidence()) {
                out.add(new Highlighter.Fact("i" + i.id(), "indicator", s));
            }
        }
        for (TargetRecord t : d.targets()) {
            for (Span s : t.evidence()) {
                out.add(new Highlighter.Fact("t" + t.id(), "target", s));
            }
        }
        return out;
    }
}
