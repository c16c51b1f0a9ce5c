package kz.zauyt.registry.project;

import java.util.ArrayList;
import java.util.List;
import kz.zauyt.extract.fact.Capacity;

/**
 * Scores two project mentions (or two groups of them: a document's plant against a stored project).
 * Each kind of evidence adds or takes away points, and says so: a wrong merge must be explainable from
 * the stored reasons alone.
 *
 * <p>Identity ({@link Identity}): +4 one known entity, +3 one in the other's headline or evidence, +3
 * the same company, +2.5 one company's name part of the other's ("Kia", "KIA Motors") or the same name
 * translated word for word ("Esil Cheese Company", «Есиль Сыр»: {@link Identity}), -3 two
 * different companies, +2 (+1 beside a company) a distinctive name word of one among the other's
 * words, +2 a company of one in the other's headline or evidence, +3 a company the other's article
 * ties to its plant by a renaming or a sale. Without any of it there is no join at all, whatever else
 * agrees, except town (or region) and industry ({@link Match#quiet}), or, for companies named by town
 * and product in two languages ({@link #descriptive}), town, industry and a figure. A company's other plant
 * (ordinal) or another number in the name rules the pair out. Region: +2 same, two different regions
 * rule the pair out. Town: +1 same (or named in the other's name, or the district named after it),
 * -2 different, 0 a town and another district. Sector: +1 same, +0.5 section and division agree,
 * another section rules it out, another division -3. Products: +1.5 a kind of product in common
 * (product-words.txt, any language) or a product word (one language), -2 kinds that all differ,
 * nothing for words no kind knows. Capacity: +1.5 within 10 %, -1.5 more than 1.5 times
 * apart. Investment: +1 within 10 %, -1 more than twice apart (estimates move, so less weight than
 * capacity).
 */
public final class Matcher {

    private Matcher() {
    }

