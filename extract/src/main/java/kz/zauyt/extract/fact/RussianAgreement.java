package kz.zauyt.extract.fact;

import java.util.List;
import kz.zauyt.extract.text.RussianMorphology;
import kz.zauyt.extract.text.RussianMorphology.Reading;

/**
 * Where a Russian noun phrase ends, by the morphological dictionary: the adjectives of a facility noun
 * agree with it in case, gender and number ("второй цех", "Шымкентский нефтеперерабатывающий завод"),
 * so a word before it that does not ("строим второй цех", "в число действующих завод", "в Костанае
 * большой комплекс") is outside its name; a finite verb ("составят", "завершается") starts a clause,
 * so a product list does not run on into it. Each answer is null where the dictionary does not know the
 * word: the caller's ending tables decide then.
 */
final class RussianAgreement {

    private RussianAgreement() {
    }

    /**
     * Whether {@code word} is an adjective, participle or ordinal agreeing with the noun {@code head} (in
     * one of the head's readings); null when the dictionary knows either word not at all.
     */
    static Boolean agrees(String word, String head) {
        RussianMorphology ru = RussianMorphology.get();
        List<Reading> nouns = ru.readings(head);
        List<Reading> readings = ru.readings(word);
        if (readings.isEmpty() || nouns.stream().noneMatch(Reading::isNoun)) {
            return null;
        }
        for (Reading r : readings) {
            for (Reading n : nouns) {
                if (r.isAdjective() && n.isNoun() && r.agreesWith(n)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a word after a facility noun or an activity can be its product in the genitive ("завод шин",
     * "производство сахара"): a noun or adjective in the genitive, never a word that may be a verb ("стали",
     * also steel, but "завод стали выпускать"); by the endings of {@code phrase.txt} where the dictionary
     * does not know it.
     */
    static boolean genitive(String word, PhraseWords tables) {
        List<Reading> readings = compoundReadings(word);
        if (readings.isEmpty()) {
            return tables.genitive(word) && !tables.verbLike(word);
        }
        boolean genitive = false;
        for (Reading r : readings) {
            if (r.pos().equals("VB")) {
                return false;
            }
            genitive |= ("R".equals(r.grammaticalCase()) || "2R".equals(r.grammaticalCase())) && (r.isNoun() || r.isAdjective());
        }
        return genitive;
    }

    /**
     * The readings of a word, or of a compound's last part when the dictionary lacks the whole ("гофрокартона" is
     * read as "картона", "электростанции" as "станции"): the last part of a Russian compound carries its case.
     */
    static List<Reading> compoundReadings(String word) {
        List<Reading> readings = RussianMorphology.get().readings(word);
        for (int from = 2; readings.isEmpty() && from + MIN_PART <= word.length(); from++) {
            readings = RussianMorphology.get().readings(word.substring(from));
        }
        return readings;
    }

    /** The shortest last part of a compound that is looked up: shorter ones would be endings, not words. */
    private static final int MIN_PART = 5;

    /**
     * Whether the dictionary knows the word only as a predicate: a finite verb ("составят", "завершается") or a
     * short participle or adjective ("запланировано", "готов"); not "стали", which is also steel.
     */
    static boolean finiteVerb(String word) {
        List<Reading> readings = RussianMorphology.get().readings(word);
        for (Reading r : readings) {
            if (!(r.pos().equals("VB") && !r.tag().startsWith("VB:INF") || r.pos().equals("PT_Short") || r.tag().startsWith("ADJ:Short"))) {
                return false;
            }
        }
        return !readings.isEmpty();
    }
}
