package kz.zauyt.registry.project;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.zauyt.extract.fact.Company;
import kz.zauyt.extract.text.Language;

/**
 * Who a project is: the most informative of the names its articles give, and every other name with the
 * articles that used it. A name informs by its distinctive words (up to three: a long name is more
 * often a clause the extractor took for a name than a better name), twice over by words of an operator
 * or a known entity, and a little by being repeated.
 */
public final class Names {

    /** One way the articles name the project, and which mentions (of which documents) wrote it. */
    public record Alias(String name, Language language, List<MentionRecord> mentions) {
        public Alias {
            mentions = List.copyOf(mentions);
        }
    }

    private Names() {
    }

    /** The most informative name, among those in {@code language} if any is, else among all. */
    public static String canonical(List<MentionRecord> mentions, Language language, NameKeys keys) {
        List<MentionRecord> in = mentions.stream().filter(m -> m.language() == language).toList();
        List<MentionRecord> pool = in.isEmpty() ? mentions : in;
        Set<String> known = new HashSet<>();
        for (MentionRecord m : mentions) {
            for (Company c : m.companies()) {
                if (c.named()) {
                    known.addAll(keys.tokens(c.name(), m.language()));
                }
            }
        }
        String best = null;
        double most = Double.NEGATIVE_INFINITY;
        for (Alias a : aliases(pool)) {
            MentionRecord m = a.mentions().get(0);
            List<String> tokens = keys.tokens(a.name(), m.language());
            long strong = tokens.stream().filter(known::contains).count()
                    + Aliases.get().find(keys.skeletons(a.name(), m.language())).size();
            double score = Math.min(tokens.size(), 3) + 2 * Math.min(strong, 2) + 0.5 * (a.mentions().size() - 1);
            if (score > most) {
                best = a.name();
                most = score;
            }
        }
        return best;
    }

    /** Every distinct name (as written, spaces and case aside) with its mentions, first written first. */
    public static List<Alias> aliases(List<MentionRecord> mentions) {
        Map<String, List<MentionRecord>> by = new LinkedHashMap<>();
        Map<String, String> written = new LinkedHashMap<>();
        for (MentionRecord m : mentions) {
            String key = m.name().strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
            written.putIfAbsent(key, m.name().strip());
            by.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
        }
        List<Alias> out = new ArrayList<>();
        by.forEach((k, ms) -> out.add(new Alias(written.get(k), ms.get(0).language(), ms)));
        return out;
    }
}
