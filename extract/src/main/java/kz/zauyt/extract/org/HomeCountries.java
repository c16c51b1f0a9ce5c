package kz.zauyt.extract.org;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.zauyt.extract.gazetteer.Gazetteer;
import kz.zauyt.extract.text.Tokens;

/**
 * A company's home country when the text does not say it: the name opens with a country ("China Gezhouba
 * Group Cement Co Ltd") or is a foreign company news names without its country ("Kia Corporation and its
 * Kazakh partners"), from {@code /zauyt/gazetteer/companies.tsv}. A company named with Kazakhstan ("Kia
 * Qazaqstan") is the local venture: no country from here.
 */
public final class HomeCountries {

    private static final Set<String> LOCAL = Set.of("kazakhstan", "qazaqstan", "казахстан", "қазақстан", "kz");

    /** Each known name's first word to the names (as lower-case words) that open with it, and their country. */
    private final Map<String, List<Known>> byFirst;
    private final Gazetteer gazetteer;

    private record Known(List<String> words, String code) {
    }

    private HomeCountries(Map<String, List<Known>> byFirst, Gazetteer gazetteer) {
        this.byFirst = byFirst;
        this.gazetteer = gazetteer;
    }

    public static HomeCountries shared() {
        return Shared.INSTANCE;
    }

    private static final class Shared {
        static final HomeCountries INSTANCE = load();
    }

    static HomeCountries load() {
        String path = "/zauyt/gazetteer/companies.tsv";
        Map<String, List<Known>> byFirst = new HashMap<>();
        try (InputStream in = HomeCountries.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("company list " + path + " is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2) {
                    throw new IllegalStateException(path + ": expected a code and its names, got '" + line + "'");
                }
                for (String name : cols[1].split("\\|")) {
                    List<String> words = words(name);
                    if (!words.isEmpty()) {
                        byFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Known(words, cols[0].strip()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return new HomeCountries(byFirst, Gazetteer.shared());
    }

    /** The ISO 3166-1 code of the company's home, or null when its name says none this list knows. */
    public String of(String companyName) {
        if (companyName == null || companyName.isBlank()) {
            return null;
        }
        Tokens t = Tokens.of(companyName);
        List<String> words = words(t);
        if (words.isEmpty() || words.stream().anyMatch(LOCAL::contains)) {
            return null;
        }
        for (Gazetteer.Hit h : gazetteer.find(t)) {
            if (h.from() == 0 && h.kind() == Gazetteer.Kind.COUNTRY) {
                return h.code().equals("KZ") ? null : h.code(); // "China Gezhouba ...", "Korea Zinc"
            }
        }
        for (int i = 0; i < words.size(); i++) {
            for (Known k : byFirst.getOrDefault(words.get(i), List.of())) {
                if (i + k.words().size() <= words.size() && words.subList(i, i + k.words().size()).equals(k.words())) {
                    return k.code();
                }
            }
        }
        return null;
    }

    private static List<String> words(String name) {
        return words(Tokens.of(name));
    }

    private static List<String> words(Tokens t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (t.isWord(i) || t.isDigits(i)) {
                out.add(t.lower(i));
            }
        }
        return out;
    }
}
