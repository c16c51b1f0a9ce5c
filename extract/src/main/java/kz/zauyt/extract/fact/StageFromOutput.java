package kz.zauyt.extract.fact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.zauyt.extract.text.Lexicon;
import kz.zauyt.extract.text.Span;

/**
 * A plant whose own sentence reports what it has made is running: "The Koksu station generated 101 million
 * kWh in 2025", «за год он переработал 36 тыс. тонн молока», "made 59 million bricks in 2023 at its plant".
 * Where the project's cues said nothing or only a plan ("Koksu-2 approved" in the same headline), the reached
 * output of the plant decides. Only a sentence that tells one project counts (a round-up's sentence of three
 * plants does not say whose output it is), and only output in things made: money, jobs, shares and counts of
 * projects say nothing of a plant running.
 */
final class StageFromOutput {

    /** Units of things a plant makes, generates or handles (the contract's canonical units). */
    private static final Set<String> MADE = Set.of("t", "unit", "kWh", "km", "m3", "m2", "ounce", "l", "pair", "head");

    /** Metrics that count no plant's making: projects, agreements, plants, trade, consumption (the engine's own metric names). */
    private static final java.util.regex.Pattern NOT_MADE = java.util.regex.Pattern.compile(
            "project|memorand|agreement|contract|enterprise|facilit|import|consum|demand");

    private StageFromOutput() {
    }

    static List<Project> apply(DocContext c, List<Project> projects, List<Indicator> indicators, Lexicon metrics) {
        Set<Span> made = outputSentences(c, projects, indicators);
        if (made.isEmpty()) {
            return projects; // most articles: nothing to look up per project
        }
        if (projects.size() == 1 && projects.get(0).status() == null) {
            // "Shipager Pharm LLP ... filled 31.5 million bags in 2022. The plant in the zone worked at 79%": a story
            // of one plant whose stage no cue gave reports what it made, in whatever sentence
            return List.of(withStatus(projects.get(0), "operating"));
        }
        Set<Span> enlarging = enlarging(c, metrics, projects);
        List<Project> out = new ArrayList<>(projects.size());
        for (Project p : projects) {
            boolean unsettled = p.status() == null || p.status().equals("planned") || p.status().equals("proposed");
            // "would spend $38 million expanding the plant ... In 2020 the plant produced 71,300 ounces": the
            // plant runs, its enlargement is still a plan
            boolean enlarged = p.evidence().stream().anyMatch(enlarging::contains);
            out.add(unsettled && !enlarged && p.evidence().stream().anyMatch(made::contains) ? withStatus(p, "operating") : p);
        }
        return out;
    }

    /**
     * The projects' sentences that tell a plant being enlarged ({@code [expansion]}: "expanding", «расширение»,
     * «кеңейту»); only theirs are read, not the whole story.
     */
    private static Set<Span> enlarging(DocContext c, Lexicon metrics, List<Project> projects) {
        Set<Span> told = new HashSet<>();
        projects.forEach(p -> told.addAll(p.evidence()));
        Set<Span> out = new HashSet<>();
        for (int s = 0; s < c.sentences(); s++) {
            if (told.contains(c.evidence(s)) && metrics.anyIn("expansion", c.t, c.sentFrom[s], c.sentTo[s])) {
                out.add(c.evidence(s));
            }
        }
        return out;
    }

    /**
     * The sentences that report output in things made and tell one project only, not opening on a country or
     * region ("Kazakhstan imported 11,400 tonnes of activated carbon": the country's trade beside a plant's plan).
     */
    private static Set<Span> outputSentences(DocContext c, List<Project> projects, List<Indicator> indicators) {
        Set<Span> candidates = new HashSet<>();
        for (Indicator i : indicators) {
            if (MADE.contains(i.unit()) && !i.evidence().isEmpty() && !NOT_MADE.matcher(i.metric()).find()) {
                candidates.add(i.evidence().get(0));
            }
        }
        if (candidates.isEmpty()) {
            return candidates;
        }
        Map<Span, Integer> told = new HashMap<>();
        for (Project p : projects) {
            for (Span s : p.evidence()) {
                told.merge(s, 1, Integer::sum);
            }
        }
        Set<Span> out = new HashSet<>();
        for (int s = 0; s < c.sentences(); s++) {
            Span span = c.evidence(s);
            int tellers = told.getOrDefault(span, 0);
            // (in a story of one plant, a sentence that tells no project reports that plant's output too)
            if (candidates.contains(span) && (tellers == 1 || tellers == 0 && projects.size() == 1) && !Draft.wider(c, s)) {
                out.add(span);
            }
        }
        return out;
    }

    private static Project withStatus(Project p, String status) {
        return new Project(p.name(), p.companies(), p.location(), p.sector(), p.products(), p.capacity(),
                p.investment(), p.jobs(), status, p.expected(), p.evidence());
    }
}
