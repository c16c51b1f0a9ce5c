package kz.zauyt.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A text cut into words (letters and marks), digit runs and single symbols, each with its offsets.
 * Whitespace is not a token; {@link #gap} tells what lies between two tokens. Arrays rather than
 * objects because every later stage walks these tokens and the engine reads thousands of articles a
 * second.
 */
public final class Tokens {

    public static final byte WORD = 1;
    public static final byte DIGITS = 2;
    public static final byte SYMBOL = 3;

    private final String text;
    private int[] start;
    private int[] end;
    private byte[] kind;
    private String[] lower;
    private int size;
    /** Per-lexicon facts about each token, computed once per text and indexed by the lexicon's id (see {@link Lexicon}). */
    private long[][] masks = new long[8][];
    /** What every lexicon's forms start at each token (see {@link WordStarts}), and the table's generation. */
    private long[][] starts;
    private int startsGeneration;

    private Tokens(String text) {
        this.text = text;
        int cap = Math.max(16, text.length() / 4);
        start = new int[cap];
        end = new int[cap];
        kind = new byte[cap];
    }

    public static Tokens of(String text) {
        Tokens t = new Tokens(text);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isLetter(c)) {
                int j = i + 1;
                while (j < n && (isLetter(text.charAt(j)) || isMark(text.charAt(j)))) {
                    j++;
                }
                t.add(i, j, WORD);
                i = j;
            } else if (c >= '0' && c <= '9') {
                int j = i + 1;
                while (j < n && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                    j++;
                }
                t.add(i, j, DIGITS);
                i = j;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isMark(c)) {
                i++;
            } else if (Character.isHighSurrogate(c) && i + 1 < n) {
                t.add(i, i + 2, SYMBOL);
                i += 2;
            } else {
                t.add(i, i + 1, SYMBOL);
                i++;
            }
        }
        t.lower = new String[t.size];
        return t;
    }

    /** {@link Character#isLetter(char)}, the Latin and Russian letters of most words told without the Unicode tables. */
    private static boolean isLetter(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
        return c >= 'А' && c <= 'я' || Character.isLetter(c);
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || c == '\u00AD' || c == '\u0301';
    }

    private void add(int s, int e, byte k) {
        if (size == start.length) {
            int cap = size * 2;
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            kind = Arrays.copyOf(kind, cap);
        }
        start[size] = s;
        end[size] = e;
        kind[size] = k;
        size++;
    }

    public String text() {
        return text;
    }

    public int size() {
        return size;
    }

    public int start(int i) {
        return start[i];
    }

    public int end(int i) {
        return end[i];
    }

    public byte kind(int i) {
        return kind[i];
    }

    public boolean isWord(int i) {
        return i >= 0 && i < size && kind[i] == WORD;
    }

    public boolean isDigits(int i) {
        return i >= 0 && i < size && kind[i] == DIGITS;
    }

    /** True when token i is the single symbol {@code c}. */
    public boolean is(int i, char c) {
        return i >= 0 && i < size && kind[i] == SYMBOL && end[i] - start[i] == 1 && text.charAt(start[i]) == c;
    }

    public boolean isAnyOf(int i, String chars) {
        return i >= 0 && i < size && kind[i] == SYMBOL && end[i] - start[i] == 1
                && chars.indexOf(text.charAt(start[i])) >= 0;
    }

    public String token(int i) {
        return text.substring(start[i], end[i]);
    }

    /** The token lower-cased, computed once. */
    public String lower(int i) {
        String s = lower[i];
        if (s == null) {
            s = text.substring(start[i], end[i]).toLowerCase(Locale.ROOT).replace('ё', 'е');
            lower[i] = s;
        }
        return s;
    }

    /** Gives token i the lower-case string a table of words holds for it ({@link WordTable}), so that none is made. */
    void knownLower(int i, String s) {
        if (lower[i] == null) {
            lower[i] = s;
        }
    }

    /** A per-token array computed once for the lexicon {@code id}; Tokens belong to one thread. */
    long[] masks(int id, java.util.function.Function<Tokens, long[]> compute) {
        if (id >= masks.length) {
            masks = Arrays.copyOf(masks, id + 8);
        }
        long[] m = masks[id];
        if (m == null) {
            m = compute.apply(this);
            masks[id] = m;
        }
        return m;
    }

    /** The per-token table of {@link WordStarts}, computed once per text (again only if a lexicon loaded since). */
    long[][] starts(int generation, java.util.function.Function<Tokens, long[][]> compute) {
        if (starts == null || startsGeneration != generation) {
            starts = compute.apply(this);
            startsGeneration = generation;
        }
        return starts;
    }

    /** The characters between token i-1 and token i (empty when they touch). */
    public String gap(int i) {
        return i <= 0 || i >= size ? "" : text.substring(end[i - 1], start[i]);
    }

    /** True when nothing separates token i-1 from token i. */
    public boolean touches(int i) {
        return i > 0 && i < size && end[i - 1] == start[i];
    }

    /** True when only spaces (no line break) separate token i-1 from token i. */
    public boolean sameLine(int i) {
        if (i <= 0 || i >= size) {
            return false;
        }
        for (int k = end[i - 1]; k < start[i]; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    public boolean isCapitalised(int i) {
        return isWord(i) && Character.isUpperCase(text.charAt(start[i]));
    }

    /** The index of the first token starting at or after {@code offset}. */
    public int indexAt(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public List<String> lowerWords() {
        List<String> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(lower(i));
        }
        return out;
    }
}
