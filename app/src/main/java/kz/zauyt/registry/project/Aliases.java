package kz.zauyt.registry.project;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.zauyt.extract.text.Language;

/**
 * Known names of one facility or operator (aliases.txt): its brand, legal name, abbreviations and
 * former names, in any script. A mention carries an entity's id when every word of one of its names is
 * among the mention's words, inflections allowed ({@link NameKeys#sameStem}); two mentions that carry
 * one id are one plant (or one operator's) whatever else they call it.
 */
public final class Aliases {

    /** One name of an entity, as the skeletons of its words. */
    private record Name(String id, List<String> words) {
    }

    private static final Aliases DEFAULT = new Aliases(NameKeys.load("aliases.txt"));

    private final List<Name> names;
    /** Each name as written in the file, lower case, with its id: what {@link #scan} looks for in running text. */
    private final List<String[]> written;

    Aliases(List<String> lines) {
        List<Name> out = new ArrayList<>();
        this.written = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split("\\|");
            String id = parts[0].strip();
            if (parts.length < 2 || !id.matches("[a-z0-9-]+")) {
                throw new IllegalArgumentException("an alias line is 'id | name | name ...' with a lower-case id, got '"
                        + line + "'");
            }
            for (int i = 1; i < parts.length; i++) {
                written.add(new String[] {parts[i].strip().toLowerCase(java.util.Locale.ROOT), id});
                // Cyrillic names are read both ways, so Russian and Kazakh articles meet them
                for (Language l : List.of(Language.RU, Language.KK)) {
                    List<String> words = NameKeys.get().skeletons(parts[i], l);
                    // a three-letter abbreviation's skeleton (ТШО: tsh) is a syllable of many words
                    // (тұщы): such a name is only looked for as written, by scan
                    boolean tooShort = words.size() == 1 && words.get(0).length() < 4;
                    if (!words.isEmpty() && !tooShort && out.stream().noneMatch(n -> n.id.equals(id) && n.words.equals(words))) {
                        out.add(new Name(id, words));
                    }
                }
            }
        }
        this.names = List.copyOf(out);
    }

    public static Aliases get() {
        return DEFAULT;
    }

    /** The ids of the entities one of whose names is wholly among {@code words} (skeletons). */
    public List<String> find(Collection<String> words) {
        Set<String> out = new LinkedHashSet<>();
        if (words.isEmpty()) {
            return List.of();
        }
        Set<String> heads = new HashSet<>();
        for (String w : words) {
            heads.add(w.substring(0, Math.min(2, w.length())));
        }
        for (Name n : names) {
            String first = n.words.get(0);
            if (!out.contains(n.id) && heads.contains(first.substring(0, Math.min(2, first.length()))) && all(n.words, words)) {
                out.add(n.id);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The ids of entities whose names an article's text writes as the file does, anywhere: a plant's
     * new name in the fourth paragraph still says which plant the article follows. A name must start a
     * word and end one, or be followed by a short ending ("ПКОПа", "Tengri Tyres'").
     */
    public List<String> scan(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        for (String[] w : written) {
            if (!out.contains(w[1]) && occurs(lower, w[0])) {
                out.add(w[1]);
            }
        }
        return List.copyOf(out);
    }

    private static boolean occurs(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            int tail = 0;
            while (end + tail < text.length() && Character.isLetterOrDigit(text.charAt(end + tail))) {
                tail++;
            }
            boolean starts = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            if (starts && (tail == 0 || (name.length() >= 5 && tail <= 3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean all(List<String> wanted, Collection<String> words) {
        for (String w : wanted) {
            boolean found = false;
            for (String x : words) {
                if (NameKeys.sameStem(w, x)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
