package kz.zauyt.extract.fact;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.zauyt.extract.document.Document;
import kz.zauyt.extract.gazetteer.Gazetteer;
import kz.zauyt.extract.org.Org;
import kz.zauyt.extract.text.Span;
import kz.zauyt.extract.text.Tokens;
import kz.zauyt.extract.value.Mention;

/**
 * What the frame stages share about one document: tokens, sentences as token ranges, the values,
 * places and organisations found below, the region the article is about (when it is about one), and
 * which values a fact has already used. Built per document; never shared between threads.
 */
final class DocContext {

    /** How far a dateline runs from its town to its dash, "ASTANA, Kazakhstan, June 16, 2024 (Agency) –". */
    private static final int DATELINE_TOKENS = 16;

    final Document doc;
    final Tokens t;
    final int[] sentFrom;
    final int[] sentTo;
    final List<Mention> values;
    final int[] valueFrom;
    final int[] valueTo;
    final List<Gazetteer.Hit> geo;
    final List<Org> orgs;
    final BitSet used;
    private final TokenIndex valueIndex;
    private final TokenIndex geoIndex;
    private final TokenIndex orgIndex;
    /** Sentence token ranges rise with the text, so the sentence of a token is a binary search. */
    private final boolean sentencesInOrder;
    /** Sentences a project was read from: their amounts are the plant's, not the economy's. */
    final BitSet projectSentences = new BitSet();
    /** Sentences that refer back to a list of plants ("these enterprises"): their figures are the list's total. */
    final BitSet listTotals = new BitSet();
    final String docRegion;
    private java.util.Set<String> properInside; // lower-case words written capitalised inside a sentence, built when asked
    final Gazetteer.Hit docPlace;

    DocContext(Document doc, Tokens t, List<Mention> values, List<Gazetteer.Hit> geo, List<Org> orgs) {
        this.doc = doc;
        this.t = t;
        List<Span> s = doc.sentences();
        sentFrom = new int[s.size()];
        sentTo = new int[s.size()];
        for (int i = 0; i < s.size(); i++) {
            sentFrom[i] = t.indexAt(s.get(i).start());
            sentTo[i] = t.indexAt(s.get(i).end());
        }
        List<Gazetteer.Hit> inText = new ArrayList<>(geo.size());
        Gazetteer.Hit dateline = null;
        for (Gazetteer.Hit h : geo) {
            if (isDateline(t, h)) {
                dateline = dateline == null ? h : dateline;
            } else {
                inText.add(h);
            }
        }
        int datelineEnd = dateline == null ? -1 : datelineDash(t, dateline);
        if (datelineEnd >= 0) {
            values = outsideDateline(t, dateline, datelineEnd, values);
            orgs = orgsOutside(dateline.from(), datelineEnd, orgs);
        }
        this.values = values;
        valueFrom = new int[values.size()];
        valueTo = new int[values.size()];
        for (int i = 0; i < values.size(); i++) {
            valueFrom[i] = t.indexAt(values.get(i).span().start());
            valueTo[i] = t.indexAt(values.get(i).span().end());
        }
        geo = inText;
        this.geo = geo;
        this.orgs = orgs;
        this.valueIndex = new TokenIndex(valueFrom, valueTo);
        this.geoIndex = new TokenIndex(geo.stream().mapToInt(Gazetteer.Hit::from).toArray(),
                geo.stream().mapToInt(Gazetteer.Hit::to).toArray());
        this.orgIndex = new TokenIndex(orgs.stream().mapToInt(Org::from).toArray(), orgs.stream().mapToInt(Org::to).toArray());
        this.sentencesInOrder = rising(sentFrom) && rising(sentTo);
        this.used = new BitSet(values.size());
        Gazetteer.Hit[] place = new Gazetteer.Hit[1];
        String region = dominantRegion(place);
        boolean placeless = geo.stream().allMatch(h -> h.kind() == Gazetteer.Kind.COUNTRY);
        if (region == null && placeless && dateline != null) {
            region = dateline.code(); // "SHYMKENT. KAZINFORM – A plant was launched": the dateline is all the text says
            place[0] = dateline.kind() == Gazetteer.Kind.PLACE ? dateline : null;
        }
        this.docRegion = region;
        this.docPlace = place[0];
    }

