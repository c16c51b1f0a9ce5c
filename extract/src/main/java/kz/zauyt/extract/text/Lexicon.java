package kz.zauyt.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Language knowledge read from data files under {@code /zauyt/lang/{en,ru,kk}/NAME.txt}.
 *
 * <p>A file is a list of sections ({@code [month]}); each line gives one value and its surface forms,
 * {@code value: form, form, ...}. Forms are lower-cased and re-tokenised so that a multi-word form
 * ("more than", "тыс. тонн") matches the same token sequence in a text. The sections of all three
 * languages are merged: an English article quoting "$" and a Russian one quoting "US$" read alike.
 *
 * <p>A form ending in {@code *} ends in a stem: "запланирован*" matches "запланирован",
 * "запланирована", "запланировано"; "зауыт*" matches "зауыты", "зауытында", "зауыттың"; "іске қосыл*"
 * matches "іске қосылды" and "іске қосылған". One entry then covers every inflected form of a word in
 * Russian and Kazakh, whose endings carry case, number, possession and tense. An exact form always
 * wins over a stem.
 *
 * <p>A form starting with {@code ~} is a Russian lemma, read with the morphological dictionary: "~шахта"
 * matches every form of "шахта", "~шахта:pl" its plural ones, "~запустить:past" the past forms of the verb
 * and its short and adverbial participles ("запустили", "запущены", "запустив") but not its future ("запустят"). Where a
 * stem would cut across a change of the stem ("запустить", "запущен") or of number ("заводами"), the
 * lemma says it. An exact form wins over a lemma, a lemma over a stem.
 */
public final class Lexicon {

    private static final AtomicInteger IDS = new AtomicInteger();

    /**
     * A section's forms, its bit in the per-token masks, and its forms again as a tree of words ({@code first}: a
     * form's first word to its {@link WordNode}), so that a multi-word match follows the text's own lower-case
     * words instead of building a key string for each word it tries (millions of lookups a run).
     */
    private record Section(String name, int index, Map<String, String> forms, Map<String, WordNode> first,
                           Map<String, WordNode> firstStems, Map<String, String> stems, Map<String, String> lemmas) {
    }

    /** The shortest stem a file may give: shorter ones would match half the vocabulary. */
    static final int MIN_STEM = 3;
    /** A form "~завод" or "~запустить:past" stands for the forms of a Russian lemma ({@link RussianMorphology}). */
    private static final String LEMMA = "~";

    private final int id = IDS.getAndIncrement();
    /**
     * The sections in an open-addressed table by name: the names are interned and callers pass literals, so
     * finding one (millions of times a second) is a hash code and an identity compare, no map call. The names
     * stand in an array of their own, so that a probe reads no section it passes over.
     */
    private final Section[] table;
    private final String[] names;
    private final Map<String, Map<String, String>> sections;
    private final int longestPhrase;
    /** This lexicon's slot in {@link WordStarts}, where its first words and stems are. */
    private final int slot;
    /** The first MIN_STEM letters of every stem: a word that starts otherwise is looked up no further (the hot path). */
    private final Set<String> stemHeads = new HashSet<>();
    private int longestStem;
    /** For each lemma key ("запустить:past"), the sections that have it (one bit per section). */
    private final Map<String, Long> lemmaMask = new HashMap<>();
    /** The first MIN_STEM letters of every lemma: only a word that starts so is looked up in the dictionary. */
    private final Set<String> lemmaHeads = new HashSet<>();
    /** The first letters of the lemmas, to skip most words before building their head. */
    private final java.util.BitSet lemmaFirst = new java.util.BitSet();
    /** {@link #masks(Tokens)} made once: a method reference made per call would be an object per call under C1. */
    private final java.util.function.Function<Tokens, long[]> masks = this::masks;

