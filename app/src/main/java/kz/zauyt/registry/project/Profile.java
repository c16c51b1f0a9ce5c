package kz.zauyt.registry.project;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.zauyt.extract.fact.Capacity;
import kz.zauyt.extract.fact.Company;
import kz.zauyt.extract.fact.Investment;
import kz.zauyt.extract.fact.Project;
import kz.zauyt.extract.text.Language;

/**
 * A project mention reduced to what matching compares: transliterated keys (whole company names; the
 * distinctive words of the project's name; both kinds of words together, which find candidates) and
 * the figures. Built from
 * a fact being ingested, or read back from a stored mention ({@code id} and {@code projectId} then set).
 */
public record Profile(long id, long projectId, String documentId, Language language, List<String> companyKeys,
                      List<String> nameKeys, List<String> blockKeys, String region, String placeKey, String sector, List<String> productKeys,
                      List<Capacity> capacity, Investment investment) {

    public Profile {
        companyKeys = List.copyOf(companyKeys);
        nameKeys = List.copyOf(nameKeys);
        blockKeys = List.copyOf(blockKeys);
        productKeys = List.copyOf(productKeys);
        capacity = List.copyOf(capacity);
    }

    /** The profile of a fact from a document in {@code language}: not stored yet, so no ids. */
    public static Profile of(Project p, String documentId, Language language, NameKeys keys) {
        List<String> companyKeys = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (Company c : p.companies()) {
            String k = keys.companyKey(c.name(), language);
            if (!k.isEmpty() && !companyKeys.contains(k)) {
                companyKeys.add(k);
            }
            addAll(block, keys.tokens(c.name(), language));
        }
        String placeKey = keys.placeKey(p.location().place(), language);
        // "cement plant" says what it makes, not whose it is: words of the products do not identify it
        Set<String> productWords = new HashSet<>();
        p.products().forEach(x -> productWords.addAll(NameKeys.words(x, language)));
        List<String> name = new ArrayList<>();
        for (String t : keys.tokens(p.name(), language, productWords)) {
            // "KIA plant in Kostanay": the town is the location's business, not the plant's identity
            if (!t.equals(placeKey) && !name.contains(t)) {
                name.add(t);
            }
        }
        addAll(block, name);
        return new Profile(0, 0, documentId, language, companyKeys, name, block, p.location().region(), placeKey,
                p.sector(), keys.productKeys(p.products(), language), p.capacity(), p.investment());
    }

    private static void addAll(List<String> to, List<String> from) {
        for (String s : from) {
            if (!to.contains(s)) {
                to.add(s);
            }
        }
    }

    /** A region that places the project somewhere: "KZ" (the whole country) says nothing. */
    String knownRegion() {
        return region == null || region.equals("KZ") ? null : region;
    }
}