    /**
     * The values of a text without those of its dateline ("KOKSHETAU, Kazakhstan, June 16 (KazWire) -"): the
     * day the story was filed is no date of a plant.
     */
    private static List<Mention> outsideDateline(Tokens t, Gazetteer.Hit dateline, int dash, List<Mention> values) {
        int from = t.start(dateline.from());
        int to = t.start(dash);
        List<Mention> out = new ArrayList<>(values.size());
        for (Mention m : values) {
            if (m.span().start() < from || m.span().start() >= to) {
                out.add(m);
            }
        }
        return out.size() == values.size() ? values : out;
    }

    /** The token of the dash that ends a dateline, or -1 when none stands on its line. */
    private static int datelineDash(Tokens t, Gazetteer.Hit dateline) {
        for (int i = dateline.to(); i < Math.min(t.size(), dateline.to() + DATELINE_TOKENS) && t.sameLine(i); i++) {
            // a dash standing apart, not the hyphen of "January-May" later in a dateless first sentence
            if (t.isAnyOf(i, "-–—") && !t.gap(i).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    /** "АҚТӨБЕ. 22 желтоқсан. ҚазАқпарат-Батыс –": the agency that filed the story is no company of it. */
    private static List<Org> orgsOutside(int from, int dash, List<Org> orgs) {
        List<Org> out = new ArrayList<>(orgs.size());
        for (Org o : orgs) {
            if (o.from() < from || o.from() >= dash) {
                out.add(o);
            }
        }
        return out.size() == orgs.size() ? orgs : out;
    }

    /**
     * "ASTANA. KAZINFORM –", "АЛМАТЫ, 12 мая —", "ASTANA (TCA) —": a place in capitals opening a line, before a
     * full stop, comma, dash or the agency's name in brackets, is where the agency filed from, not where the plant stands.
     */
    private static boolean isDateline(Tokens t, Gazetteer.Hit h) {
        int k = h.from();
        if (h.kind() == Gazetteer.Kind.COUNTRY || !(k == 0 || !t.sameLine(k) || t.gap(k).contains("\n")
                || k > 0 && !t.isWord(k - 1) && !t.sameLine(k - 1))) {
            return false;
        }
        for (int i = h.from(); i < h.to(); i++) {
            String w = t.token(i);
            if (t.isWord(i) && (w.length() < 2 || !w.equals(w.toUpperCase(java.util.Locale.ROOT)))) {
                return false;
            }
        }
        return h.to() < t.size() && (t.isAnyOf(h.to(), ".,–—-") || agencyThenDash(t, h.to()));
    }

    /** "ASTANA (TCA) —": the agency in brackets right after the town, then the dash. */
    private static boolean agencyThenDash(Tokens t, int k) {
        if (!t.isAnyOf(k, "(")) {
            return false;
        }
        for (int j = k + 2; j < Math.min(t.size() - 1, k + 6) && t.sameLine(j); j++) {
            if (t.isAnyOf(j, ")")) {
                return t.isAnyOf(j + 1, "–—-");
            }
        }
        return false;
    }

    /**
     * Whether the document writes this word capitalised inside a sentence too ("введена Коксуская ГЭС"):
     * then a sentence's capitalised first word of that spelling is a proper word, not a common one.
     */
    boolean properInside(String lower) {
        if (properInside == null) {
            properInside = new java.util.HashSet<>();
            for (int s = 0; s < sentFrom.length; s++) {
                for (int k = sentFrom[s] + 1; k < sentTo[s]; k++) {
                    if (t.isWord(k) && t.isCapitalised(k) && !t.isAnyOf(k - 1, ".:!?«\"“—–-")) {
                        properInside.add(t.lower(k));
                    }
                }
            }
        }
        return properInside.contains(lower);
    }

    int sentences() {
        return sentFrom.length;
    }

    /** The sentence holding token k (the first, should two hold it), or -1. */
    int sentenceOf(int k) {
        if (!sentencesInOrder) {
            for (int i = 0; i < sentFrom.length; i++) {
                if (k >= sentFrom[i] && k < sentTo[i]) {
                    return i;
                }
            }
            return -1;
        }
        // the sentences starting at or before k are a prefix; those of them ending after k, its tail
        int last = TokenIndex.firstAtLeast(sentFrom, k + 1) - 1;
        int first = TokenIndex.firstAtLeast(sentTo, k + 1);
        return first <= last ? first : -1;
    }

    private static boolean rising(int[] a) {
        for (int i = 1; i < a.length; i++) {
            if (a[i] < a[i - 1]) {
                return false;
            }
        }
        return true;
    }

    /** True when sentence i starts a new paragraph (a blank line before it). */
    boolean startsParagraph(int i) {
        if (i == 0) {
            return true;
        }
        String gap = doc.text().substring(doc.sentences().get(i - 1).end(), doc.sentences().get(i).start());
        return gap.contains("\n\n");
    }

    Span evidence(int sentence) {
        return doc.sentences().get(sentence);
    }

    List<Integer> valuesIn(int from, int to) {
        return valueIndex.within(from, to);
    }

    /** Values inside, overlapping or next to tokens [from, to]: the ones a rule about a window may test. */
    List<Integer> valuesTouching(int from, int to) {
        return valueIndex.touching(from, to);
    }

    List<Gazetteer.Hit> geoIn(int from, int to) {
        return pick(geo, geoIndex.within(from, to));
    }

    List<Gazetteer.Hit> geoTouching(int from, int to) {
        return pick(geo, geoIndex.touching(from, to));
    }

    List<Org> orgsIn(int from, int to) {
        return pick(orgs, orgIndex.within(from, to));
    }

    List<Org> orgsTouching(int from, int to) {
        return pick(orgs, orgIndex.touching(from, to));
    }

    private static <T> List<T> pick(List<T> all, List<Integer> positions) {
        List<T> out = new ArrayList<>(positions.size());
        for (int i : positions) {
            out.add(all.get(i));
        }
        return out;
    }

    /**
     * The region the article is about: the one named most (the title counts three times), when it
     * holds most of the mentions of Kazakh places. A town dominating too becomes the article's place.
     */
    private String dominantRegion(Gazetteer.Hit[] place) {
        Map<String, Integer> regions = new HashMap<>();
        Map<String, Integer> places = new HashMap<>();
        Map<String, Gazetteer.Hit> firstPlace = new HashMap<>();
        int total = 0;
        int titleEnd = sentTo.length > 0 ? sentTo[0] : 0;
        for (Gazetteer.Hit h : geo) {
            if (h.kind() == Gazetteer.Kind.COUNTRY) {
                continue;
            }
            int w = h.from() < titleEnd ? 3 : 1;
            regions.merge(h.code(), w, Integer::sum);
            total += w;
            if (h.kind() == Gazetteer.Kind.PLACE) {
                places.merge(h.entry().canonical(), w, Integer::sum);
                firstPlace.putIfAbsent(h.entry().canonical(), h);
            }
        }
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : regions.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        if (best == null || bestCount * 10 < total * 6) {
            return null;
        }
        for (Map.Entry<String, Integer> e : places.entrySet()) {
            Gazetteer.Hit h = firstPlace.get(e.getKey());
            if (h.code().equals(best) && e.getValue() * 10 >= bestCount * 6) {
                place[0] = h;
            }
        }
        return best;
    }
}
