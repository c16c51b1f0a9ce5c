package kz.zauyt.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/**
 * The jte templates, precompiled at build time (jte-maven-plugin) with HTML escaping on: every
 * {@code ${...}} is escaped for where it stands (text, attribute), so article text cannot become markup.
 */
public final class Templates {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    public String render(String name, Map<String, Object> params) {
        StringOutput out = new StringOutput(16 * 1024);
        engine.render(name, params, out);
        return out.toString();
    }

    /** Renders {@code name} with the page context and one model object. */
    public void page(Context ctx, String name, PageContext page, Object model) {
        ctx.html(render(name, Map.of("page", page, "model", model)));
    }
}
