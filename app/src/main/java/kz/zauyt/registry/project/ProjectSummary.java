package kz.zauyt.registry.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import kz.zauyt.extract.fact.Company;
import kz.zauyt.extract.fact.Investment;
import kz.zauyt.extract.text.Language;
import kz.zauyt.registry.spelling.Spelling;

/**
 * What a project's list row and filters show, computed from all its mentions: the most informative
 * name ({@link Names}, an English one where there is one: the lists are read by people who search in
 * Latin script too), the most reported region and sector, the latest status, investment and jobs, everyone involved, and the text
 * full-text search indexes (see {@link #index}).
 */
public record ProjectSummary(String name, String status, LocalDate statusDate, String region, String place, String zone,
                             String sector, List<String> companies, List<String> companyKeys, List<String> countries,
                             List<String> products, Investment investment, Long jobs, LocalDate firstEvidence,
                             LocalDate lastEvidence, int mentions, Map<String, String> searchText,
                             LocalDate investmentDate, List<String> companyNames) {

    public ProjectSummary {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a project summary needs a name, got '" + name + "'");
        }
        companies = List.copyOf(companies);
        companyKeys = List.copyOf(companyKeys);
        countries = List.copyOf(countries);
        products = List.copyOf(products);
        searchText = Map.copyOf(searchText);
        companyNames = List.copyOf(companyNames);
    }

    public static ProjectSummary of(List<MentionRecord> mentions, NameKeys keys) {
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("a project summary needs at least one mention");
        }
        List<MentionRecord> byDate = new ArrayList<>(mentions);
        byDate.sort(Timeline.BY_DATE);
        List<StatusStep> timeline = Timeline.of(byDate);
        StatusStep current = timeline.isEmpty() ? null : timeline.get(timeline.size() - 1);

        Set<String> companies = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        Set<String> companyKeys = new LinkedHashSet<>();
        Set<String> countries = new LinkedHashSet<>();
        Set<String> products = new LinkedHashSet<>();
        Set<String> companyNames = new LinkedHashSet<>();
        Map<String, StringBuilder> search = new LinkedHashMap<>();
        for (MentionRecord m : byDate) {
            for (Company c : m.companies()) {
                // "Tobyl Motors LLP" and "ТОО «Тобыл Моторс»" are listed once, as first written; "a Chinese
                // investor" has no name to list, but its country counts
                if (c.named() && seen.add(keys.companyKey(c.name(), m.language()))) {
                    companies.add(c.name());
                }
                if (c.named()) {
                    companyKeys.addAll(keys.tokens(c.name(), m.language()));
                    companyNames.addAll(Spelling.get().namePrefixes(c.name()));
                }
                if (c.country() != null && !"contractor".equals(c.role())) {
                    countries.add(c.country());
                }
            }
            m.products().forEach(p -> products.add(p.strip()));
            index(search, m, keys);
        }
        Map<String, String> text = new LinkedHashMap<>();
        search.forEach((k, v) -> text.put(k, v.toString()));
        return new ProjectSummary(Names.canonical(byDate, Language.EN, keys), current == null ? null : current.status(),
                current == null ? null : current.since(), region(byDate), mostReported(byDate, MentionRecord::place),
                mostReported(byDate, MentionRecord::zone), sector(byDate), List.copyOf(companies),
                List.copyOf(companyKeys), List.copyOf(countries), List.copyOf(products),
                latest(byDate, MentionRecord::investment), latest(byDate, MentionRecord::jobs),
                byDate.stream().map(MentionRecord::published).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null),
                byDate.stream().map(MentionRecord::published).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null),
                byDate.size(), text, investmentDate(byDate), List.copyOf(companyNames));
    }

    /** The date of the latest investment figure: its article's (a figure carries no date of its own). */
    private static LocalDate investmentDate(List<MentionRecord> byDate) {
        LocalDate out = null;
        for (MentionRecord m : byDate) {
            if (m.investment() != null) {
                out = m.published();
            }
        }
        return out;
    }

    private static String region(List<MentionRecord> ms) {
        String specific = mostReported(ms.stream().filter(m -> !"KZ".equals(m.region())).toList(), MentionRecord::region);
        return specific != null ? specific : mostReported(ms, MentionRecord::region);
    }

    /** A division (C29) says more than a section (C): the most reported division wins. */
    private static String sector(List<MentionRecord> ms) {
        String division = mostReported(ms.stream().filter(m -> m.sector() != null && m.sector().length() > 1).toList(),
                MentionRecord::sector);
        return division != null ? division : mostReported(ms, MentionRecord::sector);
    }

    /** The value most mentions report; ties go to the earliest report. */
    static <T> T mostReported(List<MentionRecord> ms, Function<MentionRecord, T> field) {
        Map<T, Integer> counts = new LinkedHashMap<>();
        for (MentionRecord m : ms) {
            T v = field.apply(m);
            if (v != null) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        T best = null;
        int most = 0;
        for (Map.Entry<T, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    private static <T> T latest(List<MentionRecord> byDate, Function<MentionRecord, T> field) {
        T out = null;
        for (MentionRecord m : byDate) {
            T v = field.apply(m);
            if (v != null) {
                out = v;
            }
        }
        return out;
    }

    /**
     * Search text by weight: "A" the names, companies and products, "C" the evidence. All languages go
     * in one text, read with PostgreSQL's "russian" configuration (Russian stemming for Cyrillic
     * words, English for Latin ones). Names also go in romanised, so "Valtherm" finds "Валтерм".
     */
    private static void index(Map<String, StringBuilder> search, MentionRecord m, NameKeys keys) {
        StringBuilder names = search.computeIfAbsent("A", k -> new StringBuilder());
        append(names, m.name());
        append(names, String.join(" ", NameKeys.words(m.name(), m.language())));
        for (Company c : m.companies()) {
            if (c.named()) {
                append(names, c.name());
                append(names, String.join(" ", NameKeys.words(c.name(), m.language())));
            }
        }
        m.products().forEach(p -> append(names, p));
        // one spelling of every name word ("Ertis Copper" and "Ертис Коппер" are "ertis koper"), and Kazakh
        // words without their endings, which the "russian" configuration does not know
        Spelling spelling = Spelling.get();
        append(names, String.join(" ", spelling.keys(m.name())));
        m.companies().stream().filter(Company::named).forEach(c -> append(names, String.join(" ", spelling.keys(c.name()))));
        StringBuilder evidence = search.computeIfAbsent("C", k -> new StringBuilder());
        append(evidence, m.quote());
        if (m.language() == Language.KK) {
            append(names, spelling.kazakhStems(m.name() + " " + String.join(" ", m.products())));
            append(evidence, spelling.kazakhStems(m.quote()));
        }
    }

    private static void append(StringBuilder b, String s) {
        if (s != null && !s.isBlank()) {
            b.append(s).append(' ');
        }
    }
}