    public static Match score(Profile a, Profile b) {
        List<String> why = new ArrayList<>();
        double score = 0;
        boolean veto = false;
        boolean identity = false;

        double named = Identity.score(a, b, why);
        boolean weak = false;
        boolean town = false;
        boolean unnamed = false;
        if (!Double.isNaN(named)) {
            score += named;
            identity = true;
        } else if ((a.companyKeys().isEmpty() || b.companyKeys().isEmpty() || a.language() != b.language()
                && (descriptive(a) || descriptive(b))) && sameIndustry(a, b)) {
            // companies named in two languages that no spelling ties may still be one ("Kentau Glass Works" and
            // «Кентауский стеклотарный завод»): not evidence against, but not of a name either, so such a pair
            // joins only by its figures, never as the only plant of its industry there
            boolean translated = !a.companyKeys().isEmpty() && !b.companyKeys().isEmpty();
            if (a.placeKey() != null && b.placeKey() != null && NameKeys.sameStem(a.placeKey(), b.placeKey())) {
                // "the cement plant in Kentau" and "Кентаудағы цемент зауыты": no name in common, but one town
                // and one industry; two such plants are a near miss, so the figures must agree as well (and
                // two named companies that differ are two plants)
                identity = true;
                weak = true;
                town = true;
                unnamed = translated;
                why.add(translated ? "same town and industry, companies in two languages" : "same town and industry, no name");
            } else if ((a.placeKey() == null || b.placeKey() == null) && a.knownRegion() != null
                    && a.knownRegion().equals(b.knownRegion())) {
                // "a wind farm in Almaty region" says no town: only the region and the industry tie it
                identity = true;
                weak = true;
                unnamed = translated;
                why.add(translated ? "same region and industry, companies in two languages" : "same region and industry, no name or town");
            }
        }
        boolean contested = false;
        // a company's first and second plant, Shu-1 and Shu-2, share everything else a match weighs (owner,
        // town, industry, often the capacity): only the number tells them apart, so it rules the pair out
        if (a.ordinal() != b.ordinal()) {
            veto = true;
            contested = true;
            why.add("plant " + a.ordinal() + " / plant " + b.ordinal() + " of its company");
        }
        List<String> na = a.numbers();
        List<String> nb = b.numbers();
        if (!na.isEmpty() && !nb.isEmpty() && Identity.common(na, nb).isEmpty()) {
            veto = true;
            contested = true;
            why.add("numbers " + String.join(" ", na) + " / " + String.join(" ", nb) + " in the names");
        }

        String ra = a.knownRegion();
        String rb = b.knownRegion();
        if (ra != null && rb != null) {
            if (ra.equals(rb)) {
                score += 2;
                why.add("region " + ra + " +2");
            } else {
                veto = true;
                why.add("regions " + ra + " / " + rb + " differ");
            }
        }
        double place = place(a, b, why);
        score += place;
        contested |= place < 0;

        if (a.sector() != null && b.sector() != null) {
            if (a.sector().equals(b.sector())) {
                score += 1;
                why.add("sector " + a.sector() + " +1");
            } else if (a.sector().charAt(0) != b.sector().charAt(0)) {
                veto = true;
                why.add("sectors " + a.sector() + " / " + b.sector() + " differ");
            } else if (a.sector().length() == 1 || b.sector().length() == 1) {
                score += 0.5;
                why.add("sector " + a.sector() + " ~ " + b.sector() + " +0.5");
            } else {
                score -= 3;
                why.add("sectors " + a.sector() + " / " + b.sector() + " -3");
            }
        }

        double products = products(a, b, why);
        score += products;
        contested |= products < 0;

        double capacity = capacity(a.capacity(), b.capacity());
        int agreed = capacity > 0 ? 1 : 0;
        int disagreed = capacity < 0 ? 1 : 0;
        if (capacity != 0) {
            score += capacity;
            why.add(capacity > 0 ? "capacity agrees +1.5" : "capacity differs -1.5");
        }

        if (a.investment() != null && b.investment() != null && a.investment().currency().equals(b.investment().currency())) {
            double r = ratio(a.investment().amount(), b.investment().amount());
            if (r <= 1.1) {
                score += 1;
                agreed++;
                why.add("investment " + a.investment().currency() + " agrees +1");
            } else if (r > 2) {
                score -= 1;
                disagreed++;
                why.add("investment " + a.investment().currency() + " differs -1");
            }
        }
        if (weak && !town && agreed > 1 && disagreed == 0 && !contested) {
            // no town on one side: the region and industry, and both figures of the plant agree
            weak = false;
            why.add("same region, industry, capacity and investment");
        }
        if (weak && town && agreed > 0 && disagreed == 0) {
            // town and industry, and a figure of the plant itself agrees (capacity or investment within
            // 10 %) with none differing: on the resolution corpus recall 0.50 -> 0.56 at precision 0.96 ->
            // 0.95. The registry benchmark, with about a hundred plants of one industry per town (real news
            // has a few), loses merge precision 0.79 -> 0.67 by it; asking both figures keeps 0.79 there but
            // gives back the corpus's recall. Real towns are the case that counts
            weak = false;
            why.add("same town, industry and figures");
        }
        contested |= disagreed > 0 || score < 0 || weak && unnamed;
        return new Match(score, veto, identity, weak, contested, products < 0, why);
    }

    /**
     * +1 one town, -2 two towns, nothing for a town and a district ({@link #places}). A mention without a town whose name is the other's town ("Шымкентский
     * НПЗ" beside a refinery in Shymkent) agrees too.
     */
    private static double place(Profile a, Profile b, List<String> why) {
        if (a.placeKey() != null && b.placeKey() != null) {
            int same = places(a.placeKey(), b.placeKey());
            if (same == 0) {
                why.add("place " + a.placeKey() + " / " + b.placeKey() + ": a town and a district");
                return 0;
            }
            why.add(same > 0 ? "place " + a.placeKey() + " +1" : "places " + a.placeKey() + " / " + b.placeKey() + " -2");
            return same > 0 ? 1 : -2;
        }
        Profile placed = a.placeKey() != null ? a : b;
        Profile other = placed == a ? b : a;
        if (placed.placeKey() != null && !placed.placeKey().contains(" ")) {
            for (String w : other.nameKeys()) {
                if (NameKeys.sameStem(w, placed.placeKey())) {
                    why.add("place " + placed.placeKey() + " in the name +1");
                    return 1;
                }
            }
        }
        return 0;
    }

