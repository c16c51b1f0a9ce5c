package kz.zauyt.registry.project;

import com.ibm.icu.text.Transliterator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.zauyt.extract.gazetteer.Gazetteer;
import kz.zauyt.extract.text.Language;

/**
 * Turns names written in any of Zauyt's scripts into comparable Latin keys. "Валтерм", "Valtherm" and
 * "ТОО «Валтерм»" give one key; "Костанай" and "Qostanay" too.
 *
 * <p>Cyrillic goes through ICU's BGN romanisations (Russian-Latin/BGN, or Kazakh-Latin/BGN for
 * Kazakh documents), then to ASCII. A word's key is then a consonant skeleton (first letter kept,
 * vowels dropped, th/kh/ph and c/k/q folded), because English spellings of Russian and Kazakh names
 * differ mostly in vowels and digraphs. Skeletons are lossy on purpose: they only find candidates;
 * the region, sector, products and figures decide.
 */
public final class NameKeys {

    private static final String ASCII = "; Any-Latin; Latin-ASCII";

    // ICU transliterators are not documented as thread-safe; one set per thread is cheap
    private static final ThreadLocal<Transliterator[]> BY_LANGUAGE = ThreadLocal.withInitial(() -> new Transliterator[] {
        Transliterator.getInstance("Russian-Latin/BGN" + ASCII),
        Transliterator.getInstance("Russian-Latin/BGN" + ASCII),
        Transliterator.getInstance("Kazakh-Latin/BGN" + ASCII),
    });

