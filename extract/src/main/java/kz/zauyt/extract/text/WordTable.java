package kz.zauyt.extract.text;

import java.util.Map;

/**
 * Lower-case words and a value each, found from a token's characters in its text: the word is lower-cased
 * character by character while it is hashed and compared, so a token that is no word of the table (half of
 * a text's) costs no string, and one that is gets the table's own string as its lower-case form. Later
 * lookups with that string then meet the same instance in the lexicons' maps and skip comparing letters.
 * Open addressing over parallel arrays: a probe reads an int array, not a map's nodes (every token of every
 * text is looked up here). Immutable.
 */
final class WordTable<V> {

    /** What {@link #find} gives for a token it cannot lower-case letter by letter; look its string up with {@link #get}. */
    static final int SPECIAL = -2;
    static final int ABSENT = -1;

    private final String[] keys;
    private final int[] hashes;
    private final Object[] values;
    private final int mask;

    WordTable(Map<String, V> words) {
        int capacity = Integer.highestOneBit(Math.max(8, words.size() * 3));
        keys = new String[capacity];
        hashes = new int[capacity];
        values = new Object[capacity];
        mask = capacity - 1;
        words.forEach((word, value) -> {
            int k = word.hashCode() & mask;
            while (keys[k] != null) {
                k = (k + 1) & mask;
            }
            // interned: the lexicons intern their words too, so the string a token gets here is theirs
            keys[k] = word.intern();
            hashes[k] = word.hashCode();
            values[k] = value;
        });
    }

    /**
     * The slot of the word that {@code text[from, to)} is in lower case ({@link Tokens#lower}: ROOT lower case,
     * 'ё' as 'е'), {@link #ABSENT}, or {@link #SPECIAL} where a letter does not lower-case alone (Turkish 'İ',
     * Greek 'Σ', whose form depends on its place in the word; a surrogate).
     */
    int find(String text, int from, int to) {
        int h = 0;
        for (int j = from; j < to; j++) {
            int c = lower(text.charAt(j));
            if (c < 0) {
                return SPECIAL;
            }
            h = 31 * h + c;
        }
        for (int k = h & mask; keys[k] != null; k = (k + 1) & mask) {
            if (hashes[k] == h && sameLetters(keys[k], text, from, to)) {
                return k;
            }
        }
        return ABSENT;
    }

    /** The value of a word given as its lower-case string, or null. */
    @SuppressWarnings("unchecked")
    V get(String word) {
        int h = word.hashCode();
        for (int k = h & mask; keys[k] != null; k = (k + 1) & mask) {
            if (hashes[k] == h && keys[k].equals(word)) {
                return (V) values[k];
            }
        }
        return null;
    }

    String key(int slot) {
        return keys[slot];
    }

    @SuppressWarnings("unchecked")
    V value(int slot) {
        return (V) values[slot];
    }

    private static boolean sameLetters(String key, String text, int from, int to) {
        if (key.length() != to - from) {
            return false;
        }
        for (int j = from; j < to; j++) {
            if (key.charAt(j - from) != lower(text.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    /** The character as {@link Tokens#lower} has it, or -1 where String.toLowerCase would not map it alone. */
    private static int lower(char c) {
        // ASCII first, without the Unicode tables, in a method small enough for the quick compiler to inline
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
        }
        return lowerBeyondAscii(c);
    }

    private static int lowerBeyondAscii(char c) {
        // Russian next (Ё as е), then the Unicode tables
        if (c >= 'а' && c <= 'я') {
            return c;
        }
        if (c >= 'А' && c <= 'Я') {
            return c + ('а' - 'А');
        }
        if (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c)) {
            return -1;
        }
        int l = Character.toLowerCase((int) c);
        if (l > 0xFFFF) {
            return -1;
        }
        return l == 'ё' ? 'е' : l;
    }
}
