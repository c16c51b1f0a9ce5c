package kz.zauyt.extract.document;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import kz.zauyt.extract.text.DataLines;
import kz.zauyt.extract.text.Language;

/**
 * Tells English, Russian and Kazakh apart by their letters: Latin is English; Cyrillic is Kazakh
 * when the letters only Kazakh uses (ә ғ қ ң ө ұ ү һ і) make up more than 10 % of it. Kazakh prose
 * runs at about 15 % and Russian news under 1 %, but short notes fall between: a Russian one naming
 * two Kazakh firms («Кеңгір Тігін», «Шалқар Тұз») reaches 2-10 %, a Kazakh one may have 2 %. Between,
 * a text with Kazakh letters is Kazakh unless it has Russian function words ("в", "и", "на"), listed
 * in {@code zauyt/lang/ru-function-words.txt}. Statistical detectors
 * trained on a hundred languages confuse short Russian with Bulgarian; three scripts need no model.
 */
public final class LanguageGuesser {

    private static final String KAZAKH_ONLY = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";
    /** Kazakh prose runs at about 15 % of its letters Kazakh-only; above this share nothing else is asked. */
    private static final double KAZAKH_PROSE = 0.10;
    private static final Set<String> RUSSIAN_FUNCTION_WORDS = load();

    private LanguageGuesser() {
    }

    public static Language guess(CharSequence text) {
        long latin = 0;
        long cyrillic = 0;
        long kazakh = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                    latin++;
                }
            } else if (c >= 0x400 && c <= 0x4FF) {
                cyrillic++;
                if (KAZAKH_ONLY.indexOf(c) >= 0) {
                    kazakh++;
                }
            }
        }
        if (cyrillic <= latin) {
            return Language.EN;
        }
        if (kazakh > cyrillic * KAZAKH_PROSE) {
            return Language.KK;
        }
        // between, the words decide: a short Kazakh note may carry few of its own letters ("Жамбыл облысында
        // цемент зауыты салынады"), a short Russian one naming Kazakh firms many; Russian has its function words
        return kazakh > 0 && !hasRussianFunctionWord(text) ? Language.KK : Language.RU;
    }

    private static boolean hasRussianFunctionWord(CharSequence text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int from = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > from && i - from <= 5 && RUSSIAN_FUNCTION_WORDS.contains(text.subSequence(from, i).toString().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        List<String> words = DataLines.of("/zauyt/lang/ru-function-words.txt");
        if (words.isEmpty()) {
            throw new IllegalStateException("missing resource /zauyt/lang/ru-function-words.txt");
        }
        return Set.copyOf(words);
    }
}
