package kz.zauyt.extract.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kz.zauyt.extract.text.Span;
import kz.zauyt.extract.text.Tokens;
import kz.zauyt.extract.text.WordStarts;

/**
 * Places, regions, economic zones and countries of {@code /zauyt/gazetteer/*.tsv}, each under every
 * surface form the news uses (cases, old names, three languages). Loaded once, immutable; matching a
 * text is a longest-match walk over its tokens.
 */
public final class Gazetteer {

    public enum Kind { ZONE, REGION, PLACE, COUNTRY }

    /** One gazetteer entry: its code (ISO 3166-2:KZ region, or ISO 3166-1 for a country) and canonical name. */
    public record Entry(Kind kind, String code, String canonical, String type, Double lat, Double lon, List<String> names) {
    }

    /** An entry found in a text at tokens {@code [from, to)}. */
    public record Hit(Entry entry, int from, int to, Span span, String surface) {
        public Kind kind() {
            return entry.kind();
        }

        public String code() {
            return entry.code();
        }
    }

    /** A Russian adjective of a town ("Павлодарский", "Аксуская"): written lower-case inside a phrase. */
    private static final Pattern TOWN_ADJECTIVE = Pattern.compile("\\p{Lu}\\p{Ll}+ск(ий|ая|ое|ого|ой|ом|ому|им|ую|ие|их)");

    private record Form(Entry entry, boolean capitalised) {
    }

    /** What a run of words is: a form (or null), and whether a longer form starts with it. One lookup for both. */
    private record Node(Form form, boolean prefix) {
    }

    private final Map<String, Node> nodes;
    private final Map<String, Entry> placesByName;
    private final int longest;
    /** Where the first words of the forms are in the shared table of word starts, which reads each word of a text once. */
    private final int startsSlot;

    private Gazetteer(Map<String, Form> forms, Map<String, Entry> placesByName, int longest) {
        this.placesByName = placesByName;
        this.longest = longest;
        java.util.Set<String> p = new java.util.HashSet<>();
        for (String form : forms.keySet()) {
            for (int i = form.indexOf(' '); i > 0; i = form.indexOf(' ', i + 1)) {
                p.add(form.substring(0, i));
            }
        }
        Map<String, Node> n = new HashMap<>();
        forms.forEach((k, f) -> n.put(k, new Node(f, p.contains(k))));
        p.forEach(k -> n.putIfAbsent(k, new Node(null, true)));
        this.nodes = Collections.unmodifiableMap(n);
        this.startsSlot = WordStarts.register("gazetteer", n.keySet().stream().filter(k -> k.indexOf(' ') < 0).toList());
    }

    /** One gazetteer per process, built on first use: it never changes, and the engine and the registry both read it. */
    public static Gazetteer shared() {
        return Shared.INSTANCE;
    }

    private static final class Shared {
        static final Gazetteer INSTANCE = load();
    }

    public static Gazetteer load() {
        Map<String, Form> forms = new HashMap<>();
        Map<String, Entry> byName = new HashMap<>();
        int[] longest = {1};
        // zones first: "SEZ Pavlodar" is a zone before "Pavlodar" is a town
        read("zones", (cols, line) -> {
            Entry e = new Entry(Kind.ZONE, cols[0], first(cols[2]), cols[1], null, null, names(cols[2]));
            addForms(forms, e, cols[2], longest);
        });
        read("regions", (cols, line) -> {
            Entry e = new Entry(Kind.REGION, cols[0], first(cols[1]), "region", null, null, names(cols[1]));
            addForms(forms, e, cols[1], longest);
        });
        read("places", (cols, line) -> {
            Entry e = new Entry(Kind.PLACE, cols[0], first(cols[4]), cols[1], parse(cols[2]), parse(cols[3]), names(cols[4]));
            addForms(forms, e, cols[4], longest);
            for (String f : cols[4].split("\\|")) {
                byName.putIfAbsent(f.strip().toLowerCase(), e);
            }
        });
        read("countries", (cols, line) -> {
            Entry e = new Entry(Kind.COUNTRY, cols[0], first(cols[1]), "country", null, null, names(cols[1]));
            addForms(forms, e, cols[1], longest);
        });
        // hash maps, not Map.copyOf: every word of every text is looked up here, and a hash map compares
        // cached hash codes before strings, where Map.copyOf's table compares each probed string
        return new Gazetteer(forms, Collections.unmodifiableMap(byName), longest[0]);
    }