    /**
     * Whether a company of {@code p} (its operator beside a foreign partner, say) is named by its town and
     * its product alone ("Kentau Glass Works", «Кентауский стеклотарный завод»): news translates such a name, where it transliterates a coined brand
     * ("Hansol", «Хансол»), so a name like it in another language says nothing against the pair.
     */
    static boolean descriptive(Profile p) {
        for (String company : p.companyKeys()) {
            int words = 0;
            boolean product = false;
            boolean all = true;
            for (String w : company.split(" ")) {
                if (NameKeys.get().generic(w)) {
                    continue;
                }
                boolean town = p.placeKey() != null && !p.placeKey().contains(" ") && p.placeKey().length() >= 3
                        && w.startsWith(p.placeKey());
                boolean kind = !Products.get().kindsOfWord(w).isEmpty();
                all &= town || kind;
                product |= kind;
                words++;
            }
            if (words >= 2 && product && all) {
                return true; // a town and a product, or two products: one word alone could be any brand
            }
        }
        return false;
    }

    /**
     * One industry: one NACE division, or, when a side gives no sector (or only its section), one kind of
     * product ("катодные материалы" and "cathode materials").
     */
    static boolean sameIndustry(Profile a, Profile b) {
        if (a.sector() != null && a.sector().length() > 1 && a.sector().equals(b.sector())) {
            return true;
        }
        boolean vague = a.sector() == null || b.sector() == null || a.sector().length() == 1 || b.sector().length() == 1;
        return vague && (a.sector() == null || b.sector() == null || a.sector().charAt(0) == b.sector().charAt(0))
                && !Identity.common(Products.of(a.productKeys()), Products.of(b.productKeys())).isEmpty();
    }

    /**
     * +1.5 a kind of product ({@link Products}) in common, in any languages, or, in one language, a
     * product word; -2 when both name kinds and none is shared. A word no kind knows says nothing:
     * "home" and "automobiles" are not two products, only two ways of writing.
     */
    private static double products(Profile a, Profile b, List<String> why) {
        List<String> ka = Products.of(a.productKeys());
        List<String> kb = Products.of(b.productKeys());
        List<String> shared = Identity.common(ka, kb);
        if (shared.isEmpty() && a.language() == b.language()) {
            shared = Identity.common(a.productKeys(), b.productKeys());
        }
        if (!shared.isEmpty()) {
            why.add("products " + String.join(" ", shared) + " +1.5");
            return 1.5;
        }
        if (!ka.isEmpty() && !kb.isEmpty()) {
            why.add("products differ -2 (" + String.join(" ", ka) + " / " + String.join(" ", kb) + ")");
            return -2;
        }
        return 0;
    }

    /**
     * 1 one place ("Shu" and "Shu district" too: a district is named after its centre), -1 two towns (or two
     * districts), 0 a town and a district of another name: the town may lie in it, and the registry keeps no
     * map of which district holds which town, so that is no evidence either way.
     */
    static int places(String a, String b) {
        if (NameKeys.sameStem(a, b)) {
            return 1;
        }
        boolean da = a.endsWith(DISTRICT);
        boolean db = b.endsWith(DISTRICT);
        if (da == db) {
            return -1;
        }
        String district = da ? a : b;
        String town = da ? b : a;
        return NameKeys.sameStem(district.substring(0, district.length() - DISTRICT.length()), town) ? 1 : 0;
    }

    /** How a district's place key ends: the gazetteer names districts "X district". */
    private static final String DISTRICT = " " + NameKeys.skeleton("district");

    /** +1.5 when some capacity of the same unit agrees, -1.5 when all of them are far apart, else 0. */
    private static double capacity(List<Capacity> a, List<Capacity> b) {
        boolean compared = false;
        for (Capacity x : a) {
            for (Capacity y : b) {
                if (x.unit().equals(y.unit()) && java.util.Objects.equals(x.per(), y.per())) {
                    double r = ratio(x.value(), y.value());
                    if (r <= 1.1) {
                        return 1.5;
                    }
                    compared |= r > 1.5;
                }
            }
        }
        return compared ? -1.5 : 0;
    }




    private static double ratio(double x, double y) {
        return Math.max(x, y) / Math.min(x, y);
    }

}
