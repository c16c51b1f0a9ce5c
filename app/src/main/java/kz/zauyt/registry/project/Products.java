package kz.zauyt.registry.project;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.zauyt.extract.text.Language;

/**
 * What kind of product a plant makes, whatever language its article is in (product-words.txt):
 * "cement", "цемент" and "цементного" are one kind, "шина" and "tyres" another. The registry compares
 * products across languages by these kinds only; a word the list does not know is not evidence either
 * way. Kinds are written "*id" among a profile's product keys.
 */
final class Products {

    /** One word of a kind, romanised; {@code prefix} when it stands for every word it begins. */
    private record Form(String kind, String word, boolean prefix, boolean pair) {
    }

    private static final Products DEFAULT = new Products(NameKeys.load("product-words.txt"));

    private final List<Form> forms;

    /** Each form's skeleton (null for a pair), in the order of {@link #forms}: worked out once, not for every word asked. */
    private final List<String> skeletons;

    /** {@link #kindsOfWord} of the skeletons asked recently: every pair of differing company names asks again. */
    private final Memo<List<String>> ofWord = new Memo<>(50_000, this::kindsOfSkeleton);

    Products(List<String> lines) {
        List<Form> out = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split("\\|", 2);
            String kind = parts[0].strip();
            if (parts.length < 2 || !kind.matches("[a-z0-9-]+")) {
                throw new IllegalArgumentException("a product line is 'id | word, word ...', got '" + line + "'");
            }
            for (String entry : parts[1].split(",")) {
                String e = entry.strip();
                boolean prefix = e.endsWith("*");
                String bare = prefix ? e.substring(0, e.length() - 1) : e;
                // a Cyrillic word is read both ways, as the article's language would romanise it
                for (Language l : List.of(Language.RU, Language.KK)) {
                    List<String> words = NameKeys.words(bare, l);
                    String w = String.join("", words);
                    if (!w.isEmpty() && out.stream().noneMatch(f -> f.word.equals(w) && f.kind.equals(kind))) {
                        out.add(new Form(kind, w, prefix, words.size() > 1));
                    }
                }
            }
        }
        this.forms = List.copyOf(out);
        this.skeletons = forms.stream().map(f -> f.pair ? "" : NameKeys.skeleton(f.word)).toList();
    }

    static Products get() {
        return DEFAULT;
    }

    /** The kinds ("*cement") that the product phrases name. */
    List<String> kinds(List<String> products, Language language) {
        Set<String> out = new LinkedHashSet<>();
        for (String p : products) {
            List<String> words = NameKeys.words(p, language);
            for (int i = 0; i < words.size(); i++) {
                // "chlor-alkali", "tank cars": a hyphenated word of the list is its words joined, and the
                // pair is one product ("tank cars" are wagons, not cars)
                String joined = i + 1 < words.size() ? words.get(i) + words.get(i + 1) : null;
                List<String> pair = joined == null ? List.of() : kinds(joined, true);
                if (!pair.isEmpty()) {
                    out.addAll(pair);
                    i++;
                } else {
                    out.addAll(kinds(words.get(i), false));
                }
            }
        }
        return List.copyOf(out);
    }

    /** The kinds of one word, or ({@code pair}) of two words joined that the list writes with a hyphen. */
    private List<String> kinds(String w, boolean pair) {
        List<String> out = new ArrayList<>();
        for (Form f : forms) {
            if (f.pair == pair && matches(f, w) && !out.contains("*" + f.kind)) {
                out.add("*" + f.kind);
            }
        }
        return out;
    }

    private static boolean matches(Form f, String w) {
        return f.prefix ? w.startsWith(f.word) : w.equals(f.word);
    }

    /**
     * The kinds a word of a company's name names, from its skeleton ({@link NameKeys#skeleton}): "Cheese"
     * and "Сыр" in "Esil Cheese Company" and «Есиль Сыр». A listed word matches its own skeleton; one
     * that stands for the words it begins, the skeletons that begin with its own of three letters or more.
     */
    List<String> kindsOfWord(String skeleton) {
        return ofWord.get(skeleton);
    }

    private List<String> kindsOfSkeleton(String skeleton) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            Form f = forms.get(i);
            String own = f.pair ? null : skeletons.get(i);
            boolean match = own != null && (own.equals(skeleton) || f.prefix && own.length() >= 3 && skeleton.startsWith(own));
            if (match && !out.contains("*" + f.kind)) {
                out.add("*" + f.kind);
            }
        }
        return List.copyOf(out);
    }

    /** The kinds among product keys. */
    static List<String> of(List<String> productKeys) {
        return productKeys.stream().filter(k -> k.startsWith("*")).toList();
    }
}
