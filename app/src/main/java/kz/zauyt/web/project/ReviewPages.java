package kz.zauyt.web.project;

import io.javalin.config.RoutesConfig;
import kz.zauyt.web.Routes;
import io.javalin.http.Context;
import java.net.URI;
import java.util.List;
import kz.zauyt.registry.project.ReviewPair;
import kz.zauyt.registry.project.Reviews;
import kz.zauyt.web.BadParameter;
import kz.zauyt.web.PageContext;
import kz.zauyt.web.Site;

/**
 * The pairs of projects resolution was unsure about, for a person to answer: the one page that writes.
 * An answer is a form posted from this page; a post from another site (by Sec-Fetch-Site, or an Origin
 * that is not this host) is refused, so a page elsewhere cannot merge projects through a visitor's browser.
 */
public final class ReviewPages {

    /** How many pending pairs one page lists. */
    private static final int SHOWN = 100;

    /** The pending pairs. */
    public record ReviewModel(List<ReviewPair> pairs) {
    }

    private final Site site;

    public ReviewPages(Site site) {
        this.site = site;
    }

    public void routes(RoutesConfig r) {
        Routes.get(r, "/review", this::list);
        r.post("/review/{id}", this::decide);
    }

    private Reviews reviews() {
        return new Reviews(site.registry().database().jdbi(), site.registry().edits());
    }

    private void list(Context ctx) {
        site.page(ctx, "review.jte", PageContext.of(ctx), new ReviewModel(reviews().pending(SHOWN)));
    }

    private void decide(Context ctx) {
        // the pages send no referrer, so a browser's Origin is "null"; Sec-Fetch-Site says where the form was
        String site = ctx.header("Sec-Fetch-Site");
        String origin = ctx.header("Origin");
        String host = ctx.header("Host");
        boolean sameOrigin = "same-origin".equals(site) || (origin != null && host != null && !"null".equals(origin)
                && host.equals(URI.create(origin).getAuthority()));
        if (!sameOrigin) {
            throw new BadParameter("Origin", "an answer must be posted from this site's review page, got Origin '"
                    + origin + "' and Sec-Fetch-Site '" + site + "'");
        }
        long id = ProjectPages.id(ctx.pathParam("id"));
        String decision = ctx.formParam("decision");
        if (!"same".equals(decision) && !"different".equals(decision)) {
            throw new BadParameter("decision", "decision is 'same' or 'different', got '" + decision + "'");
        }
        try {
            reviews().decide(id, "same".equals(decision));
        } catch (IllegalArgumentException e) {
            throw new BadParameter("id", e.getMessage());
        }
        String lang = ctx.queryParam("lang");
        ctx.redirect(lang == null || !lang.matches("[a-z]{2}") ? "/review" : "/review?lang=" + lang, io.javalin.http.HttpStatus.SEE_OTHER);
    }
}
