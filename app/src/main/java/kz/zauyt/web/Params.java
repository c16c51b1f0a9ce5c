package kz.zauyt.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import kz.zauyt.registry.query.Paging;
import kz.zauyt.registry.query.ProjectFilter;

/**
 * Reads filters, paging and sorting from a request. Each parameter is validated on its own (through
 * the registry's own checks), so a 400 names the parameter that was wrong.
 */
public final class Params {

    public static final Set<String> PROJECT_FILTERS = Set.of("region", "sector", "status", "company", "country", "year", "q");
    public static final int DEFAULT_SIZE = 25;

    private final Context ctx;

    public Params(Context ctx) {
        this.ctx = ctx;
    }

    public String text(String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > 200) {
            throw new BadParameter(name, name + " must be at most 200 characters, got " + v.length());
        }
        // PostgreSQL text cannot hold NUL, and no filter means a control character
        if (v.chars().anyMatch(Character::isISOControl)) {
            throw new BadParameter(name, name + " must not contain control characters");
        }
        return v.strip();
    }

    public Integer integer(String name, int min, int max) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new BadParameter(name, name + " must be between " + min + " and " + max + ", got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadParameter(name, name + " must be a whole number, got '" + v + "'");
        }
    }

    public ProjectFilter projectFilter() {
        ProjectFilter f = ProjectFilter.ANY;
        f = apply(f, "region", upper(text("region")), ProjectFilter::withRegion);
        f = apply(f, "sector", upper(text("sector")), ProjectFilter::withSector);
        f = apply(f, "status", text("status"), ProjectFilter::withStatus);
        f = apply(f, "company", text("company"), ProjectFilter::withCompany);
        f = apply(f, "country", text("country"), ProjectFilter::withCountry); // a name ("China", "Китай") or a code
        Integer year = integer("year", 1900, 2200);
        f = year == null ? f : f.withYear(year);
        return apply(f, "q", text("q"), ProjectFilter::withText);
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(java.util.Locale.ROOT);
    }

    private static ProjectFilter apply(ProjectFilter f, String name, String value,
                                       BiFunction<ProjectFilter, String, ProjectFilter> with) {
        if (value == null) {
            return f;
        }
        try {
            return with.apply(f, value);
        } catch (IllegalArgumentException e) {
            throw new BadParameter(name, e.getMessage());
        }
    }

    public Paging paging() {
        Integer page = integer("page", 1, 1_000_000);
        Integer size = integer("size", 1, Paging.MAX_SIZE);
        return new Paging(page == null ? 1 : page, size == null ? DEFAULT_SIZE : size);
    }

    /** One of {@code allowed}, optionally prefixed with "-" for descending; null for the default order. */
    public String sort(List<String> allowed) {
        String v = text("sort");
        if (v == null) {
            return null;
        }
        String key = v.startsWith("-") ? v.substring(1) : v;
        if (!allowed.contains(key)) {
            throw new BadParameter("sort", "sort must be one of " + allowed + " (prefix - for descending), got '" + v + "'");
        }
        return v;
    }

    /**
     * Rejects parameters an endpoint or page does not know: a misspelt filter must not silently match
     * everything, and a page must not copy junk into every link it draws.
     */
    public void only(Set<String> known) {
        for (String name : ctx.queryParamMap().keySet()) {
            if (!known.contains(name)) {
                throw new BadParameter(name, "unknown parameter '" + name + "'; this endpoint takes " + new java.util.TreeSet<>(known));
            }
        }
    }
}
