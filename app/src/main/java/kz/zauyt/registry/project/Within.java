package kz.zauyt.registry.project;

import java.util.ArrayList;
import java.util.List;
import kz.zauyt.extract.fact.Capacity;

/**
 * One article's mentions grouped by facility: the headline's "KIA plant", the lead's "new full-cycle
 * car plant in Kostanay" and the body's "the plant" are one plant, so one project. An article mostly
 * follows one facility, so mentions stay together unless something they report sets them apart: two
 * regions, two towns, two sectors (another section, or two divisions), two numbers in the names, a company's
 * first and second plant, capacities of one unit far apart, kinds of product with none in common (cars,
 * buses), or two companies with no name, entity or company in common.
 */
final class Within {

    private Within() {
    }

    /** The indexes of {@code profiles} by facility, in order of first mention. */
    static List<List<Integer>> groups(List<Profile> profiles) {
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            List<Integer> home = null;
            for (List<Integer> g : groups) {
                boolean fits = true;
                for (int j : g) {
                    fits &= !apart(profiles.get(i), profiles.get(j));
                }
                if (fits) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(i);
        }
        return groups;
    }

    /** Whether what two mentions of one article report makes them two facilities. */
    static boolean apart(Profile a, Profile b) {
        if (a.knownRegion() != null && b.knownRegion() != null && !a.knownRegion().equals(b.knownRegion())) {
            return true;
        }
        if (a.placeKey() != null && b.placeKey() != null && Matcher.places(a.placeKey(), b.placeKey()) < 0) {
            return true;
        }
        String sa = a.sector();
        String sb = b.sector();
        if (sa != null && sb != null && (sa.charAt(0) != sb.charAt(0) || (sa.length() > 1 && sb.length() > 1 && !sa.equals(sb)))) {
            return true;
        }
        if (!a.nameKeys().stream().filter(Within::number).toList().isEmpty()
                && !b.nameKeys().stream().filter(Within::number).toList().isEmpty()
                && Identity.common(a.nameKeys().stream().filter(Within::number).toList(), b.nameKeys()).isEmpty()) {
            return true; // "Shu-1" and "Shu-2" in one article are two plants
        }
        if (a.ordinal() != b.ordinal()) {
            return true; // "«Іле Фарм» ... екінші кәсіпорын": the company's second plant beside its first
        }
        if (farApart(a.capacity(), b.capacity())) {
            return true;
        }
        List<String> ka = Products.of(a.productKeys());
        List<String> kb = Products.of(b.productKeys());
        if (!ka.isEmpty() && !kb.isEmpty() && ka.stream().noneMatch(kb::contains)) {
            return true; // "a passenger car plant" and "its bus plant" in one article are two plants
        }
        return !a.companyKeys().isEmpty() && !b.companyKeys().isEmpty() && Double.isNaN(Identity.score(a, b, new ArrayList<>(), false));
    }

    private static boolean number(String key) {
        return key.chars().allMatch(Character::isDigit);
    }

    private static boolean farApart(List<Capacity> a, List<Capacity> b) {
        boolean compared = false;
        for (Capacity x : a) {
            for (Capacity y : b) {
                if (x.unit().equals(y.unit()) && java.util.Objects.equals(x.per(), y.per())) {
                    double r = Math.max(x.value(), y.value()) / Math.min(x.value(), y.value());
                    if (r <= 1.5) {
                        return false;
                    }
                    compared = true;
                }
            }
        }
        return compared;
    }
}
