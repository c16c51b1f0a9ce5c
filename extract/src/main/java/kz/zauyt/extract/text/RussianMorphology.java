package kz.zauyt.extract.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Russian word forms read with a real morphological dictionary: the lemma and the grammatical features
 * (part of speech, case, number, gender) of a form, and the form of a lemma in another case. So one
 * lexicon entry ("завод", "запустить") stands for every form of the word, and a name read in the
 * prepositional ("на Шымкентском нефтеперерабатывающем заводе") is given in the nominative.
 *
 * <p>The dictionaries are the morfologik FSAs of LanguageTool's Russian module ({@code russian.dict} for
 * analysis, {@code russian_synth.dict} for synthesis; both from the AOT dictionary, LGPL). They load
 * on first use, so a run that reads no Russian never pays for them; after that one instance serves
 * every thread, each thread with its own lookup (a lookup keeps buffers and is not thread-safe).
 *
 * <p>A word the dictionary does not know (brand names, transliterations, many local place adjectives
 * such as "шымкентском") has no readings: callers fall back on their ending tables.
 */
public final class RussianMorphology {

    private static final String RESOURCES = "/org/languagetool/resource/ru/";
    /** The case a form is in: the last field of a declinable word's tag; "2R", "2P" are the second genitive and locative. */
    private static final List<String> CASES = List.of("Nom", "R", "D", "V", "T", "P", "2R", "2P");

    /** One reading of a form: its lemma and tag, with the features the tag carries (null where it has none). */
    public record Reading(String lemma, String tag, String pos, String gender, String number, String grammaticalCase,
                          List<String> keys) {

        /** "завод" (noun), not a surname or first name that happens to share the form ("Заводов"). */
        public boolean isNoun() {
            return pos.equals("NN") && !tag.startsWith("NN:Fam") && !tag.startsWith("NN:Name") && !tag.startsWith("NN:Patr");
        }

        /** An adjective, a participle or an ordinal: a word that agrees with its noun. */
        public boolean isAdjective() {
            return pos.equals("ADJ") && grammaticalCase != null || pos.equals("PT") || pos.equals("Ord");
        }

        public boolean isVerb() {
            return pos.equals("VB") || pos.equals("PT_Short") || pos.equals("DPT");
        }

        /** Whether an adjective in this reading agrees with a noun in that one: the same case, and gender or plural. */
        public boolean agreesWith(Reading noun) {
            if (grammaticalCase == null || !grammaticalCase.equals(noun.grammaticalCase)) {
                return false;
            }
            return "PL".equals(noun.number) ? "PL".equals(number) : gender != null && gender.equals(noun.gender);
        }

        static Reading of(String lemma, String tag) {
            String[] f = tag.split(":");
            String pos = f[0];
            String gender = null;
            String number = null;
            for (String x : f) {
                switch (x) {
                    case "Masc", "Fem", "Neut" -> gender = x;
                    case "Sin", "PL" -> number = x;
                    default -> { }
                }
            }
            boolean declines = switch (pos) {
                case "NN", "ADJ", "PT", "Ord", "Num", "NumC", "PNN" -> true;
                default -> false;
            };
            String last = f[f.length - 1];
            String grammaticalCase = declines && CASES.contains(last) ? last : null;
            if (number == null && gender != null && grammaticalCase != null) {
                number = "Sin";
            }
            Reading r = new Reading(lemma, tag, pos, gender, number, grammaticalCase, List.of(lemma));
            return new Reading(lemma, tag, pos, gender, number, grammaticalCase, keys(r, f));
        }

        /**
         * The keys a lexicon's lemma entry ({@code ~lemma} or {@code ~lemma:feature}) matches a reading by:
         * the lemma; for a verb, short participle or adverbial participle also its tense ("запустить:past" for
         * "запущен", "запустили", "запустив"; "запустить:fut" for "запустят"); for a noun its number
         * ("завод:sin", "завод:pl"). A full participle has no tense key: it describes its noun ("открытого
         * рудника" is an open-pit mine), it does not tell what happened to it.
         */
        private static List<String> keys(Reading r, String[] f) {
            if (r.isVerb() && f.length > 1) {
                return List.of(r.lemma(), r.lemma() + ":" + f[1].toLowerCase(Locale.ROOT));
            }
            if (r.isNoun() && r.number() != null) {
                return List.of(r.lemma(), r.lemma() + ":" + r.number().toLowerCase(Locale.ROOT));
            }
            return r.keys();
        }
    }

    private static final class Holder {
        static final RussianMorphology INSTANCE = new RussianMorphology();
    }

