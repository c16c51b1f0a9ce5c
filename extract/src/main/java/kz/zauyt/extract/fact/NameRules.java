package kz.zauyt.extract.fact;

import java.util.Locale;
import kz.zauyt.extract.text.Language;
import kz.zauyt.extract.text.Lexicon;
import kz.zauyt.extract.text.Tokens;

/**
 * What a project's name or product may look like: a noun phrase, never a clause fragment. A name
 * neither starts nor ends on a function word ("of", "для", "үшін"), a verb ("produces", "приняла"),
 * a word of evaluation or reference ("very important", "same", "целом"), a number or a bracket left
 * open. The words are data ({@code lang/{en,ru,kk}/names.txt}, section {@code edge}); a Kazakh head
 * noun is put back in the nominative by the endings of section {@code case-ending} ("зауытының" is
 * "зауыты").
 *
 * <p>{@link #clean} trims a phrase to its noun phrase; {@link #violation} says why a phrase breaks
 * the rules (tests run it over every corpus's output).
 */
public final class NameRules {

    /** What separates a name's words for {@link #placeAdjectives}: spaces and quotes. */
    private static final java.util.regex.Pattern NAME_WORDS = java.util.regex.Pattern.compile("[\\s«»\"]+");

    private final Lexicon names;

    private final RussianNominative russian;

    public NameRules(Lexicon names) {
        this.names = names;
        this.russian = new RussianNominative(names);
    }

    public static NameRules load() {
        return new NameRules(Lexicon.load("names"));
    }

