package kz.zauyt.extract.org;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.zauyt.extract.gazetteer.Gazetteer;
import kz.zauyt.extract.text.Lexicon;
import kz.zauyt.extract.text.Span;
import kz.zauyt.extract.text.Tokens;

/**
 * Finds company and body names in their real forms: a legal form before the name ("LLP Kelun-Kazpharm",
 * "ТОО «Ертис Коппер»"), a legal form or group word after it ("Gezhouba Cement Company Ltd",
 * "Yulin Irrigation company"), a quoted name after "company"/"компания", CamelCase brands
 * ("QazMetProduct") and a brand set off by a dash at a sentence's end ("... radiators - Valtherm.").
 */
public final class OrgFinder {

    private static final int MAX_NAME_TOKENS = 6;
    private static final String OPEN_QUOTES = "«\"“„'";
    private static final String CLOSE_QUOTES = "»\"”'";

    /** Names beginning with one word beyond which no shorter one is read as the same company (a list, not a story). */
    private static final int MAX_ALIKE = 16;

    private final Lexicon lex;

    public OrgFinder(Lexicon lex) {
        this.lex = lex;
    }

    public static OrgFinder load() {
        return new OrgFinder(Lexicon.load("organisations"));
    }

    public List<Org> find(Tokens t, List<Gazetteer.Hit> geo) {
        BitSet places = new BitSet(t.size());
        BitSet zones = new BitSet(t.size());
        BitSet owned = new BitSet(t.size());
        for (Gazetteer.Hit h : geo) {
            places.set(h.from(), h.to());
            if (h.kind() == Gazetteer.Kind.ZONE) {
                zones.set(h.from(), h.to());
            }
            // "Turkey's Kanarya Tekstil", "South Korea's Daejin Furnace Engineering": a country's possessive
            // opens a company's name, the way "the Turkish company" does
            int s = h.to();
            if (h.kind() == Gazetteer.Kind.COUNTRY && s + 2 < t.size() && t.isAnyOf(s, "'’") && t.touches(s)
                    && t.isWord(s + 1) && t.lower(s + 1).equals("s") && t.touches(s + 1)) {
                owned.set(s + 2);
            }
        }
        List<Org> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            Org o = owned.get(i) ? owned(t, i, places) : null;
            o = o != null ? o : at(t, i, places, zones);
            if (o == null) {
                i++;
            } else {
                if (!credit(t, o) && !brand(t, o) && !tag(t, o)) {
                    out.add(o);
                }
                i = o.to();
            }
        }
        // each name's words, read once for both steps: a long text names few companies many times
        Map<String, List<String>> words = new HashMap<>();
        return fuller(possessives(t, again(t, out), places, words), words);
    }

    /**
     * "Ortau's board also approved a second concentrator": the first word of a company the text has named in full
     * ("Ortau Mining Holding JSC"), written with a possessive to open a sentence, is that company, where it is no
     * place's name (further in, "25 billion tenge of Sarysu's own money" tells no company of a plant).
     */
    private static List<Org> possessives(Tokens t, List<Org> found, BitSet places, Map<String, List<String>> wordsOf) {
        if (found.isEmpty()) {
            return found;
        }
        Map<String, String> byFirst = new HashMap<>();
        for (Org o : found) {
            List<String> words = words(wordsOf, o.name());
            if (words.size() > 1 && words.get(0).length() >= 3) {
                byFirst.putIfAbsent(words.get(0), o.name());
            }
        }
        List<Org> out = new ArrayList<>(found);
        int next = 0;
        for (int k = 0; k + 2 < t.size(); k++) {
            while (next < found.size() && found.get(next).to() <= k) {
                next++;
            }
            boolean inside = next < found.size() && found.get(next).from() <= k;
            String name = inside || places.get(k) || !t.isWord(k) || !t.isCapitalised(k) ? null : byFirst.get(t.lower(k));
            if (name != null && t.isAnyOf(k + 1, "'’") && t.touches(k + 1) && t.isWord(k + 2) && t.lower(k + 2).equals("s")
                    && t.touches(k + 2) && (k == 0 || !t.sameLine(k) || t.isAnyOf(k - 1, ".!?"))) {
                out.add(new Org(name, k, k + 1, new Span(t.start(k), t.end(k))));
            }
        }
        if (out.size() == found.size()) {
            return found;
        }
        out.sort(java.util.Comparator.comparingInt(Org::from));
        return out;
    }

    /**
     * "Ortau Mining signs contract" in the headline, "Ortau Mining Holding JSC has signed" in the body: a name
     * that begins another of the text's, which adds only legal-form and group words, is that company, named
     * in full everywhere (not "Kazakhmys" and "Kazakhmys Smelting", a company and its subsidiary).
     */
    private List<Org> fuller(List<Org> found, Map<String, List<String>> words) {
        if (found.size() < 2) {
            return found;
        }
        // by distinct name, and each compared only with names of its first word: never thousands that begin alike
        Map<String, List<String>> byFirst = new HashMap<>();
        Set<String> names = new LinkedHashSet<>();
        for (Org o : found) {
            List<String> w = words(words, o.name());
            if (names.add(o.name()) && !w.isEmpty()) {
                byFirst.computeIfAbsent(w.get(0), k -> new ArrayList<>()).add(o.name());
            }
        }
        Map<String, String> full = new HashMap<>();
        for (String shorter : names) {
            List<String> mine = words.get(shorter);
            List<String> alike = mine.isEmpty() ? List.of() : byFirst.get(mine.get(0));
            if (alike.size() < 2 || alike.size() > MAX_ALIKE) {
                continue;
            }
            String best = null;
            for (String name : alike) {
                List<String> theirs = words.get(name);
                if (theirs.size() > mine.size() && (best == null || theirs.size() > words.get(best).size())
                        && theirs.subList(0, mine.size()).equals(mine)
                        && theirs.subList(mine.size(), theirs.size()).stream().allMatch(w -> lex.has("legal-after", w))) {
                    best = name;
                }
            }
            if (best != null) {
                full.put(shorter, best);
            }
        }
        if (full.isEmpty()) {
            return found;
        }
        List<Org> out = new ArrayList<>(found.size());
        for (Org o : found) {
            String name = full.get(o.name());
            out.add(name == null ? o : new Org(name, o.from(), o.to(), o.span()));
        }
        return out;
    }

    /** A name's lower-case words, read once a document. */
    private static List<String> words(Map<String, List<String>> wordsOf, String name) {
        return wordsOf.computeIfAbsent(name, n -> Tokens.of(n).lowerWords());
    }

    /** "#ФортШевченко", "@kerey_cable": a post's hashtag or handle, never a company of the story. */
    private static boolean tag(Tokens t, Org o) {
        return o.from() > 0 && t.isAnyOf(o.from() - 1, "#@") && t.touches(o.from());
    }

    /**
     * A wire's credit in its dateline, "KOKSHETAU, June 16 (KazWire) -" or "(Reuters) —": the agency that
     * tells the story, never a company in it.
     */
    private static boolean credit(Tokens t, Org o) {
        return o.from() > 0 && t.isAnyOf(o.from() - 1, "(") && o.to() + 1 < t.size() && t.isAnyOf(o.to(), ")")
                && t.isAnyOf(o.to() + 1, "-–—");
    }

    /**
     * "under the AlmaGold brand", "под брендом «Балапан»", "«Аққу» брендімен": a brand's name, not a company's;
     * the registry still reads it in the headline and evidence of its plant.
     */
    private boolean brand(Tokens t, Org o) {
        if (t.isWord(o.to()) && lex.longest("brand-after", t, o.to()) != null) {
            return true;
        }
        for (int k = Math.max(0, o.from() - 3); k < o.from(); k++) {
            Lexicon.Match m = t.isWord(k) ? lex.longest("brand-before", t, k) : null;
            if (m != null && m.to() == o.from()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name the text gives once as a company's ("ТОО «Ертис Ет»", "компания «X»") is that company wherever
     * it stands in quotes again: a headline drops the legal form ("Мясокомбинат «Ертис Ет» отправил...").
     */
    private static List<Org> again(Tokens t, List<Org> found) {
        if (found.isEmpty()) {
            return found;
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        found.forEach(o -> names.add(o.name()));
        List<Org> out = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < t.size(); i++) {
            while (next < found.size() && found.get(next).to() <= i) {
                out.add(found.get(next++));
            }
            if (next < found.size() && found.get(next).from() <= i || !t.isAnyOf(i, OPEN_QUOTES)) {
                continue;
            }
            for (int j = i + 2; j < Math.min(t.size(), i + 2 + MAX_NAME_TOKENS) && t.sameLine(j); j++) {
                if (t.isAnyOf(j, CLOSE_QUOTES)) {
                    String name = t.text().substring(t.end(i), t.start(j)).strip();
                    if (names.contains(name) && (next >= found.size() || found.get(next).from() > j)) {
                        out.add(new Org(name, i, j + 1, new Span(t.start(i), t.end(j))));
                        i = j;
                    }
                    break;
                }
            }
        }
        out.addAll(found.subList(next, found.size()));
        return out;
    }

    private Org at(Tokens t, int i, BitSet places, BitSet zones) {
        if (!t.isWord(i) && !t.isAnyOf(i, OPEN_QUOTES)) {
            return null;
        }
        Org before = quotedBeforeLegal(t, i);
        if (before != null) {
            return before;
        }
        Lexicon.Match legal = t.isWord(i) ? lex.longest("legal-before", t, i) : null;
        boolean upperLegal = legal != null && Character.isUpperCase(t.text().charAt(t.start(i))) && acronymAsWritten(t, i);
        Lexicon.Match orgWord = t.isWord(i) ? lex.longest("org-word", t, i) : null;
        // LLP «Name», компания «Name», company "Name"
        if ((upperLegal || orgWord != null) && t.sameLine((upperLegal ? legal : orgWord).to())) {
            int k = (upperLegal ? legal : orgWord).to();
            Org quoted = quoted(t, i, k);
            // "Кәсіпорын «Павлодар» арнайы экономикалық аймағында": the enterprise stands in the zone the quotes name
            if (quoted != null && !zones.get(k + 1) && !(t.isWord(quoted.to()) && lex.longest("zone-after", t, quoted.to()) != null)) {
                return quoted;
            }
            if (upperLegal) {
                int end = capitalisedRun(t, k, places, true);
                if (end > k) {
                    end = extendLegalAfter(t, end);
                    return org(t, i, k, end);
                }
            }
        }
        if (t.isCapitalised(i) && places.get(i) && !lex.has("not-name", t.lower(i))) {
            // "Tobyl Motors LLP", "Kostanay Keramika LLP": a town's name can open a company's
            // a run of places alone ends where it starts: "Tobyl Motors LLP" is the town and the group word after it
            int run = Math.max(capitalisedRun(t, i, places, false), i + 1);
            int after = extendLegalAfter(t, run);
            if (after > run) {
                return org(t, i, i, after);
            }
            if (run > i + 1 && appositive(t, run)) {
                return org(t, i, i, run); // "Shakhtinsk Bearing Works, the maker of ...": the town opens the name
            }
        }
        if (!t.isCapitalised(i) || lex.has("not-name", t.lower(i)) || places.get(i)) {
            return camel(t, i);
        }
        // "the Russian chemical company Volga Agrochem", "компания Казахмыс": a name right after "company"
        if (t.isWord(i - 1) && !t.isCapitalised(i - 1) && lex.has("org-name-before", t.lower(i - 1))) {
            int run = capitalisedRun(t, i, places, true);
            int end = run > i ? extendLegalAfter(t, run) : run;
            if (run > i && !(end == run && person(t, i, run))) {
                return org(t, i, i, end);
            }
        }
        // Name Company Ltd, Name company, Name LLP
        int end = capitalisedRun(t, i, places, false);
        if (end > i) {
            int after = extendLegalAfter(t, end);
            if (after > end) {
                return org(t, i, i, after);
            }
            // a lower-case legal word of two letters is the English word: "We see Mangystau as the first step"
            if (t.isWord(end) && lex.has("legal-after", t.lower(end)) && !t.isCapitalised(end) && t.token(end).length() > 2) {
                // "Yulin Irrigation company": the lower-case word is not part of the name
                return org(t, i, i, end, end + 1);
            }
        }
        if (end > i && appositive(t, end)) {
            return org(t, i, i, end); // "Ningxia Huaxin Carbon, a Chinese producer, will supply the kilns"
        }
        Org camel = camel(t, i);
        if (camel != null) {
            return camel;
        }
        // "... heating radiators - Valtherm."
        if ((t.isAnyOf(i - 1, "-–—")) && !t.touches(i) && end == i + 1 && (t.is(end, '.') || end >= t.size()) && !places.get(i)) {
            return org(t, i, i, end);
        }
        return null;
    }

    /** The capitalised run after a country's possessive, when it is more than a place or a single common word. */
    private Org owned(Tokens t, int i, BitSet places) {
        if (!t.isCapitalised(i) || lex.has("not-name", t.lower(i))) {
            return null;
        }
        int run = capitalisedRun(t, i, places, false);
        return run > i ? org(t, i, i, extendLegalAfter(t, run)) : null;
    }

    /**
     * ", a Chinese producer", ", a Turkish tile maker", ", the maker of Balapan diapers" after a capitalised run: an apposition that says the
     * run is a company (one of the {@code org-name-before} nouns within four words after an
     * {@code apposition-article}).
     */
    private boolean appositive(Tokens t, int end) {
        if (end + 2 >= t.size() || !t.is(end, ',') || !t.isWord(end + 1) || !lex.has("apposition-article", t.lower(end + 1))) {
            return false;
        }
        for (int k = end + 2; k < Math.min(t.size(), end + 6) && t.isWord(k); k++) {
            // "X, the company's director" is a person: the noun must head the apposition, not own a word in it
            if (lex.has("org-name-before", t.lower(k)) && !t.isAnyOf(k + 1, "'’")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A short Cyrillic legal form is an acronym only in capitals: "АҚ" is a joint-stock company, "Ақ" the
     * word white that opens brands («Ақ Бұлт»), "Ао" nothing. Latin abbreviations keep their case ("Ltd").
     */
    private static boolean acronymAsWritten(Tokens t, int k) {
        String w = t.token(k);
        if (w.length() > 4 || w.chars().noneMatch(ch -> ch >= 0x400 && ch <= 0x4FF)) {
            return true;
        }
        return w.equals(w.toUpperCase(java.util.Locale.ROOT));
    }

    /** «Нұра Кабель» ЖШС, "Temir Casting" LLP: Kazakh (and English) may put the legal form after a quoted name. */
    private Org quotedBeforeLegal(Tokens t, int i) {
        Org q = t.isAnyOf(i, OPEN_QUOTES) ? quoted(t, i, i) : null;
        int form = q == null ? -1 : q.to();
        if (form < 0 || !t.isWord(form) || !t.sameLine(form) || !t.isCapitalised(form) || !lex.has("legal-after", t.lower(form))
                || !acronymAsWritten(t, form)) {
            return null;
        }
        return new Org(q.name(), i, form + 1, new Span(t.start(i), t.end(form)));
    }

    private Org quoted(Tokens t, int from, int k) {
        if (!t.isAnyOf(k, OPEN_QUOTES)) {
            return null;
        }
        for (int j = k + 1; j < Math.min(t.size(), k + 2 + MAX_NAME_TOKENS); j++) {
            if (t.isAnyOf(j, CLOSE_QUOTES) && j > k + 1) {
                String name = t.text().substring(t.end(k), t.start(j)).strip();
                if (name.isEmpty() || !Character.isUpperCase(name.charAt(0)) && !Character.isDigit(name.charAt(0))) {
                    return null;
                }
                return new Org(name, from, j + 1, new Span(t.start(from), t.end(j)));
            }
            if (!t.sameLine(j)) {
                return null;
            }
        }
        return null;
    }

    /** Capitalised words (hyphen-joined, with digits) from k; {@code afterLegal} lets the first be an acronym. */
    private int capitalisedRun(Tokens t, int k, BitSet places, boolean afterLegal) {
        int j = k;
        while (j < t.size() && j - k < MAX_NAME_TOKENS && (j == k || t.sameLine(j))) {
            if (t.isCapitalised(j) && (j > k || !lex.has("not-name", t.lower(j)) || afterLegal)) {
                if (lex.has("legal-after", t.lower(j)) && j > k) {
                    break;
                }
                j++;
            } else if (t.isAnyOf(j, "-&") && t.touches(j) && (t.isWord(j + 1) && t.isCapitalised(j + 1) || t.isDigits(j + 1)) && j > k) {
                // "Kelun-Kazpharm", "Shu-2"; "Kostanay-based" describes the company before its name
                j += 2;
            } else if (t.isDigits(j) && j > k && t.touches(j)) {
                j++;
            } else {
                break;
            }
        }
        if (!afterLegal && j > k) {
            boolean allPlaces = true;
            for (int m = k; m < j; m++) {
                allPlaces &= places.get(m) || !t.isWord(m);
            }
            if (allPlaces) {
                return k;
            }
        }
        return j;
    }

    private int extendLegalAfter(Tokens t, int end) {
        int j = end;
        while (j < t.size() && t.isWord(j) && t.isCapitalised(j) && lex.has("legal-after", t.lower(j)) && acronymAsWritten(t, j) && t.sameLine(j)) {
            j++;
            if (t.is(j, '.') && t.touches(j) && t.lower(j - 1).length() <= 3 && !(j + 1 >= t.size() || t.isCapitalised(j + 1))) {
                j++;
            }
            // "China Gezhouba Group Cement Co Ltd": a subsidiary's own words and legal form after the group's
            int m = j;
            while (m < t.size() && m - j < 3 && t.isWord(m) && t.isCapitalised(m) && t.sameLine(m)
                    && !lex.has("legal-after", t.lower(m)) && !lex.has("not-name", t.lower(m))) {
                m++;
            }
            if (m > j && m < t.size() && t.isWord(m) && t.isCapitalised(m) && lex.has("legal-after", t.lower(m)) && t.sameLine(m)) {
                j = m;
            }
        }
        return j;
    }

    /** "QazMetProduct", "KamaTyresKZ": a capital inside a word. Acronyms (SEZ, LLP) are not names by themselves. */
    private Org camel(Tokens t, int i) {
        if (!t.isWord(i)) {
            return null;
        }
        String w = t.token(i);
        if (w.length() < 4 || !Character.isUpperCase(w.charAt(0))) {
            return null;
        }
        boolean lowerSeen = false;
        for (int k = 1; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.isLowerCase(c)) {
                lowerSeen = true;
            } else if (Character.isUpperCase(c) && lowerSeen) {
                return org(t, i, i, i + 1);
            }
        }
        return null;
    }

    private Org org(Tokens t, int from, int nameFrom, int nameTo) {
        return org(t, from, nameFrom, nameTo, nameTo);
    }

    private Org org(Tokens t, int from, int nameFrom, int nameTo, int to) {
        String name = t.text().substring(t.start(nameFrom), t.end(nameTo - 1)).strip();
        return new Org(name, from, to, new Span(t.start(from), t.end(to - 1)));
    }

    /**
     * "директор компании Нурлан Кенжебаев", "the company's director Nurlan Kenzhebayev": a first name and a
     * surname ([surname-ending] in organisations.txt) after a word for a company are its officer, not its name.
     */
    private boolean person(Tokens t, int from, int to) {
        if (to - from != 2 || !t.isWord(from) || !t.isWord(from + 1)) {
            return false;
        }
        String last = t.lower(from + 1);
        for (int n = Math.min(5, last.length() - 2); n >= 2; n--) {
            if (lex.has("surname-ending", last.substring(last.length() - n))) {
                return true;
            }
        }
        return false;
    }
}