    /** The synthesis dictionary, loaded on the first form asked for: reading a text needs only the analysis. */
    private static final class Synthesis {
        static final Dictionary DICTIONARY = read("russian_synth.dict");
        static final ThreadLocal<DictionaryLookup> LOOKUP = ThreadLocal.withInitial(() -> new DictionaryLookup(DICTIONARY));
    }

    /** Distinct word forms whose readings are kept: some ten thousand articles' vocabulary, a few MB. */
    private static final int CACHE_SIZE = 50_000;

    private final Map<String, List<Reading>> cache = new ConcurrentHashMap<>();
    private final Map<String, List<String>> keyCache = new ConcurrentHashMap<>();
    /** Synthesised forms by "lemma|tag" ("" for none): the same names come back in every article about a plant. */
    private final Map<String, String> forms = new ConcurrentHashMap<>();
    private final Dictionary analysis;
    private final ThreadLocal<DictionaryLookup> analyser;

    private RussianMorphology() {
        analysis = read("russian.dict");
        analyser = ThreadLocal.withInitial(() -> new DictionaryLookup(analysis));
    }

    /** The shared instance; the first call loads the analysis dictionary, the first {@link #form} the synthesis one. */
    public static RussianMorphology get() {
        return Holder.INSTANCE;
    }

    private static Dictionary read(String name) {
        URL url = RussianMorphology.class.getResource(RESOURCES + name);
        if (url == null) {
            throw new IllegalStateException("no " + RESOURCES + name + " on the classpath (org.languagetool:language-ru)");
        }
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The readings of a word form, looked up in lower case ("Заводе" as "заводе"); empty when the dictionary does not know it. */
    public List<Reading> readings(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || !isCyrillic(lower)) {
            return List.of();
        }
        List<Reading> known = cache.get(lower);
        if (known == null) {
            known = lookup(lower);
            if (known.isEmpty() && lower.indexOf('ё') >= 0) {
                known = lookup(lower.replace('ё', 'е')); // "введён" is listed as "введен"
            }
            if (cache.size() >= CACHE_SIZE) {
                cache.clear(); // news repeats its words: a plain bounded cache keeps most lookups out of the automaton
            }
            cache.put(lower, known);
        }
        return known;
    }

    private List<Reading> lookup(String lower) {
        List<Reading> out = new ArrayList<>(4);
        for (WordData wd : analyser.get().lookup(lower)) {
            CharSequence tag = wd.getTag();
            CharSequence stem = wd.getStem();
            if (tag != null && stem != null) {
                out.add(Reading.of(stem.toString(), tag.toString()));
            }
        }
        return List.copyOf(out);
    }

    /** The keys of all the word's readings ({@link Reading#keys}), for a lexicon's lemma entries; kept like the readings. */
    public List<String> keys(String word) {
        List<String> known = keyCache.get(word);
        if (known == null) {
            List<String> keys = new ArrayList<>();
            for (Reading r : readings(word)) {
                keys.addAll(r.keys());
            }
            known = List.copyOf(keys);
            if (keyCache.size() >= CACHE_SIZE) {
                keyCache.clear();
            }
            keyCache.put(word, known);
        }
        return known;
    }

    /** The lemmas of a word form ("заводе" gives "завод"; "запущен" gives "запустить" and "запущенный"). */
    public List<String> lemmas(String word) {
        List<String> out = new ArrayList<>(2);
        for (Reading r : readings(word)) {
            if (!out.contains(r.lemma())) {
                out.add(r.lemma());
            }
        }
        return out;
    }

    /** The form of a lemma with a tag ("завод", "NN:Inanim:Masc:Sin:Nom" gives "завод"), or null when there is none. */
    public String form(String lemma, String tag) {
        String key = lemma + "|" + tag;
        String known = forms.get(key);
        if (known == null) {
            List<WordData> found = Synthesis.LOOKUP.get().lookup(key);
            known = found.isEmpty() || found.get(0).getStem() == null ? "" : found.get(0).getStem().toString();
            if (forms.size() >= CACHE_SIZE) {
                forms.clear();
            }
            forms.put(key, known);
        }
        return known.isEmpty() ? null : known;
    }

    /** The reading's word in the nominative, its gender and number kept ("заводе" gives "завод"), or null. */
    public String nominative(Reading r) {
        if (r.grammaticalCase() == null) {
            return null;
        }
        if (r.grammaticalCase().equals("Nom")) {
            return form(r.lemma(), r.tag());
        }
        String tag = r.tag().substring(0, r.tag().length() - r.grammaticalCase().length()) + "Nom";
        return form(r.lemma(), tag);
    }

    private static boolean isCyrillic(String lower) {
        for (int i = 0; i < lower.length(); i++) {
            char ch = lower.charAt(i);
            if (ch >= 'а' && ch <= 'я' || ch == 'ё') {
                return true;
            }
        }
        return false;
    }
}