    private interface Row {
        void accept(String[] cols, int line);
    }

    private static void read(String name, Row row) {
        String path = "/zauyt/gazetteer/" + name + ".tsv";
        try (InputStream in = Gazetteer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer file " + path + " is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                try {
                    row.accept(cols, n);
                } catch (RuntimeException e) {
                    throw new IllegalStateException(path + ":" + n + ": cannot read '" + line + "': " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static void addForms(Map<String, Form> forms, Entry e, String list, int[] longest) {
        for (String f : list.split("\\|")) {
            String form = f.strip();
            if (form.isEmpty()) {
                continue;
            }
            Tokens t = Tokens.of(form);
            if (t.size() == 0) {
                continue;
            }
            longest[0] = Math.max(longest[0], t.size());
            // a Latin country name is capitalised ("Turkey", not "turkey farm"); Russian adjectives are not ("китайская")
            boolean latin = form.charAt(0) < 0x400;
            // nor is a town's adjective inside a phrase ("павлодарский завод", «экибастузская станция»)
            boolean capital = Character.isUpperCase(form.charAt(0)) && (e.kind() != Kind.COUNTRY || latin)
                    && !(e.kind() == Kind.PLACE && t.size() == 1 && TOWN_ADJECTIVE.matcher(form).matches());
            forms.putIfAbsent(String.join(" ", t.lowerWords()), new Form(e, capital));
        }
    }

    private static List<String> names(String list) {
        List<String> out = new ArrayList<>();
        for (String f : list.split("\\|")) {
            if (!f.isBlank()) {
                out.add(f.strip());
            }
        }
        return List.copyOf(out);
    }

    private static String first(String list) {
        return list.split("\\|")[0].strip();
    }

    private static Double parse(String s) {
        return s == null || s.isBlank() ? null : Double.valueOf(s.strip());
    }

    /** Every entry named in the text, longest forms first, no overlaps, in text order. */
    public List<Hit> find(Tokens t) {
        List<Hit> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            // a zone's name in quotes opens on the quote: «Павлодар» арнайы экономикалық аймағында
            Hit h = t.kind(i) == Tokens.WORD || t.isAnyOf(i, "«\"“") ? at(t, i) : null;
            if (h == null) {
                i++;
            } else {
                out.add(h);
                i = h.to();
            }
        }
        return Collections.unmodifiableList(out);
    }

    private Hit at(Tokens t, int i) {
        if (!WordStarts.startsAt(t, i, startsSlot)) {
            return null; // most words start no form: an array read instead of a lookup in a large table
        }
        String first = t.lower(i);
        Node n1 = nodes.get(first);
        if (n1 == null) {
            return null;
        }
        Hit best = n1.form() == null ? null : hit(t, i, 1, n1.form());
        if (!n1.prefix()) {
            return best;
        }
        StringBuilder key = new StringBuilder(first);
        for (int n = 2; n <= longest && i + n <= t.size(); n++) {
            int k = i + n - 1;
            if (!t.sameLine(k) || t.start(k) - t.end(k - 1) > 2) {
                break;
            }
            key.append(' ').append(t.lower(k));
            Node node = nodes.get(key.toString());
            if (node == null) {
                break;
            }
            if (node.form() != null) {
                Hit h = hit(t, i, n, node.form());
                best = h != null ? h : best;
            }
            if (!node.prefix()) {
                break;
            }
        }
        return best;
    }

    /** A form matched at tokens [i, i+n), unless case or a glued word says it is something else. */
    private static Hit hit(Tokens t, int i, int n, Form f) {
        if ((f.capitalised() && !t.isCapitalised(i)) || (t.isWord(i + n) && t.touches(i + n))) {
            return null;
        }
        Span span = new Span(t.start(i), t.end(i + n - 1));
        return new Hit(f.entry(), i, i + n, span, span.of(t.text()));
    }

    /** A town by any of its names, for coordinates on the map. */
    public Entry place(String name) {
        return name == null ? null : placesByName.get(name.strip().toLowerCase());
    }
}
