package kz.zauyt.extract.fact;

import java.util.List;
import java.util.Locale;
import kz.zauyt.extract.text.Lexicon;
import kz.zauyt.extract.text.RussianMorphology;
import kz.zauyt.extract.text.RussianMorphology.Reading;

/**
 * A Russian project name in the nominative, by the morphological dictionary: the facility noun the name
 * is built on ("заводе", "фабрику", "электростанцией") and the adjectives agreeing with it before it
 * go back to the nominative in the noun's gender and number ("на Шымкентском нефтеперерабатывающем
 * заводе" is "Шымкентский нефтеперерабатывающий завод", "трикотажную фабрику" is "трикотажная
 * фабрика"). What stands before them (a company's name) and after the noun (its dependents, "по
 * производству шин") keeps its form. An adjective the dictionary does not know ("Шымкентском") takes
 * the nominative ending of its gender from {@code names.txt} ({@code adjective-ending}, {@code
 * adjective-ending-fem}, {@code adjective-ending-neut}, {@code adjective-ending-plural}).
 */
final class RussianNominative {

    private final Lexicon names;

    RussianNominative(Lexicon names) {
        this.names = names;
    }

    /**
     * The name with its facility noun and that noun's adjectives in the nominative, the name as it is
     * when it is already there, or null when the dictionary finds no facility noun the name is built on
     * (the caller's ending tables then try).
     */
    String of(String phrase) {
        String[] w = phrase.split(" ");
        RussianMorphology ru = RussianMorphology.get();
        for (int h = 0; h < w.length; h++) {
            List<Reading> readings = ru.readings(w[h]);
            Reading head = head(readings);
            if (head != null) {
                return rebuild(w, h, head, readings, ru);
            }
            boolean lower = !w[h].isEmpty() && Character.isLowerCase(w[h].charAt(0));
            // "Реконструкции завода" opens on a noun in another case; "Балхаш Стекло" on a company's (or place's) name
            boolean opens = h == 0 && readings.stream().anyMatch(Reading::isNoun)
                    && readings.stream().noneMatch(r -> "Nom".equals(r.grammaticalCase()));
            if ((lower || opens) && !isAdjective(readings, w[h])) {
                return null; // "строительство завода": the name is built on another noun, its facility a dependent
            }
        }
        return null;
    }

    /** The facility-noun reading of a word the name may be built on: singular before plural, so "фабрики" reads as one plant. */
    private Reading head(List<Reading> readings) {
        Reading best = null;
        for (Reading r : readings) {
            if (r.isNoun() && r.grammaticalCase() != null && names.has("case-head", r.lemma()) && rank(r) < rank(best)) {
                best = r;
            }
        }
        return best;
    }

    /** Singular nominative, singular in another case, plural nominative, plural in another case. */
    private static int rank(Reading r) {
        if (r == null) {
            return 9;
        }
        boolean nominative = r.grammaticalCase().equals("Nom");
        return "PL".equals(r.number()) ? (nominative ? 2 : 3) : (nominative ? 0 : 1);
    }

    private String rebuild(String[] w, int h, Reading head, List<Reading> headReadings, RussianMorphology ru) {
        if (head.grammaticalCase().equals("Nom")) {
            return String.join(" ", w);
        }
        String noun = ru.nominative(head);
        if (noun == null) {
            return null;
        }
        String[] out = w.clone();
        out[h] = likeCase(w[h], noun);
        for (int a = h - 1; a >= 0; a--) {
            String adjective = adjectiveNominative(w[a], head, ru);
            if (adjective == null) {
                break;
            }
            out[a] = likeCase(w[a], adjective);
        }
        return String.join(" ", out);
    }

    /** An adjective agreeing with the head in the nominative of the head's gender and number, or null when the word is none. */
    private String adjectiveNominative(String word, Reading head, RussianMorphology ru) {
        List<Reading> readings = ru.readings(word);
        for (Reading r : readings) {
            if (r.isAdjective() && r.agreesWith(head)) {
                return ru.nominative(r);
            }
        }
        boolean surnameOnly = !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !readings.isEmpty()
                && readings.stream().noneMatch(Reading::isAdjective); // "Лисаковского": a town's adjective the dictionary knows as a surname
        if (!readings.isEmpty() && !surnameOnly || word.length() < 4) {
            return null; // a word the dictionary knows and that does not agree ends the adjectives
        }
        String section = "PL".equals(head.number()) ? "adjective-ending-plural"
                : "Fem".equals(head.gender()) ? "adjective-ending-fem"
                : "Neut".equals(head.gender()) ? "adjective-ending-neut" : "adjective-ending";
        return replaceEnding(word, section);
    }

    private boolean isAdjective(List<Reading> readings, String word) {
        if (readings.isEmpty()) {
            return replaceEnding(word, "adjective-ending") != null;
        }
        return readings.stream().anyMatch(Reading::isAdjective);
    }

    /** The word with its longest ending of the section replaced, or null when none applies. */
    private String replaceEnding(String word, String section) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (int n = Math.min(lower.length() - 3, 8); n >= 1; n--) {
            String replacement = names.get(section, lower.substring(lower.length() - n));
            if (replacement != null) {
                return word.substring(0, word.length() - n) + replacement;
            }
        }
        return null;
    }

    /** The dictionary's lower-case form written as the original was: "Шымкентского" gives "Шымкентский", "ЗАВОДА" gives "ЗАВОД". */
    private static String likeCase(String original, String form) {
        if (original.length() > 1 && original.equals(original.toUpperCase(Locale.ROOT))) {
            return form.toUpperCase(Locale.ROOT);
        }
        if (!original.isEmpty() && Character.isUpperCase(original.charAt(0))) {
            return Character.toUpperCase(form.charAt(0)) + form.substring(1);
        }
        return form;
    }
}
