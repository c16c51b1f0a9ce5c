package kz.zauyt.registry.project;

import java.util.ArrayList;
import java.util.List;
import kz.zauyt.extract.text.Language;

/**
 * Which of a company's plants a name says it is (ordinal-words.txt): "второй завод" is the second, a
 * name without an ordinal the first. A company's second plant in the same town, same sector, is the
 * near miss nothing else tells apart.
 */
final class Ordinals {

    private record Form(int n, String word) {
    }

    private static final List<Form> FORMS = load();
    /** Every word of every name and headline is looked up, by a scan of the list: remember the answers. */
    private static final Memo<Integer> BY_WORD = new Memo<>(100_000, Ordinals::scan);

    private Ordinals() {
    }

    private static List<Form> load() {
        List<Form> out = new ArrayList<>();
        for (String line : NameKeys.load("ordinal-words.txt")) {
            String[] parts = line.split("\\s+");
            int n;
            try {
                n = Integer.parseInt(parts[0]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("an ordinal line starts with its number, got '" + line + "'", e);
            }
            for (int i = 1; i < parts.length; i++) {
                for (Language l : List.of(Language.RU, Language.KK)) {
                    for (String w : NameKeys.words(parts[i], l)) {
                        out.add(new Form(n, w));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * The ordinal {@code name} gives its plant: 1 unless it says second, third ... before a facility noun
     * (within three words, as in a headline): "second plant", "второй завод"; a "third kiln line" or a
     * "второй очереди" is a part of the plant, whose mentions join it.
     */
    static int of(String name, Language language) {
        return beforeFacility(NameKeys.words(name, language));
    }

    /**
     * The ordinal a headline gives the plant it is about: "builds second, larger solar plant", "екінші
     * зауыт іске қосылды". Only before a facility noun (line 0 of the list), within three words, and not
     * in a headline that names a region (line -1): a headline's "second stage" or "второй квартал" is
     * not a second plant, nor is a region's second cement plant.
     */
    static int ofHeadline(String headline, Language language) {
        List<String> words = NameKeys.words(headline, language);
        if (words.stream().anyMatch(w -> ordinal(w) == -2)) {
            return 1; // "second cement plant in Turkistan region": the region's second, not the company's
        }
        return beforeFacility(words);
    }

    private static int beforeFacility(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            int n = ordinal(words.get(i));
            if (n > 1) {
                for (int j = i + 1; j <= i + 3 && j < words.size(); j++) {
                    if (ordinal(words.get(j)) == 0) {
                        return n;
                    }
                }
            }
        }
        return 1;
    }

    /** The number a word's form stands for (0 a facility noun, -2 a region noun), or -1. */
    private static int ordinal(String w) {
        return BY_WORD.get(w);
    }

    private static int scan(String w) {
        for (Form f : FORMS) {
            if (f.n() == -1) {
                if (w.equals(f.word())) {
                    return -2;
                }
            } else if (f.n() == 0) {
                // "plant" must not find "plans": a facility noun's inflections are listed or keep all but its last letter
                if (w.equals(f.word()) || (f.word().length() >= 6 && w.startsWith(f.word().substring(0, f.word().length() - 1)))) {
                    return 0;
                }
            } else if (w.equals(f.word()) || (f.word().length() >= 5 && w.length() >= f.word().length() && w.length() - f.word().length() <= 3
                    && w.startsWith(f.word().substring(0, f.word().length() - 2)))) {
                return f.n();
            }
        }
        return -1;
    }
}