    private static final int CACHE_SIZE = 200_000;
    // names recur in every summary of their project, and ICU's rule-based romanisation is the slowest
    // step of resolving a mention; one memo per language, so that a lookup builds no key
    private static final List<Memo<List<String>>> ROMANISED = Stream.of(Language.values())
            .map(l -> new Memo<List<String>>(CACHE_SIZE, s -> romanise(s, l))).toList();
    private static final Memo<String> SKELETONS = new Memo<>(CACHE_SIZE, NameKeys::fold);
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐–—/,.;:()\\[\\]&+]+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9 ]");
    private static final Pattern SOFT_C = Pattern.compile("c(?=[eiy])");
    private static final Pattern SOFT_G = Pattern.compile("g(?=[ei]|y$)");
    private static final Pattern DOUBLED = Pattern.compile("(.)\\1+");
    private static final Pattern H_AFTER_CONSONANT = Pattern.compile("([^aeiouy])h");
    private static final Pattern SPACES = Pattern.compile(" +");
    /** What separates the words of running text. */
    static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");

    private static final NameKeys DEFAULT = new NameKeys(load("legal-forms.txt"), load("generic-words.txt"));

    private final Set<String> legalForms;
    private final Set<String> genericWords;
    private final List<String> genericStems;
    private final Memo<Boolean> generic = new Memo<>(CACHE_SIZE, this::isGeneric);

    private NameKeys(List<String> legalForms, List<String> genericWords) {
        this.legalForms = latinForms(legalForms);
        this.genericWords = latinForms(genericWords);
        this.genericStems = this.genericWords.stream().filter(w -> w.length() >= 5 && !w.equals(skeleton(w))).toList();
    }

    public static NameKeys get() {
        return DEFAULT;
    }

    /** Lower-case ASCII words of {@code s}, romanised as for a document in {@code language}. */
    public static List<String> words(String s, Language language) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        return ROMANISED.get(language.ordinal()).get(s);
    }

    private static List<String> romanise(String s, Language language) {
        String latin = isAscii(s) ? s : BY_LANGUAGE.get()[language.ordinal()].transliterate(s);
        // separators split words; anything else that is not a letter or digit is dropped, because the
        // romanisations mark soft and hard signs (', "), ы before a vowel (·) and Kazakh letters the
        // Russian table lacks (ˌ) inside words: "Sary·arka" must stay one word
        String cleaned = NOT_ALNUM.matcher(SEPARATORS.matcher(latin.toLowerCase(Locale.ROOT)).replaceAll(" "))
                .replaceAll("").strip();
        return cleaned.isEmpty() ? List.of() : List.of(SPACES.split(cleaned));
    }

    /** Name tokens that can identify something: no legal forms, no generic words, as skeletons. */
    public List<String> tokens(String s, Language language) {
        return tokens(s, language, Set.of());
    }

    /** As {@link #tokens(String, Language)}, also leaving out {@code except} (romanised words). */
    public List<String> tokens(String s, Language language, Set<String> except) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words(s, language)) {
            if (!legalForms.contains(w) && !generic(w) && !except.contains(w)) {
                out.add(skeleton(w));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The distinctive capitalised words of free text (a headline, an evidence sentence) as skeletons: the
     * brands and names an extractor may have left out of a fact's companies ("KIA will build ...").
     */
    public List<String> capitalisedTokens(String text, Language language) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) {
            return List.of();
        }
        for (String raw : NON_WORD.split(text)) {
            if (raw.length() < 2 || !Character.isUpperCase(raw.charAt(0))) {
                continue;
            }
            for (String w : words(raw, language)) {
                if (w.length() > 1 && !legalForms.contains(w) && !generic(w)) {
                    out.add(skeleton(w));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Two skeletons of one word in different inflections or derivations: equal, or the shorter (four
     * letters at least) begins the longer. "Шымкентский", "Шымкенттегі" and "Shymkent" agree; "Aksu"
     * does not begin "Aksuat" because three letters prove nothing.
     */
    public static boolean sameStem(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        // an ending can change the skeleton's last letter: "Shymkent" is smknt, "Shymkentskogo" smknskg
        // (t before s reads as ts, which is folded); five letters may lose their last
        return shorter.length() >= 4 && (longer.startsWith(shorter)
                || (shorter.length() >= 5 && longer.startsWith(shorter.substring(0, shorter.length() - 1))));
    }

    /**
     * A generic word, or one inflected: Russian and Kazakh add endings ("заводе", "зауытында"), so a
     * generic word of five letters or more followed by at most six more is generic too.
     */
    boolean generic(String w) {
        return generic.get(w);
    }

    private boolean isGeneric(String w) {
        if (genericWords.contains(w) || genericWords.contains(skeleton(w))) {
            return true;
        }
        for (String g : genericStems) {
            if (w.length() - g.length() <= 6 && w.startsWith(g)) {
                return true;
            }
        }
        return false;
    }

    /** Every word of {@code s} but legal forms, as skeletons in order: what alias names are compared by. */
    public List<String> skeletons(String s, Language language) {
        List<String> out = new ArrayList<>();
        for (String w : words(s, language)) {
            if (!legalForms.contains(w)) {
                out.add(skeleton(w));
            }
        }
        return out;
    }

    /**
     * As {@link #skeletons}, for running text: romanised word by word, so the cache holds words that
     * recur rather than sentences that do not.
     */
    public List<String> textSkeletons(String text, Language language) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            for (String raw : NON_WORD.split(text)) {
                if (!raw.isEmpty()) {
                    out.addAll(skeletons(raw, language));
                }
            }
        }
        return out;
    }

    /** A whole company name as one key: "ТОО «Тобыл Моторс»" and "Tobyl Motors LLP" agree. */
    public String companyKey(String name, Language language) {
        List<String> kept = new ArrayList<>();
        for (String w : words(name, language)) {
            if (!legalForms.contains(w)) {
                kept.add(skeleton(w));
            }
        }
        return String.join(" ", kept);
    }

    /** A place name as one key, or null. */
    public String placeKey(String place, Language language) {
        // "Kapshagay", "Капчагай" and "Qonaev" are one town: the gazetteer's name for it, not the spelling
        Gazetteer.Entry town = place == null ? null : Gazetteer.shared().place(place);
        String name = town == null ? place : town.canonical();
        Language lang = town == null ? language : Language.EN;
        List<String> kept = new ArrayList<>();
        for (String w : words(name, lang)) {
            kept.add(skeleton(w));
        }
        return kept.isEmpty() ? null : String.join(" ", kept);
    }

    /** Product words cut to a crude stem (five letters), comparable within one language. */
    public List<String> productKeys(List<String> products, Language language) {
        Set<String> out = new LinkedHashSet<>();
        for (String p : products) {
            for (String w : words(p, language)) {
                if (w.length() > 2 && !genericWords.contains(w) && !w.chars().allMatch(Character::isDigit)) {
                    out.add(w.length() > 5 ? w.substring(0, 5) : w);
                }
            }
        }
        return List.copyOf(out);
    }

    /** The consonant skeleton of one lower-case ASCII word; a one-letter skeleton (KIA) keeps the folded word. */
    static String skeleton(String word) {
        return SKELETONS.get(word);
    }

    private static String fold(String word) {
        if (word.chars().allMatch(Character::isDigit)) {
            return word;
        }
        // Latin h is Cyrillic х, romanised kh: "Hansol" and "Хансол" (Khansol) must agree
        // and English writes Ж as j ("Jetisu", "Qyzyljar"), the romanisation as zh (dzh for Дж); English also
        // writes Дж as dz ("Dzungar", «Джунгар») or as a soft g ("Energy", «Энерджи»)
        // and an opening Е romanised ye is the e English writes ("Yelek", "Elek"; "Yerbol", "Erbol")
        String opened = word.startsWith("h") ? "k" + word.substring(1) : word.startsWith("ye") && word.length() > 3 ? word.substring(1) : word;
        // and the Kazakh ң, romanised ng (ңғ ngg), is the n English mostly writes ("Kendala" for «Кеңдала»);
        // where English keeps ng ("Tengiz", «Теңіз») both sides fold to n alike
        String w = SOFT_G.matcher(opened.replace("ngg", "ng").replace("ng", "n")).replaceAll("j")
                .replace("dzh", "j").replace("dz", "j").replace('j', 'z')
                .replace("ph", "f").replace("ck", "k").replace("ts", "s").replace('q', 'k').replace('w', 'v')
                .replace("x", "ks");
        w = H_AFTER_CONSONANT.matcher(SOFT_C.matcher(w).replaceAll("s").replace('c', 'k')).replaceAll("$1");
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char ch = w.charAt(i);
            boolean vowel = "aeiouy".indexOf(ch) >= 0;
            if ((i == 0 || !vowel) && (b.length() == 0 || b.charAt(b.length() - 1) != ch)) {
                b.append(ch);
            }
        }
        // English writes a plural or a company's "-ies" with s where the romanisation gives z: "Industries",
        // «Индастриз» (indastriz)
        if (b.length() > 2 && b.charAt(b.length() - 1) == 'z') {
            b.setCharAt(b.length() - 1, 's');
        }
        // a word of one consonant keeps its vowels, which romanisations spell apart: "Tuye", «Туйе» (tuyye),
        // «Түйе» (tuie) are one word once y is i and a doubled letter single
        return b.length() < 2 ? DOUBLED.matcher(w.replace('y', 'i')).replaceAll("$1") : b.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /** A word list entry may be Cyrillic: keep both romanisations so Kazakh and Russian text match it. */
    private static Set<String> latinForms(List<String> entries) {
        Set<String> out = new HashSet<>();
        for (String e : entries) {
            out.addAll(words(e, Language.RU));
            out.addAll(words(e, Language.KK));
        }
        // a skeleton too, so "Qazaqstan" and "zauytynda" meet their dictionary forms; one-letter
        // skeletons are the word itself, and a two-letter one would hide too many names
        for (String w : List.copyOf(out)) {
            String k = skeleton(w);
            if (k.length() > 3) {
                out.add(k);
            }
        }
        return Set.copyOf(out);
    }

    static List<String> load(String name) {
        try (InputStream in = NameKeys.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("word list " + name + " is missing from the application");
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + name, e);
        }
    }
}
