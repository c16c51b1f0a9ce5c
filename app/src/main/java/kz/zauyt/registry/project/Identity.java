package kz.zauyt.registry.project;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The part of a match that says two mentions name the same thing, whatever words the rest of their
 * articles use: a known entity ({@link Aliases}), the operator, a distinctive name word, or a brand the
 * other article writes only in its headline or evidence. Without any of it two mentions never join.
 */
final class Identity {

    private Identity() {
    }

    /** Adds the identity evidence of {@code a} and {@code b} to {@code why}; returns the points (NaN: none). */
    static double score(Profile a, Profile b, List<String> why) {
        return score(a, b, why, true);
    }

    /**
     * As {@link #score(Profile, Profile, List)}; {@code apart} false for two mentions of one article,
     * whose evidence names every company of the article, so a partner named there says nothing.
     */
    static double score(Profile a, Profile b, List<String> why, boolean apart) {
        double score = 0;
        boolean found = false;
        String alias = first(a.aliasKeys(), b.aliasKeys());
        String hinted = alias != null ? null : hinted(a, b, "@");
        String inText = alias != null || hinted != null ? null : hinted(a, b, "#");
        if (alias != null) {
            score += 4;
            found = true;
            why.add("known as " + alias + " +4");
        } else if (hinted != null) {
            score += 3;
            found = true;
            why.add("known as " + hinted + " (headline or evidence) +3");
        } else if (inText != null) {
            score += 2.5;
            found = true;
            why.add("known as " + inText + " (named in the article) +2.5");
        }
        String company = first(a.companyKeys(), b.companyKeys());
        String related = company == null ? contained(a.companyKeys(), b.companyKeys()) : null;
        related = related == null && company == null ? spelled(a.companyKeys(), b.companyKeys()) : related;
        related = related == null && company == null ? translated(a.companyKeys(), b.companyKeys()) : related;
        String family;
        String others = company == null ? null : otherOperators(a.companyKeys(), b.companyKeys(), company);
        if (others != null) {
            // Orda Auto Group owns both the car plant (Hansol) and the bus plant (Orda Bus): a shared
            // parent beside two unrelated operators says little
            score += 1;
            found = true;
            why.add("company " + company + " but " + others + " +1");
        } else if (company != null) {
            score += 3;
            found = true;
            why.add("company " + company + " +3");
        } else if (related != null) {
            score += 2.5;
            found = true;
            why.add("company " + related + " +2.5");
        } else if ((family = renamed(a, b)) != null || (family = renamed(b, a)) != null) {
            // "Dala Tyres (formerly UralTyres KZ)": a renaming or a sale in one article names the other's company
            score += 3;
            found = true;
            related = family;
            why.add("renamed or sold: " + family + " +3");
        } else if ((family = brand(a.companyKeys(), b.companyKeys())) != null) {
            // "Hansol Motors" and "Hansol Kazakhstan": one brand, two legal entities (or a parent and its plant)
            score += 1.5;
            found = true;
            why.add("brand " + family + " +1.5");
        } else if (!a.companyKeys().isEmpty() && !b.companyKeys().isEmpty() && !found) {
            // a joint venture's partners differ from article to article: the Turkish partner one article
            // returns as the company is named in the other's evidence beside the local one it returns
            // a whole name of two words or more: a one-word brand is a word of many names
            List<String> partner = apart ? stems(full(b.companyKeys()), a.contextKeys(), true) : new ArrayList<>();
            partner.addAll(apart ? stems(full(a.companyKeys()), b.contextKeys(), true) : List.of());
            if (!partner.isEmpty()) {
                // weaker than a brand: an article names its neighbour or supplier the same way
                score += 1;
                found = true;
                why.add("company " + String.join(", ", new LinkedHashSet<>(partner)) + " in the other's headline or evidence +1");
            } else {
                // a known entity outweighs that
                score -= 3;
                why.add("different companies -3");
            }
        }
        // "KIA plant" names the company another article lists: a name can still tie them. A name word
        // that is a word of the mention's own company does not: that company was just compared, and
        // "Minsen Fertau flour plant" is not "Tygragra Minsen" because both firms have a Minsen
        List<String> named = common(nameOnly(a), b.blockKeys());
        named.addAll(common(nameOnly(b), a.blockKeys()));
        if (!named.isEmpty()) {
            boolean more = company != null || related != null;
            score += more ? 1 : 2;
            found = true;
            why.add("name " + String.join(" ", new LinkedHashSet<>(named)) + (more ? " +1" : " +2"));
        } else if (company == null && related == null) {
            // "KIA will build a plant": the brand is in the headline, not among the fact's companies. A
            // fact with companies of its own is not another's because its sentence names that one too
            List<String> whole = a.companyKeys().isEmpty() ? stems(b.companyKeys(), a.contextKeys(), true) : new ArrayList<>();
            whole.addAll(b.companyKeys().isEmpty() ? stems(a.companyKeys(), b.contextKeys(), true) : List.of());
            List<String> brand = a.companyKeys().isEmpty() ? stems(b.companyKeys(), a.contextKeys(), false) : new ArrayList<>();
            brand.addAll(b.companyKeys().isEmpty() ? stems(a.companyKeys(), b.contextKeys(), false) : List.of());
            if (!whole.isEmpty()) {
                score += 2;
                found = true;
                why.add("company " + String.join(", ", new LinkedHashSet<>(whole)) + " in the headline or evidence +2");
            } else if (!brand.isEmpty()) {
                // the first word is the brand ("Hansol" of Hansol Motors); one word of several weighs less
                score += 1.5;
                found = true;
                why.add("brand " + String.join(", ", new LinkedHashSet<>(brand)) + " in the headline or evidence +1.5");
            }
        }
        return found ? score : Double.NaN;
    }

