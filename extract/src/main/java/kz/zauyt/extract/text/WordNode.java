package kz.zauyt.extract.text;

import java.util.HashMap;
import java.util.Map;

/**
 * A run of words that a lexicon section's forms start with, reached word by word from the form's first word:
 * the value of the form the run is (or null), the words that may follow it, and the stems that may end a form
 * after it ("іске қосыл*" hangs the stem "қосыл" under "іске"). A match then looks up each next word of the text
 * (a token's cached lower-case string, its hash cached too) instead of a new key string per word it tries.
 * Built while the lexicon loads, read-only afterwards.
 */
final class WordNode {

    private String value;
    private Map<String, WordNode> next = Map.of();
    private Map<String, String> stems = Map.of();

    private WordNode() {
    }

    /** Adds a form given as its words, under its first word in {@code first}. */
    static void form(Map<String, WordNode> first, String[] words, String value) {
        path(first, words, words.length).value = value;
    }

    /** Adds a form "words… stem*": the stem's letters under the node of the words before it. */
    static void stem(Map<String, WordNode> first, String[] before, String stem, String value) {
        WordNode node = path(first, before, before.length);
        if (node.stems.isEmpty()) {
            node.stems = new HashMap<>();
        }
        node.stems.put(stem, value);
    }

    private static WordNode path(Map<String, WordNode> first, String[] words, int n) {
        // interned like the word table's strings, so that a token's lower-case form from there is the key itself
        WordNode node = first.computeIfAbsent(words[0].intern(), w -> new WordNode());
        for (int k = 1; k < n; k++) {
            if (node.next.isEmpty()) {
                node.next = new HashMap<>();
            }
            node = node.next.computeIfAbsent(words[k].intern(), w -> new WordNode());
        }
        return node;
    }

    /** The value of the form these words are, or null when they only begin longer forms. */
    String value() {
        return value;
    }

    /** The runs one word longer, by that word. */
    Map<String, WordNode> next() {
        return next;
    }

    /** The stems that end a form after these words, by their letters. */
    Map<String, String> stems() {
        return stems;
    }

    /** Whether a longer form, or a form ending in a stem, starts with these words: a match reads on. */
    boolean prefix() {
        return !next.isEmpty() || !stems.isEmpty();
    }
}
