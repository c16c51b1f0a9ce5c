package kz.zauyt.extract.text;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which sections of which lexicons have a form or a stem that starts with a word, for all lexicons in one
 * table: a text's words are then looked up once, not once per lexicon (five lexicons read every word of
 * every text, and the lookups were a tenth of the engine's time). A lexicon's slot is its name: lexicons
 * of one name hold the same forms, so loading one again adds nothing. Other word lists (the gazetteer's) take a
 * slot of their own: the one lookup of a word then tells them too whether to look further.
 */
public final class WordStarts {

    /** The shortest stem: {@link Lexicon}'s. */
    private static final int MIN_STEM = Lexicon.MIN_STEM;
    private static final Map<String, Integer> SLOTS = new ConcurrentHashMap<>();
    /** Word, or one-word stem, to the sections it starts, one long of section bits per slot. */
    private static final Map<String, long[]> STARTS = new ConcurrentHashMap<>();
    private static final Map<String, long[]> STEMS = new ConcurrentHashMap<>();
    /** The first letters of every one-word stem: a word that starts otherwise is looked up no further. */
    private static final Set<String> STEM_HEADS = ConcurrentHashMap.newKeySet();
    /**
     * STARTS and STEM_HEADS as tables a token is found in from its characters; made when a text first needs
     * them after a registration (not at each of the registrations a start-up makes).
     */
    private record Tables(WordTable<long[]> starts, WordTable<Boolean> heads) {
    }

    private static volatile Tables tables;
    private static volatile int longestStem;
    /** Bumped by every registration, so that a text's table made before it is made again. */
    private static volatile int generation;

    private WordStarts() {
    }

    /** Adds a lexicon's first words and one-word stems (section bits by word) and gives its slot. */
    static synchronized int register(String name, Map<String, Long> starts, Map<String, Long> stems) {
        int slot = SLOTS.computeIfAbsent(name, k -> SLOTS.size());
        starts.forEach((word, bits) -> add(STARTS, word, slot, bits));
        stems.forEach((stem, bits) -> {
            add(STEMS, stem, slot, bits);
            STEM_HEADS.add(stem.substring(0, MIN_STEM));
            longestStem = Math.max(longestStem, stem.length());
        });
        tables = null;
        generation++;
        return slot;
    }

    /** Adds the first words of a list that is no lexicon, under a slot named {@code name}, and gives the slot. */
    public static int register(String name, Collection<String> firstWords) {
        Map<String, Long> starts = new HashMap<>();
        firstWords.forEach(w -> starts.put(w, 1L));
        return register(name, starts, Map.of());
    }

    /** Whether a word of the list in {@code slot} is token {@code i}. */
    public static boolean startsAt(Tokens tokens, int i, int slot) {
        return bits(of(tokens), i, slot) != 0;
    }

    /** Copy on write: a text being read meanwhile keeps the array it has. */
    private static void add(Map<String, long[]> table, String word, int slot, long bits) {
        long[] old = table.get(word);
        long[] now = new long[Math.max(slot + 1, old == null ? 0 : old.length)];
        if (old != null) {
            System.arraycopy(old, 0, now, 0, old.length);
        }
        now[slot] |= bits;
        table.put(word, now);
    }

    /** Per token, the section bits per slot of what starts there (null when nothing does), made once per text. */
    static long[][] of(Tokens tokens) {
        // a method reference that captures nothing: no object made per call, which the quick compiler (C1) would not spare
        return tokens.starts(generation, WordStarts::compute);
    }

    private static long[][] compute(Tokens tokens) {
        long[][] out = new long[tokens.size()][];
        Tables t = tables();
        WordTable<long[]> starts = t.starts();
        WordTable<Boolean> heads = t.heads();
        boolean anyStem = !STEM_HEADS.isEmpty();
        String text = tokens.text();
        for (int i = 0; i < out.length; i++) {
            int from = tokens.start(i);
            int to = tokens.end(i);
            int k = starts.find(text, from, to);
            long[] bits = null;
            String w = null;
            if (k >= 0) {
                bits = starts.value(k);
                tokens.knownLower(i, starts.key(k)); // the table's string: no lower-case copy made, the same instance as the lexicons'
            } else if (k == WordTable.SPECIAL) {
                w = tokens.lower(i);
                bits = starts.get(w);
            }
            boolean stemHead = w == null ? to - from >= MIN_STEM && heads.find(text, from, from + MIN_STEM) >= 0
                    : w.length() >= MIN_STEM && heads.get(w.substring(0, MIN_STEM)) != null;
            if (anyStem && stemHead) {
                w = tokens.lower(i);
                for (int n = Math.min(longestStem, w.length()); n >= MIN_STEM; n--) {
                    long[] s = STEMS.get(w.substring(0, n));
                    if (s != null) {
                        bits = or(bits, s);
                    }
                }
            }
            out[i] = bits;
        }
        return out;
    }

    private static Tables tables() {
        Tables t = tables;
        if (t == null) {
            synchronized (WordStarts.class) {
                t = tables;
                if (t == null) {
                    Map<String, Boolean> heads = new HashMap<>();
                    STEM_HEADS.forEach(h -> heads.put(h, true));
                    t = new Tables(new WordTable<>(STARTS), new WordTable<>(heads));
                    tables = t;
                }
            }
        }
        return t;
    }

    private static long[] or(long[] a, long[] b) {
        if (a == null) {
            return b;
        }
        long[] out = new long[Math.max(a.length, b.length)];
        for (int k = 0; k < out.length; k++) {
            out[k] = (k < a.length ? a[k] : 0) | (k < b.length ? b[k] : 0);
        }
        return out;
    }

    /** The bits of {@code slot} at a token of a table from {@link #of}. */
    static long bits(long[][] table, int i, int slot) {
        long[] b = table[i];
        return b != null && slot < b.length ? b[slot] : 0;
    }
}
