package kz.zauyt.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * A word found from its characters is the word its lower-case string would find ({@link Tokens#lower}: ROOT lower
 * case, 'ё' as 'е'), for Latin, Russian and Kazakh letters and for the letters that do not lower-case alone.
 */
class WordTablePropertyTest {

    private static final String LETTERS = "aZqQАаЯяЁёЕеӘәҚқҮүІіΣσςİıßÉé1-ǅ\uD835\uDC00";

    @Property(tries = 300)
    void findsWhatTheLowerCaseStringFinds(@ForAll @Size(max = 30) List<@From("words") String> known,
            @ForAll @Size(max = 30) List<@From("words") String> asked) {
        Map<String, Integer> words = new HashMap<>();
        for (String w : known) {
            words.putIfAbsent(lower(w), words.size());
        }
        WordTable<Integer> table = new WordTable<>(words);
        for (String w : known.isEmpty() ? asked : List.of(asked, known).stream().flatMap(List::stream).toList()) {
            String text = "« " + w + " »";
            int slot = table.find(text, 2, 2 + w.length());
            Integer expected = words.get(lower(w));
            if (slot == WordTable.SPECIAL) {
                assertThat(table.get(lower(w))).isEqualTo(expected);
            } else if (slot == WordTable.ABSENT) {
                assertThat(expected).isNull();
            } else {
                assertThat(table.key(slot)).isEqualTo(lower(w));
                assertThat(table.value(slot)).isEqualTo(expected);
            }
            assertThat(table.get(lower(w))).isEqualTo(expected);
        }
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.of(LETTERS.chars().mapToObj(c -> (char) c).toList()).list().ofMinSize(1).ofMaxSize(6)
                .map(cs -> {
                    StringBuilder b = new StringBuilder();
                    cs.forEach(b::append);
                    return b.toString();
                });
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
