package kz.zauyt.extract.document;

import kz.zauyt.extract.text.Language;

/**
 * Tells English, Russian and Kazakh apart by their letters: Latin is English; Cyrillic is Kazakh
 * when the letters only Kazakh uses (ә ғ қ ң ө ұ ү һ і) make up more than 5 % of it, else Russian.
 * Kazakh prose runs at about 15 %; Russian news stays under 1 %, but a short Russian note naming
 * two Kazakh firms («Кеңгір Тігін», «Шалқар Тұз») reaches 2 %, and must stay Russian. Statistical detectors
 * trained on a hundred languages confuse short Russian with Bulgarian; three scripts need no model.
 */
public final class LanguageGuesser {

    private static final String KAZAKH_ONLY = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";
    private static final double KAZAKH_SHARE = 0.05;

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
        return kazakh > cyrillic * KAZAKH_SHARE ? Language.KK : Language.RU;
    }
}
