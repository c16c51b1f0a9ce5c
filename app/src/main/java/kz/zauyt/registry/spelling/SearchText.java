package kz.zauyt.registry.spelling;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A full-text query read word by word, each word with the other forms it may take in the registry: its
 * spelling key ("Copper" finds "Коппер"), its Kazakh stem and its synonyms. Every word must be found in
 * one of its forms. {@link #forms} are plain text that the database's "russian" configuration reads as it
 * read the indexed text, so stemming stays on both sides.
 */
public record SearchText(List<List<String>> forms) {

    /** A query of more words than this is read as written, without forms (each form is a tsquery). */
    static final int MAX_WORDS = 8;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    public SearchText {
        forms = forms.stream().map(List::copyOf).toList();
    }

    public static SearchText of(String query) {
        Spelling spelling = Spelling.get();
        List<List<String>> words = new ArrayList<>();
        // words after a minus or inside quotes keep their meaning in websearch_to_tsquery, read alongside
        if (query.contains("\"") || query.matches("(?s).*(^|\\s)-\\S.*")) {
            return new SearchText(List.of());
        }
        Matcher m = WORD.matcher(query.toLowerCase(Locale.ROOT));
        while (m.find() && words.size() <= MAX_WORDS) {
            String w = m.group();
            if (w.equals("or")) {
                return new SearchText(List.of());
            }
            Set<String> f = new LinkedHashSet<>();
            f.add(w);
            f.add(spelling.key(w));
            f.add(spelling.kazakhStem(w));
            f.addAll(Synonyms.get().of(w));
            words.add(new ArrayList<>(f));
        }
        return new SearchText(words.size() > MAX_WORDS ? List.of() : words);
    }

    public boolean isEmpty() {
        return forms.isEmpty();
    }
}