    private Lexicon(String name, Map<String, Map<String, String>> sections, int longestPhrase) {
        this.sections = sections;
        this.longestPhrase = longestPhrase;
        this.table = new Section[Integer.highestOneBit(Math.max(1, sections.size()) * 4)];
        this.names = new String[table.length];
        // for each first word and each one-word stem, the sections that have a form starting with it (one bit per section)
        Map<String, Long> startMask = new HashMap<>();
        Map<String, Long> stemMask = new HashMap<>();
        int idx = 0;
        for (Map.Entry<String, Map<String, String>> e : sections.entrySet()) {
            if (idx >= 64) {
                throw new IllegalStateException("a lexicon holds at most 64 sections");
            }
            Map<String, WordNode> first = new HashMap<>();
            Map<String, WordNode> firstStems = new HashMap<>();
            Map<String, String> stems = new HashMap<>();
            Map<String, String> lemmas = new HashMap<>();
            for (Map.Entry<String, String> f : e.getValue().entrySet()) {
                String form = f.getKey();
                if (form.startsWith(LEMMA)) {
                    String key = form.substring(1);
                    lemmas.put(key, f.getValue());
                    lemmaHeads.add(key.substring(0, MIN_STEM));
                    lemmaFirst.set(key.charAt(0));
                    lemmaMask.merge(key, 1L << idx, (x, y) -> x | y);
                    continue;
                }
                String[] words = form.split(" ");
                for (String w : words) {
                    if (WordNode.stem(w)) {
                        // "іске қосыл*", "индустриальн* парк*": any word of a form may end in a stem
                        stemHeads.add(w.substring(0, MIN_STEM));
                        longestStem = Math.max(longestStem, w.length() - 1);
                    }
                }
                if (words.length == 1 && WordNode.stem(form)) {
                    String stem = form.substring(0, form.length() - 1);
                    stems.put(stem, f.getValue());
                    stemMask.merge(stem, 1L << idx, (x, y) -> x | y);
                    continue;
                }
                if (WordNode.stem(words[0])) {
                    stemMask.merge(words[0].substring(0, words[0].length() - 1), 1L << idx, (x, y) -> x | y);
                } else {
                    startMask.merge(words[0], 1L << idx, (x, y) -> x | y);
                }
                if (words.length == 1) {
                    WordNode.form(first, form, f.getValue());
                } else {
                    WordNode.add(first, firstStems, words, f.getValue());
                }
            }
            put(new Section(e.getKey(), idx++, e.getValue(), first, firstStems, stems, lemmas));
        }
        this.slot = WordStarts.register(name, startMask, stemMask);
    }

    private void put(Section s) {
        int k = s.name().hashCode() & (table.length - 1);
        while (table[k] != null) {
            k = (k + 1) & (table.length - 1);
        }
        table[k] = s;
        names[k] = s.name();
    }

