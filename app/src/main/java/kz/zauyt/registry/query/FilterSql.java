package kz.zauyt.registry.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.zauyt.extract.text.Language;
import kz.zauyt.registry.project.Facets;
import kz.zauyt.registry.project.NameKeys;
import kz.zauyt.registry.spelling.SearchText;
import kz.zauyt.registry.spelling.Spelling;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * A {@link ProjectFilter} as a SQL condition over {@code project p} and the values it binds: one
 * meaning of each filter for every list, whatever its order.
 */
public final class FilterSql {

    /**
     * The search vector is built with PostgreSQL's "russian" configuration, which stems Cyrillic words
     * by Russian rules and Latin ones by English rules; a query read the same way meets it.
     */
    static final String TSQUERY = "websearch_to_tsquery('russian', :text)";

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> binds = new LinkedHashMap<>();
    private final boolean year;

    public FilterSql(ProjectFilter f) {
        year = f.year() != null;
        List<String> facets = new ArrayList<>();
        if (f.region() != null) {
            add("p.region = :region", "region", f.region());
        }
        if (f.sector() != null) {
            facets.add(Facets.sector(f.sector()));
        }
        if (f.status() != null) {
            add("p.status = :status", "status", f.status());
        }
        if (f.company() != null) {
            // the whole name in one spelling, or its leading words: "Ертис Коппер" is not any copper company
            add("p.company_names @> :companyName", "companyName", new String[] {companyName(f.company())});
        }
        if (f.country() != null) {
            facets.add(Facets.country(f.country()));
        }
        if (f.year() != null) {
            facets.add(Facets.year(f.year()));
        }
        if (!facets.isEmpty()) {
            add("p.facets @> :facets", "facets", facets.toArray(new String[0]));
        }
        if (f.text() != null) {
            add("p.search @@ " + textQuery(SearchText.of(f.text())), "text", f.text());
        }
    }

    /**
     * Every word of the name must be among the project's company tokens. A Cyrillic name is romanised
     * both the Russian and the Kazakh way; the tokens both ways agree on are required.
     */
    static String[] companyKeys(String company) {
        NameKeys keys = NameKeys.get();
        Set<String> ru = new LinkedHashSet<>(keys.tokens(company, Language.RU));
        ru.retainAll(keys.tokens(company, Language.KK));
        if (ru.isEmpty()) {
            ru.addAll(keys.tokens(company, Language.RU));
        }
        if (ru.isEmpty()) {
            throw new IllegalArgumentException("company '" + company + "' has no word that names a company");
        }
        return ru.toArray(new String[0]);
    }

    /** The company filter's key: the name's words in one spelling, legal forms left out. */
    static String companyName(String company) {
        String key = Spelling.get().nameKey(company);
        if (key == null) {
            throw new IllegalArgumentException("company '" + company + "' has no word that names a company");
        }
        return key;
    }

    /**
     * The query as written (websearch_to_tsquery: quotes, minus, "or"), or else every word in one of its
     * forms (spelling key, Kazakh stem, synonyms), each form read by the same configuration as the index.
     * One tsquery, so one GIN index scan as before.
     */
    private String textQuery(SearchText forms) {
        if (forms.isEmpty()) {
            return TSQUERY;
        }
        List<String> words = new ArrayList<>();
        for (int i = 0; i < forms.forms().size(); i++) {
            List<String> alternatives = new ArrayList<>();
            for (int j = 0; j < forms.forms().get(i).size(); j++) {
                String name = "w" + i + "_" + j;
                binds.put(name, forms.forms().get(i).get(j));
                alternatives.add("plainto_tsquery('russian', :" + name + ")");
            }
            words.add("(" + String.join(" || ", alternatives) + ")");
        }
        return "(" + TSQUERY + " || (" + String.join(" && ", words) + "))";
    }

    private void add(String condition, String name, Object value) {
        conditions.add(condition);
        binds.put(name, value);
    }

    /**
     * " from project p where ...", for a list in some order. A year's projects sit far down a
     * newest-first list: the planner, counting on them being spread evenly, would walk that order past
     * a hundred thousand newer projects to find 2015's first twenty (80 ms). With a year, the matches
     * are gathered first (one year of the registry, from the facets index) and then ordered.
     */
    public String from() {
        return year ? " from (select * from project p" + where() + " offset 0) p" : " from project p" + where();
    }

    /** " where ..." or nothing when the filter lets every project through. */
    public String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public boolean isEmpty() {
        return conditions.isEmpty();
    }

    public <S extends SqlStatement<S>> S bind(S statement) {
        binds.forEach(statement::bind);
        return statement;
    }
}