    /**
     * The facility noun that names a plant told only by its making ("plant", "зауыты"; section
     * {@code default-head}), or null for a language that has none.
     */
    public String defaultHead(Language language) {
        for (var e : names.section("default-head").entrySet()) {
            if (e.getValue().equals(language.code())) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The phrase without the words a noun phrase cannot start or end with; empty when nothing is left. */
    public String clean(String phrase) {
        return clean(phrase, null);
    }

    /**
     * {@link #clean(String)} for a phrase of a document in {@code language}: a Russian one is put in the
     * nominative by the morphological dictionary first ({@link RussianNominative}), the ending tables
     * where the dictionary knows no facility noun in it.
     */
    public String clean(String phrase, Language language) {
        Tokens t = Tokens.of(phrase);
        int from = 0;
        int to = t.size();
        boolean changed = true;
        while (changed && from < to) {
            changed = false;
            if (badStart(t, from, to)) {
                from = skip(t, from);
                changed = true;
            }
            if (from < to && badEnd(t, from, to)) {
                to = endBefore(t, from, to);
                changed = true;
            }
        }
        if (from >= to) {
            return "";
        }
        String out = phrase.substring(t.start(from), t.end(to - 1)).strip();
        for (int k = from + 1; k < to; k++) {
            if (t.isWord(k) && names.has("drop-inside", t.lower(k))) {
                // "Talas Keramik LLP, whose plant": the plant is the company's, and its name has no relative word;
                // a photo credit («... шприцев Фото») is no word of the name, last or not
                String rest = k + 1 < to ? " " + phrase.substring(t.start(k + 1), t.end(to - 1)) : "";
                return clean(phrase.substring(t.start(from), t.end(k - 1)) + rest, language);
            }
        }
        String byDictionary = language == Language.RU ? russian.of(out) : null;
        return byDictionary != null ? byDictionary : nominative(out);
    }

    /**
     * A company's name as a plant's name takes it, without the legal form it ends with: "Kunnur Energy LLP"
     * gives the "Kunnur Energy solar plant", as news writes it.
     */
    public String brand(String company) {
        Tokens t = Tokens.of(company);
        int to = t.size();
        while (to > 1 && t.isWord(to - 1) && "legal".equals(names.get("edge", t.lower(to - 1)))) {
            to--;
        }
        return to == t.size() ? company : company.substring(0, t.end(to - 1)).strip();
    }

    /** Whether the word is one a name never starts or ends with because it is a verb ("салған", "produces"). */
    public boolean isVerb(String word) {
        return "verb".equals(names.get("edge", word.toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether a word before a facility noun closes the name on its left: a Kazakh locative ("аймақта") or
     * "-дағы" adjective ("орталығындағы") places the plant, it does not name it.
     */
    public boolean stopsName(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        for (int n = Math.min(4, w.length() - 3); n >= 2; n--) {
            if (names.has("phrase-stop", w.substring(w.length() - n))) {
                return true;
            }
        }
        return false;
    }

    /** "ЖШС-нің": a case ending written apart after a hyphen closes the name on its left like a word ending in it. */
    public boolean isStopSuffix(String word) {
        return names.has("phrase-stop", word.toLowerCase(Locale.ROOT));
    }

    /** Why the phrase is not a name an analyst would write, or null when it is one. */
    public String violation(String phrase) {
        Tokens t = Tokens.of(phrase);
        if (t.size() == 0) {
            return "is empty";
        }
        if (badStart(t, 0, t.size())) {
            return "starts with '" + t.token(0) + "'";
        }
        if (badEnd(t, 0, t.size())) {
            return "ends with '" + t.token(t.size() - 1) + "'";
        }
        return null;
    }

    private boolean badStart(Tokens t, int from, int to) {
        if (t.isDigits(from) || t.kind(from) == Tokens.SYMBOL && !t.isAnyOf(from, "«\"'(“")) {
            return true;
        }
        Lexicon.Match m = t.isWord(from) ? names.longest("edge", t, from) : null;
        return m != null && m.to() <= to && !capitalisedInside(t, from);
    }

    private boolean badEnd(Tokens t, int from, int to) {
        int last = to - 1;
        if (t.isDigits(last) || t.kind(last) == Tokens.SYMBOL && !t.isAnyOf(last, "»\"')”")) {
            return true;
        }
        if (t.isAnyOf(last, "»\"')”") && !opened(t, from, last)) {
            return true; // a closing quote whose opening one was cut away
        }
        Lexicon.Match m = t.isWord(last) ? names.endingAt("edge", t, to) : null;
        return m != null && m.from() >= from && !capitalisedInside(t, last);
    }

    /** "The Kazakh-Turkish zone" may drop its "The"; "Kazakhstan Temir Zholy" keeps a name's own capitals. */
    private static boolean capitalisedInside(Tokens t, int k) {
        return k > 0 && t.isCapitalised(k) && t.token(k).length() > 3;
    }

    private boolean opened(Tokens t, int from, int last) {
        char close = t.text().charAt(t.start(last));
        String opens = close == '»' ? "«" : close == ')' ? "(" : close == '”' ? "“" : String.valueOf(close);
        for (int k = from; k < last; k++) {
            if (t.isAnyOf(k, opens)) {
                return true;
            }
        }
        return false;
    }

    private int skip(Tokens t, int from) {
        Lexicon.Match m = t.isWord(from) ? names.longest("edge", t, from) : null;
        return m == null ? from + 1 : m.to();
    }

    private int endBefore(Tokens t, int from, int to) {
        Lexicon.Match m = t.isWord(to - 1) ? names.endingAt("edge", t, to) : null;
        return m == null || m.from() < from ? to - 1 : m.from();
    }

    /** Whether the word is a facility noun in the nominative ("завод", "зауыт"), section {@code case-head}. */
    /**
     * The capitalised words of a name that end as an adjective of a place ("Атырауский", "Шымкентского";
     * section {@code place-adjective}), lower-cased to their first five letters so that cases agree.
     */
    public java.util.Set<String> placeAdjectives(String name) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : NAME_WORDS.split(name)) {
            if (w.length() > 5 && Character.isUpperCase(w.charAt(0))) {
                String lower = w.toLowerCase(java.util.Locale.ROOT);
                if (endsAs(lower, "place-adjective") && !endsAs(lower, "not-place-adjective")) {
                    out.add(lower.substring(0, 5));
                }
            }
        }
        return out;
    }

    private boolean endsAs(String lower, String section) {
        for (int n = 2; n <= 7 && n < lower.length(); n++) {
            if (names.has(section, lower.substring(lower.length() - n))) {
                return true;
            }
        }
        return false;
    }

    public boolean isHead(String word) {
        return names.has("case-head", word.toLowerCase(Locale.ROOT));
    }

    /**
     * A head noun in the nominative: the longest case ending of the last word replaced ("зауытының",
     * "заводе"); when it was, the adjectives agreeing with it before it too ("нефтеперерабатывающем
     * заводе" is "нефтеперерабатывающий завод"), by section {@code adjective-ending}.
     */
    private String nominative(String phrase) {
        String lead = leadingHead(phrase);
        if (lead != null) {
            return lead;
        }
        int sp = phrase.lastIndexOf(' ');
        String last = phrase.substring(sp + 1);
        String head = replaceEnding(last, "case-ending", true);
        if (head == null) {
            return phrase;
        }
        StringBuilder out = new StringBuilder(head);
        int end = sp;
        while (end > 0) {
            int start = phrase.lastIndexOf(' ', end - 1) + 1;
            String word = phrase.substring(start, end);
            String adjective = word.isEmpty() || !Character.isLowerCase(word.charAt(0)) ? null : replaceEnding(word, "adjective-ending", false);
            if (adjective == null) {
                return phrase.substring(0, end + 1) + out;
            }
            out.insert(0, adjective + " ");
            end = start - 1;
        }
        return out.toString();
    }

    /**
     * "казахстанского завода по выпуску полиэтилена": a name that opens on its facility noun (after
     * adjectives only) took its case from the sentence, so the noun and its adjectives go back
     * to the nominative from any case (section {@code lead-case-ending}); null when the name opens otherwise.
     */
    private String leadingHead(String phrase) {
        String[] w = phrase.split(" ");
        for (int h = 0; h < Math.min(w.length, 4); h++) {
            String head = replaceEnding(w[h], "lead-case-ending", true);
            if (head != null || isHead(w[h])) {
                if (head == null && h == 0) {
                    return null; // already "завод ...": nothing to do
                }
                StringBuilder out = new StringBuilder();
                for (int i = 0; i < h; i++) {
                    out.append(replaceEnding(w[i], "adjective-ending", false)).append(' ');
                }
                out.append(head == null ? w[h] : head);
                for (int i = h + 1; i < w.length; i++) {
                    out.append(' ').append(w[i]);
                }
                return out.toString();
            }
            // a place's adjective may open the name with a capital: "Шымкентского нефтеперерабатывающего завода"
            if (w[h].isEmpty() || replaceEnding(w[h], "adjective-ending", false) == null) {
                return null;
            }
        }
        return null;
    }

    /** The word with its longest ending of the section replaced, or null when none applies (or, for a head, the result is none). */
    private String replaceEnding(String word, String section, boolean head) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (int n = Math.min(lower.length() - 3, 8); n >= 1; n--) {
            String replacement = names.get(section, lower.substring(lower.length() - n));
            String nominative = replacement == null ? null : replacement.equals("-") ? "" : replacement;
            if (nominative != null && (!head || names.has("case-head", lower.substring(0, lower.length() - n) + nominative))) {
                return word.substring(0, word.length() - n) + nominative;
            }
        }
        return null;
    }
}