    private Section find(String name) {
        int k = name.hashCode() & (table.length - 1);
        for (String n = names[k]; n != null; n = names[k]) {
            if (n == name || n.equals(name)) {
                return table[k];
            }
            k = (k + 1) & (table.length - 1);
        }
        return null;
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
        return new Lexicon(name, sections, longest);
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
                // interned: callers name sections by literals, so every lookup is an identity match, not a string compare
                section = sections.computeIfAbsent(line.substring(1, line.length() - 1).intern(), k -> new HashMap<>());
                continue;
            }
            int colon = line.indexOf(": ");
            if (section == null || colon < 0) {
                throw new IllegalStateException(path + ":" + lineNo + ": expected '[section]' or 'value: forms', got '" + line + "'");
            }
            String value = line.substring(0, colon).strip();
            for (String form : line.substring(colon + 2).split(",\\s*")) {
                if (form.startsWith(LEMMA)) {
                    section.putIfAbsent(lemma(path, lineNo, form.strip().toLowerCase(Locale.ROOT)), value);
                    continue;
                }
                String stem = stem(path, lineNo, form.strip().toLowerCase(Locale.ROOT));
                if (stem != null) {
                    longest = Math.max(longest, stem.split(" ").length);
                    section.putIfAbsent(stem, value);
                    continue;
                }
                List<String> words = Tokens.of(form.strip().toLowerCase(Locale.ROOT)).lowerWords();
                if (words.isEmpty()) {
                    continue;
                }
                longest = Math.max(longest, words.size());
                // interned: a token whose lower-case form came from the word table is then this very key
                section.putIfAbsent(String.join(" ", words).intern(), value);
            }
        }
        return longest;
    }

    /** A word of a form that ends in a stem: "обогатительн*" in "обогатительн* фабрик*". */
    private static final Pattern STEM_WORD = Pattern.compile("(?:^|\\s)[\\p{L}-]+\\*(?:\\s|$)");

    /**
     * The form "word*" or "words* word*" with its words re-tokenised and each stem's '*' kept, or null for an
     * ordinary form; a stem is a word of at least MIN_STEM letters.
     */
    private static String stem(String path, int lineNo, String form) {
        if (!STEM_WORD.matcher(form).find()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String piece : form.split("\\s+")) {
            boolean stem = WordNode.stem(piece);
            String word = stem ? piece.substring(0, piece.length() - 1) : piece;
            if (stem && (word.length() < MIN_STEM || !word.codePoints().allMatch(ch -> Character.isLetter(ch) || ch == '-'))) {
                throw new IllegalStateException(path + ":" + lineNo + ": a stem is a word of at least " + MIN_STEM
                        + " letters before '*', got '" + form + "'");
            }
            List<String> words = Tokens.of(word).lowerWords();
            out.addAll(stem ? List.of(String.join(" ", words) + "*") : words);
        }
        return String.join(" ", out);
    }

    /** A lemma form "~lemma" or "~lemma:feature", checked: one word of at least MIN_STEM letters. */
    private static String lemma(String path, int lineNo, String form) {
        String lemma = form.substring(1, form.indexOf(':') < 0 ? form.length() : form.indexOf(':'));
        if (lemma.length() < MIN_STEM || !lemma.codePoints().allMatch(Character::isLetter)) {
            throw new IllegalStateException(path + ":" + lineNo + ": a lemma is one word of at least " + MIN_STEM
                    + " letters after '~', got '" + form + "'");
        }
        return form;
    }

    /** The value of a section's form, or null. */
    public String get(String section, String form) {
        Section sec = find(section);
        if (sec == null) {
            return null;
        }
        String v = sec.forms().get(form);
        if (v != null || form.indexOf(' ') >= 0) {
            return v;
        }
        return inflectedValue(sec, form);
    }

    public boolean has(String section, String form) {
        return get(section, form) != null;
    }

    public Map<String, String> section(String section) {
        return sections.getOrDefault(section, Map.of());
    }

    /** Whether a form of {@code section} starts at a word among tokens {@code [from, to)}. */
    public boolean anyIn(String section, Tokens tokens, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, tokens.size()); k++) {
            if (tokens.isWord(k) && longest(section, tokens, k) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether a form of {@code section} with the value {@code value} starts at a word among tokens {@code [from, to)}. */
    public boolean anyIn(String section, String value, Tokens tokens, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, tokens.size()); k++) {
            Match m = tokens.isWord(k) ? longest(section, tokens, k) : null;
            if (m != null && m.value().equals(value)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The longest form of {@code section} that starts at token {@code i}, or null. The returned match
     * knows how many tokens it covers.
     */
    public Match longest(String section, Tokens tokens, int i) {
        if (i >= tokens.size()) {
            return null;
        }
        long starts = starts(tokens, i);
        Section sec = starts == 0 ? null : find(section); // most words start no form of any section
        if (sec == null || (starts & (1L << sec.index())) == 0) {
            return null; // no form of this section starts with this word: one array read, no hashing
        }
        // one word: the token's cached lower-case string, whose hash is cached too (the hot path)
        String first = tokens.lower(i);
        WordNode node = sec.first().get(first);
        String v1 = node == null ? null : node.value();
        if (v1 == null) {
            v1 = inflectedValue(sec, first);
        }
        Match best = v1 == null ? null : new Match(v1, i, i + 1);
        best = walk(node, tokens, i, best);
        if (!sec.firstStems().isEmpty()) {
            // "обогатительной фабрикой": the exact "обогатительной" of another form leads nowhere, the stem does
            best = walk(WordNode.byStem(sec.firstStems(), first), tokens, i, best);
        }
        return best;
    }

    /** The longest form that goes on from {@code node} (the words from token i up to it), or {@code best}. */
    private Match walk(WordNode node, Tokens tokens, int i, Match best) {
        int max = Math.min(longestPhrase, tokens.size() - i);
        for (int n = 2; node != null && node.prefix() && n <= max; n++) {
            if (!tokens.sameLine(i + n - 1) || tokens.start(i + n - 1) - tokens.end(i + n - 2) > 2) {
                break; // forms never span a line break or a wide gap
            }
            String word = tokens.lower(i + n - 1);
            WordNode next = node.next(word);
            String v = next == null ? null : next.value();
            if (v == null) {
                v = stemValue(node.stems(), word);
            }
            if (v != null && (best == null || i + n > best.to())) {
                best = new Match(v, i, i + n);
            }
            node = next;
        }
        return best;
    }

    /** Whether some form of some section starts at token {@code i}: one array read, to skip a token early. */
    public boolean startsAny(Tokens tokens, int i) {
        return i < tokens.size() && starts(tokens, i) != 0;
    }

    /**
     * The bits of the sections that have a form starting at token {@code i}. Without lemmas they are the shared
     * table's own; a lexicon with lemmas adds what the dictionary's readings of each word start, once per text.
     */
    private long starts(Tokens tokens, int i) {
        if (lemmaMask.isEmpty()) {
            return WordStarts.bits(WordStarts.of(tokens), i, slot);
        }
        return tokens.masks(id, masks)[i];
    }

    /** The value of one word that no exact form gives: its lemma's, else its longest stem's (kept apart: longest is the hot path). */
    private String inflectedValue(Section sec, String word) {
        String v = lemmaValue(sec.lemmas(), word);
        return v != null ? v : stemValue(sec.stems(), word);
    }

    /** The value of the longest of {@code stems} (one-word stems, by their letters) that begins this word, or null. */
    private String stemValue(Map<String, String> stems, String word) {
        if (stems.isEmpty() || !hasStemHead(word)) {
            return null;
        }
        for (int n = Math.min(longestStem, word.length()); n >= MIN_STEM; n--) {
            String v = stems.get(word.substring(0, n));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /**
     * The value of a lemma entry one of the word's readings has ("~запустить:past" for "запущены"), or null. Only
     * a word that starts like a lemma of the lexicon is looked up, so the dictionary loads only for a text
     * that has such words (a Cyrillic one).
     */
    private String lemmaValue(Map<String, String> lemmas, String word) {
        if (lemmas.isEmpty() || !hasLemmaHead(word)) {
            return null;
        }
        for (String key : lemmaKeys(word)) {
            String v = lemmas.get(key);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static List<String> lemmaKeys(String word) {
        return RussianMorphology.get().keys(word);
    }

    private boolean hasLemmaHead(String word) {
        if (lemmaHeads.isEmpty() || word.length() < MIN_STEM || !lemmaFirst.get(word.charAt(0))) {
            return false; // a Latin word, a number, a Russian word no lemma starts like: no substring, no hashing
        }
        return lemmaHeads.contains(word.substring(0, MIN_STEM));
    }

    /**
     * Whether token i starts with an ASCII character (a Latin word, a number, a sign) that no lemma starts with
     * in lower case: then it is not lower-cased for nothing (the word table spares most tokens that string).
     */
    private boolean asciiNoLemmaStarts(Tokens tokens, int i) {
        char c = tokens.text().charAt(tokens.start(i));
        return c < 0x80 && !lemmaFirst.get(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }

    private boolean hasStemHead(String word) {
        return word.length() >= MIN_STEM && stemHeads.contains(word.substring(0, MIN_STEM));
    }

    private long[] masks(Tokens tokens) {
        long[][] all = WordStarts.of(tokens);
        long[] m = new long[tokens.size()];
        for (int i = 0; i < m.length; i++) {
            long bits = WordStarts.bits(all, i, slot);
            if (!lemmaMask.isEmpty() && !asciiNoLemmaStarts(tokens, i)) {
                String w = tokens.lower(i);
                for (String key : hasLemmaHead(w) ? lemmaKeys(w) : List.<String>of()) {
                    Long lv = lemmaMask.get(key);
                    bits |= lv == null ? 0 : lv;
                }
            }
            m[i] = bits;
        }
        return m;
    }

    /** The longest form of {@code section} that ends right before token {@code i} on its line, or null. */
    public Match endingAt(String section, Tokens tokens, int i) {
        Section sec = find(section);
        if (sec == null || i <= 0 || i > tokens.size() || (i < tokens.size() && !tokens.sameLine(i))) {
            return null;
        }
        for (int k = Math.max(0, i - longestPhrase); k < i; k++) {
            if ((starts(tokens, k) & (1L << sec.index())) == 0) {
                continue; // no form of the section starts with this word: no words to follow
            }
            WordNode node = sec.first().get(tokens.lower(k));
            if (node == null && !sec.firstStems().isEmpty()) {
                node = WordNode.byStem(sec.firstStems(), tokens.lower(k));
            }
            for (int m = k + 1; m < i && node != null; m++) {
                boolean together = tokens.sameLine(m) && tokens.start(m) - tokens.end(m - 1) <= 2;
                node = together ? node.next(tokens.lower(m)) : null;
            }
            String v = node == null ? null : node.value();
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
