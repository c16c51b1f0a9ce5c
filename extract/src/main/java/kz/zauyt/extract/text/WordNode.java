package kz.zauyt.extract.text;

import java.util.HashMap;
import java.util.Map;

/**
 * A run of words that a lexicon section's forms start with, reached word by word from the form's first word:
 * the value of the form the run is (or null), the words that may follow it, and the stems that may end a form
 * after it ("іске қосыл*" hangs the stem "қосыл" under "іске"). A match then looks up each next word of the text
 * (a token's cached lower-case string, its hash cached too) instead of a new key string per word it tries.
 * A word inside a form may be a stem too ("индустриальн* парк*", "специальн* экономическ* зон*"): it hangs
 * under {@code stemNext} and is reached by any word it begins. Built while the lexicon loads, read-only afterwards.
 */
final class WordNode {

    private String value;
    private Map<String, WordNode> next = Map.of();
    private Map<String, String> stems = Map.of();
    private Map<String, WordNode> stemNext = Map.of();

    private WordNode() {
    }

    /** Adds a form of one word under it in {@code first}. */
    static void form(Map<String, WordNode> first, String word, String value) {
        first.computeIfAbsent(word.intern(), w -> new WordNode()).value = value;
    }

    /**
     * Adds a form of two words or more, under its first word in {@code first} (or, a stem, in {@code firstStems});
     * its last word may be a stem ("іске қосыл*": the stem's letters under the node of the words before it).
     */
    static void add(Map<String, WordNode> first, Map<String, WordNode> firstStems, String[] words, String value) {
        WordNode node = stem(words[0]) ? firstStems.computeIfAbsent(words[0].substring(0, words[0].length() - 1), w -> new WordNode())
                // interned like the word table's strings, so that a token's lower-case form from there is the key itself
                : first.computeIfAbsent(words[0].intern(), w -> new WordNode());
        for (int k = 1; k < words.length - 1; k++) {
            node = node.child(words[k]);
        }
        String last = words[words.length - 1];
        if (stem(last)) {
            if (node.stems.isEmpty()) {
                node.stems = new HashMap<>();
            }
            node.stems.put(last.substring(0, last.length() - 1), value);
        } else {
            node.child(last).value = value;
        }
    }

    /** Whether a word of a form ends in a stem ("обогатительн*"; a lone "*" is no stem). */
    static boolean stem(String word) {
        return word.length() > 1 && word.endsWith("*");
    }

    private WordNode child(String word) {
        if (stem(word)) {
            if (stemNext.isEmpty()) {
                stemNext = new HashMap<>();
            }
            return stemNext.computeIfAbsent(word.substring(0, word.length() - 1), w -> new WordNode());
        }
        if (next.isEmpty()) {
            next = new HashMap<>();
        }
        return next.computeIfAbsent(word.intern(), w -> new WordNode());
    }

    /** The run one word longer by {@code word}: its own, else that of the longest stem it begins with, or null. */
    WordNode next(String word) {
        WordNode n = next.get(word);
        return n != null || stemNext.isEmpty() ? n : byStem(stemNext, word);
    }

    /** The node of the longest of {@code stems} that begins {@code word}, or null (the maps are a few entries). */
    static WordNode byStem(Map<String, WordNode> stems, String word) {
        WordNode best = null;
        int length = 0;
        for (Map.Entry<String, WordNode> e : stems.entrySet()) {
            if (e.getKey().length() > length && word.startsWith(e.getKey())) {
                best = e.getValue();
                length = e.getKey().length();
            }
        }
        return best;
    }

    /** The value of the form these words are, or null when they only begin longer forms. */
    String value() {
        return value;
    }

    /** The stems that end a form after these words, by their letters. */
    Map<String, String> stems() {
        return stems;
    }

    /** Whether a longer form, or a form ending in a stem, starts with these words: a match reads on. */
    boolean prefix() {
        return !next.isEmpty() || !stems.isEmpty() || !stemNext.isEmpty();
    }
}