    private static String first(List<String> a, List<String> b) {
        for (String k : a) {
            if (b.contains(k)) {
                return k;
            }
        }
        return null;
    }

    /**
     * An entity one mention's own words name and the other's context marks with {@code mark}, or both
     * contexts do ("@" headline or evidence, "#" elsewhere in the article).
     */
    private static String hinted(Profile a, Profile b, String mark) {
        for (String k : a.aliasKeys()) {
            if (b.contextKeys().contains(mark + k)) {
                return k;
            }
        }
        for (String k : b.aliasKeys()) {
            if (a.contextKeys().contains(mark + k)) {
                return k;
            }
        }
        for (String k : a.contextKeys()) {
            if (k.startsWith(mark) && b.contextKeys().contains(k)) {
                return k.substring(1);
            }
        }
        return null;
    }

    /** "Kazakhmys" and "Kazakhmys Smelting": every word of one company name is in the other. */
    private static String contained(List<String> a, List<String> b) {
        for (String x : a) {
            for (String y : b) {
                List<String> wx = words(x);
                List<String> wy = words(y);
                if (wy.containsAll(wx) || wx.containsAll(wy)) {
                    return x + " ~ " + y;
                }
            }
        }
        return null;
    }

    private static List<String> full(List<String> companies) {
        return companies.stream().filter(c -> c.contains(" ")).toList();
    }

    /**
     * One company name written from English and from its Cyrillic rendering: a w inside a word becomes a
     * vowel ("Power" / "Пауэр") and a final ng an н ("Huaxing" / "Хуасин"). Skeletons that agree once a
     * v after the first letter and a final g are dropped, word for word.
     */
    private static String spelled(List<String> a, List<String> b) {
        for (String x : a) {
            for (String y : b) {
                if (!x.equals(y) && loose(x).equals(loose(y)) && loose(x).replace(" ", "").length() >= 4) {
                    return x + " ~ " + y;
                }
            }
        }
        return null;
    }

    /**
     * One company name in two languages: "Esil Cheese Company" and «Есиль Сыр». Word for word, once generic
     * words ("Company") are left out, each pair is spelled alike ({@link #alike}, or one stem: "Burlin" and
     * «Бурлинская») or names one kind of
     * product (product-words.txt: "Cheese" and "Сыр"); at least one pair is spelled alike, and the names
     * have two words or more, so a brand and a product word alone ("Altyn Qus" and "Altyn Tobe") never agree.
     */
    private static String translated(List<String> a, List<String> b) {
        for (String x : a) {
            List<String> wx = distinctive(x);
            if (wx.size() < 2) {
                continue;
            }
            for (String y : b) {
                if (x.equals(y)) {
                    continue;
                }
                List<String> wy = distinctive(y);
                if (wx.size() != wy.size()) {
                    continue;
                }
                boolean all = true;
                boolean spelt = false;
                for (int i = 0; i < wx.size() && all; i++) {
                    // Russian turns a place in a name into its adjective: "Burlin Pipe Company", «Бурлинская трубная компания»
                    boolean same = alike(wx.get(i), wy.get(i)) || NameKeys.sameStem(wx.get(i), wy.get(i));
                    spelt |= same;
                    all = same || !common(Products.get().kindsOfWord(wx.get(i)), Products.get().kindsOfWord(wy.get(i))).isEmpty();
                }
                if (all && spelt) {
                    return x + " ~ " + y;
                }
            }
        }
        return null;
    }

