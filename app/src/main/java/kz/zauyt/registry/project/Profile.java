package kz.zauyt.registry.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import kz.zauyt.extract.fact.Capacity;
import kz.zauyt.extract.fact.Company;
import kz.zauyt.extract.fact.Investment;
import kz.zauyt.extract.fact.Project;
import kz.zauyt.extract.text.Language;

/**
 * A project mention reduced to what matching compares: transliterated keys (whole company names; the
 * distinctive words of the project's name; both kinds of words together, which find candidates), the
 * known entities ({@link Aliases}) its own words name, the capitalised words and entities of its
 * headline and evidence sentences ({@code contextKeys}: brands the extractor left out of the companies;
 * an entity there is written "@id", one elsewhere in the article "#id"; "~2" when the name says it is a
 * company's second plant), and the figures. Built from a fact being ingested, or read back
 * from a stored mention ({@code id} and {@code projectId} then set).
 */
public record Profile(long id, long projectId, String documentId, Language language, List<String> companyKeys,
                      List<String> nameKeys, List<String> blockKeys, String region, String placeKey, String sector,
                      List<String> productKeys, List<Capacity> capacity, Investment investment, List<String> aliasKeys,
                      List<String> contextKeys) {

    /** A name numbered in a headline: "Shu-2", "ГРЭС-2" (a capitalised word, a hyphen, one digit). */
    private static final Pattern NUMBERED = Pattern.compile("\\p{Lu}\\p{L}*-(\\d)(?!\\d)");

    /** The most capitalised words of the headline and evidence kept: a headline lists a few names, not a page. */
    private static final int CONTEXT = 12;

    public Profile {
        companyKeys = List.copyOf(companyKeys);
        nameKeys = List.copyOf(nameKeys);
        blockKeys = List.copyOf(blockKeys);
        productKeys = List.copyOf(productKeys);
        capacity = List.copyOf(capacity);
        aliasKeys = List.copyOf(aliasKeys);
        contextKeys = List.copyOf(contextKeys);
    }

    /** The profile of a fact without its headline and evidence (as in tests of the matcher). */
    public static Profile of(Project p, String documentId, Language language, NameKeys keys) {
        return of(p, documentId, language, keys, null);
    }

    /** The profile of a fact without the known entities its article's text names. */
    public static Profile of(Project p, String documentId, Language language, NameKeys keys, String context) {
        return of(p, documentId, language, keys, context, List.of());
    }

    /**
     * The profile of a fact from a document in {@code language}, {@code context} its headline and evidence,
     * {@code inText} the known entities anywhere in its article ("#id" among the context keys).
     */
    public static Profile of(Project p, String documentId, Language language, NameKeys keys, String context,
                             List<String> inText) {
        List<String> companyKeys = new ArrayList<>();
        List<String> block = new ArrayList<>();
        Set<String> own = new LinkedHashSet<>();
        for (Company c : p.companies()) {
            if (!c.named()) {
                continue; // "a Chinese investor" is no company key: two such projects are not one by it
            }
            String k = keys.companyKey(c.name(), language);
            if (!k.isEmpty() && !companyKeys.contains(k)) {
                companyKeys.add(k);
            }
            List<String> tokens = keys.tokens(c.name(), language);
            addAll(block, tokens);
            for (String t : tokens) {
                // "Burlin Pipe Company" and «Бурлинская трубная компания»: a name's word and its adjective share
                // their first four letters, which finds the pair; the matcher decides whether it is one
                if (t.length() >= 4 && !t.chars().allMatch(Character::isDigit)) {
                    addAll(block, List.of("^" + t.substring(0, 4)));
                }
            }
            own.addAll(keys.skeletons(c.name(), language));
        }
        String placeKey = keys.placeKey(p.location().place(), language);
        // "cement plant" says what it makes, not whose it is: words of the products do not identify it
        Set<String> productWords = new HashSet<>();
        p.products().forEach(x -> productWords.addAll(NameKeys.words(x, language)));
        List<String> name = new ArrayList<>();
        for (String t : keys.tokens(p.name(), language, productWords)) {
            // "KIA plant in Kostanay", "Шымкентский НПЗ": the town is the location's business, not the plant's identity
            if ((placeKey == null || !NameKeys.sameStem(t, placeKey)) && !name.contains(t)) {
                name.add(t);
            }
        }
        addAll(block, name);
        own.addAll(keys.skeletons(p.name(), language));
        if (placeKey != null) {
            own.addAll(List.of(placeKey.split(" ")));
        }
        List<String> aliases = Aliases.get().find(own);
        aliases.forEach(a -> block.add("@" + a));
        // the industry: the NACE division, and the kinds of product, which find a plant whose sector one
        // article does not give ("cathode materials" in Oskemen)
        List<String> products = products(p.products(), language, keys);
        List<String> industries = new ArrayList<>(Products.of(products));
        if (p.sector() != null && p.sector().length() > 1) {
            industries.add(0, p.sector());
        }
        String region = p.location().region();
        for (String industry : industries) {
            if (placeKey != null) {
                block.add("=" + placeKey + " " + industry); // finds "the cement plant in Kentau" by town and industry
            }
            if (region != null && !region.equals("KZ")) {
                // finds this plant for a mention that says no town ("a wind farm in Almaty region"); only such a
                // mention searches by it (see searchKeys), so a region's hundred plants are not every plant's candidates
                block.add("=" + region + " " + industry);
            }
        }
        List<String> seen = new ArrayList<>();
        if (context != null) {
            for (String t : keys.capitalisedTokens(context, language)) {
                if (seen.size() < CONTEXT && !block.contains(t) && (placeKey == null || !NameKeys.sameStem(t, placeKey))) {
                    seen.add(t);
                }
            }
            for (String a : Aliases.get().find(keys.textSkeletons(context, language))) {
                if (!aliases.contains(a)) {
                    seen.add("@" + a);
                }
            }
        }
        // the context starts with the headline ("title \n evidence", see Resolver#profiles)
        int cut = context == null ? -1 : context.indexOf(" \n ");
        String headline = context == null ? null : cut < 0 ? context : context.substring(0, cut);
        List<String> numbers = new ArrayList<>(name.stream().filter(k -> k.chars().allMatch(Character::isDigit)).toList());
        if (numbers.isEmpty() && headline != null) {
            // "Началось строительство СЭС «Шу-2»": the headline numbers the plant its text leaves unnumbered
            java.util.regex.Matcher n = NUMBERED.matcher(headline);
            String told = p.name() == null ? "" : p.name().toLowerCase(java.util.Locale.ROOT);
            while (n.find()) {
                String stem = n.group().substring(0, n.group().lastIndexOf('-')).toLowerCase(java.util.Locale.ROOT);
                if (told.contains(stem)) {
                    continue; // "Saryozek wind farm to add 40 MW as Saryozek-2 gets go-ahead": the unnumbered one is this
                }
                if (!numbers.contains(n.group(1))) {
                    numbers.add(n.group(1));
                    seen.add("%" + n.group(1));
                }
            }
        }
        int ordinal = Ordinals.of(p.name(), language);
        if (ordinal == 1 && headline != null) {
            ordinal = Ordinals.ofHeadline(headline, language);
        }
        if (ordinal == 1 && numbers.size() == 1 && numbers.get(0).length() == 1 && numbers.get(0).charAt(0) > '1') {
            // Shu-2, ТЭЦ-2: a plant numbered 2 is its owner's second of the kind, whichever way an article says it
            ordinal = numbers.get(0).charAt(0) - '0';
        }
        if (ordinal > 1) {
            seen.add("~" + ordinal);
        }
        for (String a : inText) {
            if (!aliases.contains(a) && !seen.contains("@" + a)) {
                seen.add("#" + a);
            }
        }
        return new Profile(0, 0, documentId, language, companyKeys, name, block, p.location().region(), placeKey,
                p.sector(), products, p.capacity(), p.investment(), aliases, seen);
    }

    /** The product words (comparable within one language) and the kinds of product ("*cement", any language). */
    private static List<String> products(List<String> products, Language language, NameKeys keys) {
        List<String> out = new ArrayList<>(keys.productKeys(products, language));
        addAll(out, Products.get().kinds(products, language));
        return out;
    }

    /**
     * This profile with the names its article ties to it by a renaming or a sale ({@link Renamings}):
     * each as "^word" among the context keys, and as a plain word too, so the old name's mentions are
     * among the candidates.
     */
    Profile renamed(List<String> names) {
        List<String> context = new ArrayList<>(contextKeys);
        for (String n : names) {
            addAll(context, List.of("^" + n));
            if (!blockKeys.contains(n)) {
                addAll(context, List.of(n));
            }
        }
        return new Profile(id, projectId, documentId, language, companyKeys, nameKeys, blockKeys, region, placeKey, sector,
                productKeys, capacity, investment, aliasKeys, context);
    }

    /**
     * Several mentions taken as one plant: every key of any of them, the place, region and sector most
     * of them report (a division before a section), the figures of all. Product words stay those of
     * {@code language}, the only ones comparable with another mention's in that language; kinds of
     * product ({@link Products}) come from all.
     */
    public static Profile merge(List<Profile> ps, Language language) {
        if (ps.size() == 1) {
            return ps.get(0);
        }
        List<String> companies = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> block = new ArrayList<>();
        List<String> products = new ArrayList<>();
        List<Capacity> capacity = new ArrayList<>();
        List<String> aliases = new ArrayList<>();
        List<String> context = new ArrayList<>();
        Investment investment = null;
        for (Profile p : ps) {
            addAll(companies, p.companyKeys);
            addAll(names, p.nameKeys);
            addAll(block, p.blockKeys);
            addAll(aliases, p.aliasKeys);
            addAll(context, p.contextKeys);
            // words compare within one language only; kinds of product ("*cement") in any
            addAll(products, p.language == language ? p.productKeys : Products.of(p.productKeys));
            p.capacity.stream().filter(c -> !capacity.contains(c)).forEach(capacity::add);
            investment = investment == null ? p.investment : investment;
        }
        String sector = mostCommon(ps, p -> p.sector != null && p.sector.length() > 1 ? p.sector : null);
        Profile first = ps.get(0);
        return new Profile(first.id, first.projectId, first.documentId, language, companies, names, block,
                mostCommon(ps, Profile::knownRegion), mostCommon(ps, Profile::placeKey),
                sector != null ? sector : mostCommon(ps, Profile::sector), products, capacity, investment, aliases, context);
    }

    private static String mostCommon(List<Profile> ps, Function<Profile, String> field) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        for (Profile p : ps) {
            String v = field.apply(p);
            if (v != null && counts.merge(v, 1, Integer::sum) > counts.getOrDefault(best, 0)) {
                best = v;
            }
        }
        return best;
    }

    /**
     * Every key that finds candidates: the name and company words, the entities, and the context's; the
     * region and industry only when the mention names no town, and the kind of product for its industry
     * only when it gives no sector (the keys a mention is found by are more: {@link #indexKeys}). Extra
     * keys of one town and industry would rank that town's plants above those sharing a name.
     */
    public List<String> searchKeys() {
        List<String> out = new ArrayList<>();
        boolean division = sector != null && sector.length() > 1;
        for (String k : blockKeys) {
            if ((placeKey == null || !regional(k)) && (!division || !k.startsWith("=") || !k.contains(" *"))) {
                out.add(k);
            }
        }
        addAll(out, contextKeys);
        return out;
    }

    /** Every key a stored mention is found by: its search keys and its region and industry. */
    public List<String> indexKeys() {
        List<String> out = new ArrayList<>(blockKeys);
        addAll(out, contextKeys);
        return out;
    }

    /** A region and industry key ("=KZ-19 D35"), as against a town and industry key ("=slk D35"). */
    static boolean regional(String key) {
        return key.startsWith("=KZ-");
    }

    private static void addAll(List<String> to, List<String> from) {
        for (String s : from) {
            if (!to.contains(s)) {
                to.add(s);
            }
        }
    }

    /** Which of its company's plants the name says this is: 1 unless "~2", "~3" ... is among the context keys. */
    int ordinal() {
        for (String k : contextKeys) {
            if (k.startsWith("~")) {
                return Integer.parseInt(k.substring(1));
            }
        }
        return 1;
    }

    /** The numbers in the name ("Shu-1", "ГРЭС-2"), else those the headline gives a name ("%2" among the context keys). */
    List<String> numbers() {
        List<String> own = nameKeys.stream().filter(k -> k.chars().allMatch(Character::isDigit)).toList();
        return !own.isEmpty() ? own : contextKeys.stream().filter(k -> k.startsWith("%")).map(k -> k.substring(1)).toList();
    }

    /** A region that places the project somewhere: "KZ" (the whole country) says nothing. */
    String knownRegion() {
        return region == null || region.equals("KZ") ? null : region;
    }
}
