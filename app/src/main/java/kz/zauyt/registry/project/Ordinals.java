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

    /** The ordinal {@code name} gives its plant: 1 unless it says second, third ... */
    static int of(String name, Language language) {
        for (String w : NameKeys.words(name, language)) {
            for (Form f : FORMS) {
                if (w.equals(f.word()) || (f.word().length() >= 5 && w.length() - f.word().length() <= 3
                        && w.startsWith(f.word().substring(0, f.word().length() - 2)))) {
                    return f.n();
                }
            }
        }
        return 1;
    }
}
