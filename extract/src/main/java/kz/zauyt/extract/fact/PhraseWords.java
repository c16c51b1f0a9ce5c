package kz.zauyt.extract.fact;

import kz.zauyt.extract.text.Lexicon;
import kz.zauyt.extract.text.Tokens;

/**
 * The words a facility's phrase is read by, from {@code lang/{en,ru,kk}/phrase.txt}: where the words
 * before a facility noun stop naming it, which words say nothing of a product, where a product list
 * ends, and the Russian endings that tell an adjective, a genitive noun and a verb apart. Kept as data
 * so that a language's words are edited beside the others, not in the finder's code.
 */
final class PhraseWords {

    /** The longest ending a section lists ("ения"). */
    private static final int LONGEST_ENDING = 4;

    private final Lexicon words;

    PhraseWords(Lexicon words) {
        this.words = words;
    }

    static PhraseWords load() {
        return new PhraseWords(Lexicon.load("phrase"));
    }

    /** "the", "new", "visits": a word before a facility noun that ends its English name on the left. */
    boolean premodifierStop(String lower) {
        return words.has("premodifier-stop", lower);
    }

    /** "new", "production", "области", "жаңа": a word or a whole item that names no product. */
    boolean notProduct(String lower) {
        return words.has("not-product", lower);
    }

    /** "промышленных", "отечественного", "этого": a word of evaluation or reference, no product's. */
    boolean vague(String lower) {
        return words.has("vague-stem", lower);
    }

    /** "шығаратын", "өндіретін": a Kazakh participle of making, whose object before it is the product. */
    boolean produceParticiple(String lower) {
        return words.has("produce-participle", lower);
    }

    /**
     * "лицензию на", "licence to": the words that make the activity right after them (ending at token k) what a
     * licence or a technology covers, not a plant of its own.
     */
    boolean licensed(Tokens t, int k) {
        return k > 0 && words.endingAt("licensed", t, k) != null;
    }

    /** "in", "worth", "стоимостью": a word that ends a product list. */
    boolean productStop(String lower) {
        return words.has("product-stop", lower);
    }

    /**
     * The ordinal a word gives a company's plant ("second", «второй», «екінші»: 2), 0 for a word of a plant's
     * part that an ordinal before it counts instead ("second phase": {@code part}), else -1.
     */
    int ordinal(String lower) {
        String v = words.get("ordinal", lower);
        return v == null ? -1 : v.equals("part") ? 0 : v.equals("restated") ? -1 : Integer.parseInt(v);
    }

    /** "This is the city's second brick plant", «Бұл – қаладағы екінші кірпіш зауыты»: an opening that restates the plant told. */
    boolean restates(Tokens t, int k) {
        Lexicon.Match m = words.longest("ordinal", t, k);
        return m != null && m.value().equals("restated");
    }

    /** «атты»: the quoted name before it is the plant's own («Сарыөзек-2» атты станция). */
    boolean namedBefore(String lower) {
        return words.has("named-before", lower);
    }

    /** "the", "этот": a word that refers back to a facility already told of. */
    boolean determiner(String lower) {
        return words.has("determiner", lower);
    }

    /** "своём", "нашего": a possessive pronoun, which says whose a facility is and is no word of its name. */
    boolean possessive(String lower) {
        return words.has("possessive", lower);
    }

    /** "шинного", "новые": a Russian adjective or participle by its ending, not a noun or pronoun that looks like one. */
    boolean adjective(String lower) {
        return lower.length() >= 4 && !words.has("pronoun", lower) && !endsWith("noun-ending", lower)
                && endsWith("adjective-ending", lower);
    }

    /** "удобрений", "сахара": a Russian word in the genitive by its ending. */
    boolean genitive(String lower) {
        return lower.length() >= 3 && endsWith("genitive-ending", lower);
    }

    /** "оценивается", "составила", "рассчитана": a Russian verb or short participle by its ending. */
    boolean verbLike(String lower) {
        return endsWith("verb-ending", lower);
    }

    private boolean endsWith(String section, String lower) {
        for (int n = Math.min(LONGEST_ENDING, lower.length()); n >= 1; n--) {
            if (words.has(section, lower.substring(lower.length() - n))) {
                return true;
            }
        }
        return false;
    }
}
