package kz.zauyt.registry.spelling;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What else a search word means ({@code synonyms.txt}): "автозавод" is also "автомобильный завод" and
 * "car plant", "автомобили" also "car". Whole forms or stems ending in {@code *}.
 */
public final class Synonyms {

    private static final Synonyms DEFAULT = new Synonyms();

    private record Entry(List<String> forms, List<String> alternatives) {
    }

    private final List<Entry> entries = new ArrayList<>();

    private Synonyms() {
        for (String line : Spelling.lines("/kz/zauyt/registry/spelling/synonyms.txt")) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new IllegalStateException("synonyms.txt: no '=' in line '" + line + "'");
            }
            entries.add(new Entry(split(line.substring(0, eq), ","), split(line.substring(eq + 1), "\\|")));
        }
    }

    public static Synonyms get() {
        return DEFAULT;
    }

    /** The alternatives of one word (each a word or a phrase), none when it has no entry. */
    public Set<String> of(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        for (Entry e : entries) {
            for (String f : e.forms()) {
                if (f.endsWith("*") ? w.startsWith(f.substring(0, f.length() - 1)) : w.equals(f)) {
                    out.addAll(e.alternatives());
                    break;
                }
            }
        }
        return out;
    }

    private static List<String> split(String s, String by) {
        List<String> out = new ArrayList<>();
        for (String part : s.split(by)) {
            if (!part.isBlank()) {
                out.add(part.strip().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
