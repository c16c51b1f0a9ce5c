package kz.zauyt.registry.project;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A pure function's recent answers, cleared whole when full: the names, words and skeletons of a
 * registry's mentions recur in every summary and candidate of their project, and working each out
 * again (ICU romanisation, regular expressions, word-list scans) was most of resolving a mention.
 */
final class Memo<V> {

    private final int size;
    private final Function<String, V> compute;
    private final Map<String, V> answers = new ConcurrentHashMap<>();

    Memo(int size, Function<String, V> compute) {
        this.size = size;
        this.compute = compute;
    }

    V get(String key) {
        V v = answers.get(key);
        if (v == null) {
            if (answers.size() > size) {
                answers.clear();
            }
            v = compute.apply(key);
            answers.put(key, v);
        }
        return v;
    }
}
