package kz.zauyt.registry.spelling;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One spelling for a word in any of Zauyt's scripts, for search: Cyrillic (Russian or Kazakh) to Latin by
 * {@code translit.tsv}, then folded by {@code fold.tsv}, so "Ertis Copper" and "Ертис Коппер" have the same
 * keys ("ertis koper"). Kazakh words also lose their endings ({@code kk-suffixes.txt}). The tables are data:
 * a spelling that does not meet is a line in a file.
 */
public final class Spelling {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final String VOWELS = "аәеиоөуұүыіэюяё";
    private static final Spelling DEFAULT = new Spelling(); // after WORD, which it uses

    private final Map<Character, String> letters = new HashMap<>();
    private final List<Pattern> patterns = new ArrayList<>();
    private final List<String> replacements = new ArrayList<>();
    private final List<String> suffixes = new ArrayList<>();
    private final Set<String> legalForms = new LinkedHashSet<>();

    private Spelling() {
        for (String line : lines("/kz/zauyt/registry/spelling/translit.tsv")) {
            String[] f = line.split("\t", -1);
            letters.put(f[0].charAt(0), f.length > 1 ? f[1] : "");
        }
        for (String line : lines("/kz/zauyt/registry/spelling/fold.tsv")) {
            String[] f = line.split("\t", -1);
            patterns.add(Pattern.compile(f[0]));
            replacements.add(f.length > 1 ? f[1] : "");
        }
        suffixes.addAll(lines("/kz/zauyt/registry/spelling/kk-suffixes.txt"));
        suffixes.sort(Comparator.comparingInt(String::length).reversed());
        // the registry's list of legal forms ("LLP", "ТОО", "АО"): not part of a company's name
        for (String form : lines("/kz/zauyt/registry/project/legal-forms.txt")) {
            legalForms.add(String.join(" ", keys(form)));
        }
    }

    public static Spelling get() {
        return DEFAULT;
    }

    /** The key of each word of {@code text}, in order. */
    public List<String> keys(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String k = key(m.group());
            if (!k.isEmpty()) {
                out.add(k);
            }
        }
        return out;
    }

    /** One lower-case word's key. */
    public String key(String word) {
        StringBuilder b = new StringBuilder(word.length() + 4);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            String latin = letters.get(c);
            b.append(latin != null ? latin : c);
        }
        String s = b.toString();
        for (int i = 0; i < patterns.size(); i++) {
            s = patterns.get(i).matcher(s).replaceAll(replacements.get(i));
        }
        return s;
    }

    /**
     * A company's name for the company filter: its words' keys without legal forms, and each of its
     * leading parts, so "ТОО «Ертис Коппер»" is found by "Ertis Copper" and by "Ertis", never by "Copper".
     */
    public List<String> namePrefixes(String name) {
        List<String> words = new ArrayList<>();
        for (String k : keys(name)) {
            if (!legalForms.contains(k)) {
                words.add(k);
            }
        }
        List<String> out = new ArrayList<>();
        for (int n = 1; n <= Math.min(words.size(), 6); n++) {
            out.add(String.join(" ", words.subList(0, n)));
        }
        return out;
    }

    /** The whole name as {@link #namePrefixes} keys it, or null when nothing but legal forms is left. */
    public String nameKey(String name) {
        List<String> p = namePrefixes(name);
        return p.isEmpty() ? null : p.get(p.size() - 1);
    }

    /** A Kazakh word without its endings ("зауыттарының" is "зауыт"); the word itself when none applies. */
    public String kazakhStem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (int round = 0; round < 3; round++) {
            String cut = null;
            for (String s : suffixes) {
                // a Kazakh stem ends in a consonant: "зауыты" loses "ы", not "ты"
                if (w.endsWith(s) && w.length() - s.length() >= 3 && VOWELS.indexOf(w.charAt(w.length() - s.length() - 1)) < 0) {
                    cut = w.substring(0, w.length() - s.length());
                    break;
                }
            }
            if (cut == null) {
                break;
            }
            w = cut;
        }
        return w;
    }

    /** The Kazakh stems of the words of {@code text} that have an ending to lose, space-separated. */
    public String kazakhStems(String text) {
        StringBuilder b = new StringBuilder();
        var m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String stem = kazakhStem(m.group());
            if (!stem.equals(m.group())) {
                b.append(stem).append(' ');
            }
        }
        return b.toString().strip();
    }

    static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Spelling.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip().equals(line) ? line : line.stripTrailing());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
