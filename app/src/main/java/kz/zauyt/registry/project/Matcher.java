package kz.zauyt.registry.project;

import java.util.ArrayList;
import java.util.List;
import kz.zauyt.extract.fact.Capacity;

/**
 * Scores two project mentions from different documents. Each kind of evidence adds or takes away
 * points, and says so: a wrong merge must be explainable from the stored reasons alone.
 *
 * <p>Name: +3 for the same company, +2 when one company's name is part of the other's ("Kazakhmys",
 * "Kazakhmys Smelting"); otherwise -3 when both name companies, and +2 when a distinctive word of one
 * project's name, not a word of its own company, is among the other's name or company words ("KIA
 * plant" / company KIA). Without any
 * shared name there is no join at all, whatever else agrees. Region:
 * +2 same, two different regions rule the pair out. Place in the region: +1 same, -2 different.
 * Sector: +1 same, +0.5 section and division agree, another section rules it out, another division
 * -3. Products (only within one language; the registry has no dictionary): +1.5 overlap, -2 none.
 * Capacity: +1.5 within 10 %, -1.5 more than 1.5 times apart. Investment: +1 within 10 %, -1 more than
 * twice apart (estimates move, so less weight than capacity).
 */
public final class Matcher {

    private Matcher() {
    }

    public static Match score(Profile a, Profile b) {
        List<String> why = new ArrayList<>();
        double score = 0;
        boolean veto = false;
        boolean identity = false;

        String company = sameCompany(a.companyKeys(), b.companyKeys());
        String related = company == null ? containedCompany(a.companyKeys(), b.companyKeys()) : null;
        if (company != null) {
            score += 3;
            identity = true;
            why.add("company " + company + " +3");
        } else if (related != null) {
            score += 2;
            identity = true;
            why.add("company " + related + " +2");
        } else {
            if (!a.companyKeys().isEmpty() && !b.companyKeys().isEmpty()) {
                score -= 3;
                why.add("different companies -3");
            }
            // "KIA plant" names the company another article lists: a name can still tie them. A name word
            // that is a word of the mention's own company does not: that company was just compared, and
            // "Minsen Fertau flour plant" is not "Tygragra Minsen" because both firms have a Minsen
            List<String> named = common(nameOnly(a), b.blockKeys());
            named.addAll(common(nameOnly(b), a.blockKeys()));
            if (!named.isEmpty()) {
                score += 2;
                identity = true;
                why.add("name " + String.join(" ", new java.util.LinkedHashSet<>(named)) + " +2");
            }
        }

        String ra = a.knownRegion();
        String rb = b.knownRegion();
        if (ra != null && rb != null) {
            if (ra.equals(rb)) {
                score += 2;
                why.add("region " + ra + " +2");
                if (a.placeKey() != null && b.placeKey() != null) {
                    boolean samePlace = a.placeKey().equals(b.placeKey());
                    score += samePlace ? 1 : -2;
                    why.add(samePlace ? "place " + a.placeKey() + " +1" : "places " + a.placeKey() + " / " + b.placeKey() + " -2");
                }
            } else {
                veto = true;
                why.add("regions " + ra + " / " + rb + " differ");
            }
        }

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

        if (a.language() == b.language() && !a.productKeys().isEmpty() && !b.productKeys().isEmpty()) {
            List<String> shared = common(a.productKeys(), b.productKeys());
            score += shared.isEmpty() ? -2 : 1.5;
            why.add(shared.isEmpty() ? "products differ -2" : "products " + String.join(" ", shared) + " +1.5");
        }

        double capacity = capacity(a.capacity(), b.capacity());
        if (capacity != 0) {
            score += capacity;
            why.add(capacity > 0 ? "capacity agrees +1.5" : "capacity differs -1.5");
        }

        if (a.investment() != null && b.investment() != null && a.investment().currency().equals(b.investment().currency())) {
            double r = ratio(a.investment().amount(), b.investment().amount());
            if (r <= 1.1) {
                score += 1;
                why.add("investment " + a.investment().currency() + " agrees +1");
            } else if (r > 2) {
                score -= 1;
                why.add("investment " + a.investment().currency() + " differs -1");
            }
        }
        return new Match(score, veto, identity, why);
    }

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

    private static String sameCompany(List<String> a, List<String> b) {
        for (String k : a) {
            if (b.contains(k)) {
                return k;
            }
        }
        return null;
    }

    /** "Kazakhmys" and "Kazakhmys Smelting": every word of one company name is in the other. */
    private static String containedCompany(List<String> a, List<String> b) {
        for (String x : a) {
            for (String y : b) {
                List<String> wx = List.of(x.split(" "));
                List<String> wy = List.of(y.split(" "));
                if (wy.containsAll(wx) || wx.containsAll(wy)) {
                    return x + " ~ " + y;
                }
            }
        }
        return null;
    }

    /** The words of a mention's name that are not words of its own companies. */
    private static List<String> nameOnly(Profile p) {
        List<String> out = new ArrayList<>(p.nameKeys());
        for (String company : p.companyKeys()) {
            out.removeAll(List.of(company.split(" ")));
        }
        return out;
    }

    private static double ratio(double x, double y) {
        return Math.max(x, y) / Math.min(x, y);
    }

    private static List<String> common(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>();
        for (String s : a) {
            if (b.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }
}
