package kz.zauyt.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Language knowledge read from data files under {@code /zauyt/lang/{en,ru,kk}/NAME.txt}.
 *
 * <p>A file is a list of sections ({@code [month]}); each line gives one value and its surface forms,
 * {@code value: form, form, ...}. Forms are lower-cased and re-tokenised so that a multi-word form
 * ("more than", "тыс. тонн") matches the same token sequence in a text. The sections of all three
 * languages are merged: an English article quoting "$" and a Russian one quoting "US$" read alike.
 */
public final class Lexicon {

    private static final AtomicInteger IDS = new AtomicInteger();

    /** A section's forms, their multi-word prefixes and its bit in the per-token masks, found with one lookup. */
    private record Section(int index, Map<String, String> forms, Set<String> prefixes) {
    }

    private final int id = IDS.getAndIncrement();
    private final Map<String, Section> bySection = new HashMap<>();
    private final Map<String, Map<String, String>> sections;
    private final int longestPhrase;
    /** For each first word, the sections that have a form starting with it (one bit per section). */
    private final Map<String, Long> startMask = new HashMap<>();

    private Lexicon(Map<String, Map<String, String>> sections, int longestPhrase) {
        this.sections = sections;
        this.longestPhrase = longestPhrase;
        for (Map.Entry<String, Map<String, String>> e : sections.entrySet()) {
            int idx = bySection.size();
            if (idx >= 64) {
                throw new IllegalStateException("a lexicon holds at most 64 sections");
            }
            Set<String> prefixes = new HashSet<>();
            for (String form : e.getValue().keySet()) {
                int sp = form.indexOf(' ');
                startMask.merge(sp < 0 ? form : form.substring(0, sp), 1L << idx, (x, y) -> x | y);
                for (int i = sp; i > 0; i = form.indexOf(' ', i + 1)) {
                    prefixes.add(form.substring(0, i));
                }
            }
            bySection.put(e.getKey(), new Section(idx, e.getValue(), prefixes));
        }
    }

    public static Lexicon load(String name) {
        Map<String, Map<String, String>> sections = new HashMap<>();
        int longest = 1;
        for (Language lang : Language.values()) {
            String path = "/zauyt/lang/" + lang.code() + "/" + name + ".txt";
            try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
                if (in == null) {
                    continue;
                }
                longest = Math.max(longest, read(path, in, sections));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
        }
        if (sections.isEmpty()) {
            throw new IllegalStateException("no lexicon named '" + name + "' on the class path");
        }
        return new Lexicon(sections, longest);
    }

    private static int read(String path, InputStream in, Map<String, Map<String, String>> sections)
            throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, String> section = null;
        int longest = 1;
        int lineNo = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            lineNo++;
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new HashMap<>());
                continue;
            }
            int colon = line.indexOf(": ");
            if (section == null || colon < 0) {
                throw new IllegalStateException(path + ":" + lineNo + ": expected '[section]' or 'value: forms', got '" + line + "'");
            }
            String value = line.substring(0, colon).strip();
            for (String form : line.substring(colon + 2).split(",\\s*")) {
                List<String> words = Tokens.of(form.strip().toLowerCase(Locale.ROOT)).lowerWords();
                if (words.isEmpty()) {
                    continue;
                }
                longest = Math.max(longest, words.size());
                section.putIfAbsent(String.join(" ", words), value);
            }
        }
        return longest;
    }

    /** The value of a section's form, or null. */
    public String get(String section, String form) {
        Map<String, String> s = sections.get(section);
        return s == null ? null : s.get(form);
    }

    public boolean has(String section, String form) {
        return get(section, form) != null;
    }

    public Map<String, String> section(String section) {
        return sections.getOrDefault(section, Map.of());
    }

    /**
     * The longest form of {@code section} that starts at token {@code i}, or null. The returned match
     * knows how many tokens it covers.
     */
    public Match longest(String section, Tokens tokens, int i) {
        Section sec = bySection.get(section);
        if (sec == null || i >= tokens.size() || (tokens.masks(id, this::masks)[i] & (1L << sec.index())) == 0) {
            return null; // no form of this section starts with this word: one array read, no hashing
        }
        Map<String, String> s = sec.forms();
        Set<String> pre = sec.prefixes();
        // one word: the token's cached lower-case string, whose hash is cached too (the hot path)
        String first = tokens.lower(i);
        String v1 = s.get(first);
        Match best = v1 == null ? null : new Match(v1, i, i + 1);
        if (!pre.contains(first)) {
            return best;
        }
        StringBuilder key = new StringBuilder(first);
        int max = Math.min(longestPhrase, tokens.size() - i);
        for (int n = 2; n <= max; n++) {
            if (!tokens.sameLine(i + n - 1) || tokens.start(i + n - 1) - tokens.end(i + n - 2) > 2) {
                break; // forms never span a line break or a wide gap
            }
            key.append(' ').append(tokens.lower(i + n - 1));
            String k = key.toString();
            String v = s.get(k);
            if (v != null) {
                best = new Match(v, i, i + n);
            }
            if (!pre.contains(k)) {
                break;
            }
        }
        return best;
    }

    private long[] masks(Tokens tokens) {
        long[] m = new long[tokens.size()];
        for (int i = 0; i < m.length; i++) {
            Long v = startMask.get(tokens.lower(i));
            m[i] = v == null ? 0 : v;
        }
        return m;
    }

    /** The longest form of {@code section} that ends right before token {@code i} on its line, or null. */
    public Match endingAt(String section, Tokens tokens, int i) {
        Map<String, String> s = sections.get(section);
        if (s == null || i <= 0 || i > tokens.size() || (i < tokens.size() && !tokens.sameLine(i))) {
            return null;
        }
        for (int k = Math.max(0, i - longestPhrase); k < i; k++) {
            StringBuilder key = new StringBuilder(tokens.lower(k));
            boolean together = true;
            for (int m = k + 1; m < i && together; m++) {
                together = tokens.sameLine(m) && tokens.start(m) - tokens.end(m - 1) <= 2;
                key.append(' ').append(tokens.lower(m));
            }
            String v = together ? s.get(key.toString()) : null;
            if (v != null) {
                return new Match(v, k, i);
            }
        }
        return null;
    }

    /** A form found in a text: its value and the tokens {@code [from, to)} it covers. */
    public record Match(String value, int from, int to) {
    }
}
