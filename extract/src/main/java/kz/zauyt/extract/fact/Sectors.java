package kz.zauyt.extract.fact;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.zauyt.extract.text.Language;
import kz.zauyt.extract.text.Tokens;

/**
 * Products and industries to NACE Rev. 2 ({@code lang/xx/sectors.txt}): "radiators" is C25, "цемент*"
 * (any ending) is C23. The longest form found in a phrase wins, so "fiber cement boards" beats
 * "cement" and "copper ore" beats "copper".
 */
public final class Sectors {

    private record Stem(String[] words, String code) {
    }

    private final Map<String, String> exact;
    /** Stems by their first two letters: a word is compared with the few stems that can match it. */
    private final Map<String, List<Stem>> stems;
    private final int longest;
    private final Sectors facilities;

    private Sectors(Map<String, String> exact, List<Stem> stems, int longest, Sectors facilities) {
        this.facilities = facilities;
        this.exact = exact;
        this.longest = longest;
        Map<String, List<Stem>> byStart = new HashMap<>();
        for (Stem st : stems) {
            String w = st.words[0];
            byStart.computeIfAbsent(w.length() < 2 ? w : w.substring(0, 2), k -> new ArrayList<>()).add(st);
        }
        this.stems = byStart;
    }

    /** The industries of products and industry words ({@code [sector]}), and of facility kinds ({@code [facility]}). */
    public static Sectors load() {
        Map<String, List<String>> sections = read();
        return of(sections.getOrDefault("sector", List.of()), of(sections.getOrDefault("facility", List.of()), null));
    }

    /** The "CODE: form, ..." lines of every language's sectors.txt by section, each file read once. */
    private static Map<String, List<String>> read() {
        Map<String, List<String>> out = new HashMap<>();
        for (Language lang : Language.values()) {
            String path = "/zauyt/lang/" + lang.code() + "/sectors.txt";
            try (InputStream in = Sectors.class.getResourceAsStream(path)) {
                if (in == null) {
                    continue;
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String current = null;
                for (String line; (line = r.readLine()) != null; ) {
                    line = line.strip();
                    if (line.startsWith("[") && line.endsWith("]")) {
                        current = line.substring(1, line.length() - 1);
                    } else if (current != null && !line.isEmpty() && !line.startsWith("#") && line.contains(": ")) {
                        out.computeIfAbsent(current, k -> new ArrayList<>()).add(line);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
        }
        return out;
    }

    private static Sectors of(List<String> lines, Sectors facilities) {
        Map<String, String> exact = new HashMap<>();
        List<Stem> stems = new ArrayList<>();
        int longest = 1;
        for (String line : lines) {
            int colon = line.indexOf(": ");
            String code = line.substring(0, colon).strip();
            for (String form : line.substring(colon + 2).split(",")) {
                String f = form.strip().toLowerCase();
                if (f.isEmpty()) {
                    continue;
                }
                if (f.contains("*")) {
                    stems.add(new Stem(f.replace("*", "").split("\\s+"), code));
                } else {
                    List<String> words = Tokens.of(f).lowerWords();
                    longest = Math.max(longest, words.size());
                    exact.putIfAbsent(String.join(" ", words), code);
                }
            }
        }
        stems.sort((x, y) -> y.words.length - x.words.length);
        return new Sectors(Map.copyOf(exact), List.copyOf(stems), longest, facilities);
    }

    /**
     * The industry a facility kind in {@code name} decides whatever the plant makes ("copper concentrator": it
     * enriches ore, B07, it does not smelt copper), or null.
     */
    public String facilityKind(String name) {
        return facilities == null ? null : facilities.classify(name);
    }

    /** The NACE code of the most specific product or industry named in {@code text}, or null. */
    public String classify(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<String> w = Tokens.of(text).lowerWords();
        String best = null;
        int bestLen = 0;
        int bestChars = 0;
        for (int i = 0; i < w.size(); i++) {
            StringBuilder key = new StringBuilder();
            for (int n = 1; n <= longest && i + n <= w.size(); n++) {
                if (n > 1) {
                    key.append(' ');
                }
                key.append(w.get(i + n - 1));
                String code = exact.get(key.toString());
                // on a tie the later word wins: the head noun comes last ("lithium battery packs" is batteries)
                if (code != null && (n > bestLen || (n == bestLen && code.length() >= best.length()))) {
                    best = code;
                    bestLen = n;
                }
            }
            String word = w.get(i);
            List<Stem> candidates = stems.getOrDefault(word.length() < 2 ? word : word.substring(0, 2), List.of());
            for (Stem s : candidates) {
                if (s.words.length < bestLen || i + s.words.length > w.size()) {
                    continue;
                }
                boolean all = true;
                for (int k = 0; k < s.words.length && all; k++) {
                    all = w.get(i + k).startsWith(s.words[k]);
                }
                int chars = String.join("", s.words).length();
                if (all && (s.words.length > bestLen || best == null || s.words.length == bestLen && chars >= bestChars)) {
                    best = s.code;
                    bestLen = s.words.length;
                    bestChars = chars; // "вагоноремонтн*" beats "вагон*"
                }
            }
        }
        return best;
    }
}