    /**
     * The words of the keys compared recently, and their {@link #loose} spellings: each key of a document's
     * fact is compared with every candidate's, and a candidate's with every document's that finds it.
     */
    private static final Memo<List<String>> WORDS = new Memo<>(100_000, key -> List.of(key.split(" ")));
    private static final Memo<String> LOOSE = new Memo<>(100_000, Identity::loosely);

    /** A key's words ("ertis koper": ertis, koper). */
    private static List<String> words(String key) {
        return WORDS.get(key);
    }

    /** {@link #distinctive} of the company keys compared recently: each is compared with every candidate's. */
    private static final Memo<List<String>> DISTINCTIVE = new Memo<>(100_000,
            company -> words(company).stream().filter(w -> !NameKeys.get().generic(w)).toList());

    /** The words of a company key that are not generic ("Company", "Group"). */
    private static List<String> distinctive(String company) {
        return DISTINCTIVE.get(company);
    }

    /**
     * Two skeletons of one word written from two scripts: equal, equal {@link #loose}ly, or the same but for
     * an initial y the Russian romanisation puts before a vowel ("Есиль" is Yesil', English writes Esil).
     */
    private static boolean alike(String u, String v) {
        if (u.equals(v) || loose(u).equals(loose(v))) {
            return true;
        }
        boolean yu = u.length() > 2 && u.charAt(0) == 'y' && "aeiou".indexOf(v.charAt(0)) >= 0;
        boolean yv = v.length() > 2 && v.charAt(0) == 'y' && "aeiou".indexOf(u.charAt(0)) >= 0;
        return (yu || yv) && u.substring(1).equals(v.substring(1));
    }

    private static String loose(String company) {
        return LOOSE.get(company);
    }

    private static String loosely(String company) {
        StringBuilder out = new StringBuilder();
        for (String w : words(company)) {
            String l = w.charAt(0) + w.substring(1).replace("v", "");
            l = l.length() > 2 && l.endsWith("ng") ? l.substring(0, l.length() - 1) : l;
            out.append(out.length() == 0 ? "" : " ").append(l);
        }
        return out.toString();
    }

    /**
     * Company names every word of which ({@code whole}), or whose first word (of three letters or more),
     * is among {@code context}, inflections allowed.
     */
    private static List<String> stems(List<String> companies, List<String> context, boolean whole) {
        List<String> out = new ArrayList<>();
        for (String company : companies) {
            List<String> words = words(company);
            boolean all = whole || words.get(0).length() >= 3;
            for (String w : whole ? words : words.subList(0, 1)) {
                all &= context.stream().anyMatch(c -> NameKeys.sameStem(w, c));
            }
            if (all && !out.contains(company)) {
                out.add(company);
            }
        }
        return out;
    }

    /**
     * A company of {@code b} that {@code a}'s article ties to its plant by a renaming or a sale ("^" context
     * keys): all its words, or its first word when that is a distinctive word of three letters or more.
     */
    private static String renamed(Profile a, Profile b) {
        if (a.contextKeys().stream().noneMatch(k -> k.startsWith("^"))) {
            return null;
        }
        for (String company : b.companyKeys()) {
            List<String> words = words(company);
            boolean all = true;
            for (String w : words) {
                all &= a.contextKeys().contains("^" + w);
            }
            String first = words.get(0);
            if (all || (first.length() >= 3 && !NameKeys.get().generic(first) && a.contextKeys().contains("^" + first))) {
                return company;
            }
        }
        return null;
    }

    /** The first word of a company of each side, when it is one distinctive word of three letters or more. */
    private static String brand(List<String> a, List<String> b) {
        for (String x : a) {
            String first = words(x).get(0);
            if (first.length() >= 3 && !NameKeys.get().generic(first)) {
                for (String y : b) {
                    if (words(y).get(0).equals(first)) {
                        return first;
                    }
                }
            }
        }
        return null;
    }

    /** Each side's companies other than {@code shared} and unrelated to the other's, or null if a side has none. */
    private static String otherOperators(List<String> a, List<String> b, String shared) {
        List<String> onlyA = a.stream().filter(x -> !x.equals(shared) && contained(List.of(x), b) == null).toList();
        List<String> onlyB = b.stream().filter(x -> !x.equals(shared) && contained(List.of(x), a) == null).toList();
        return onlyA.isEmpty() || onlyB.isEmpty() ? null : String.join(", ", onlyA) + " / " + String.join(", ", onlyB);
    }

    /** The words of a mention's name that are not words of its own companies. */
    private static List<String> nameOnly(Profile p) {
        List<String> out = new ArrayList<>(p.nameKeys());
        for (String company : p.companyKeys()) {
            out.removeAll(words(company));
        }
        return out;
    }

    static List<String> common(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>();
        for (String s : a) {
            if (b.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }
}
