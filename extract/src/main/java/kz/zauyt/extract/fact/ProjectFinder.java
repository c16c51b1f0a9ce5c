package kz.zauyt.extract.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import kz.zauyt.extract.gazetteer.Gazetteer;
import kz.zauyt.extract.org.HomeCountries;
import kz.zauyt.extract.org.Org;
import kz.zauyt.extract.text.Language;
import kz.zauyt.extract.text.Lexicon;
import kz.zauyt.extract.text.Span;
import kz.zauyt.extract.text.Tokens;
import kz.zauyt.extract.value.DateMention;
import kz.zauyt.extract.value.Mention;
import kz.zauyt.extract.value.MoneyMention;
import kz.zauyt.extract.value.PeriodMention;
import kz.zauyt.extract.value.QuantityMention;

/**
 * Project frames: a facility noun ("plant", "завод", "ВЭС") or a production activity ("production of
 * X", "наладят выпуск X") with what the sentence says about it: products, companies and their roles,
 * place, status, capacity, investment, jobs, expected date. A sentence listing several plants gives one
 * project each; the sentences after it that refer back ("The plant will...") add to the last one.
 */
final class ProjectFinder {

    private static final int MAX_PRODUCT_TOKENS = 9;
    private static final int MAX_PREMODIFIERS = 6;

    private final Lexicon lex;
    private final Sectors sectors;
    private final NameRules names;
    private final PhraseWords words;

    ProjectFinder(Lexicon facts, Sectors sectors, NameRules names, PhraseWords words) {
        this.lex = facts;
        this.sectors = sectors;
        this.names = names;
        this.words = words;
    }

    /** A head found in a sentence and the tokens its description covers. */
    private record Head(int at, int end, int phraseFrom, int phraseTo, boolean plural, List<String> products,
                        List<Org> inside) {
    }

    List<Project> find(DocContext c) {
        List<Draft> drafts = new ArrayList<>();
        Draft last = null;
        boolean firstTold = false; // a plant told as the company's first (or with no ordinal) so far
        int lastSentence = -10;
        int listed = 0;
        for (int s = 0; s < c.sentences(); s++) {
            List<Head> heads = heads(c, s);
            int before = drafts.size();
            List<String> carried = List.of();
            int carriedFrom = -1;
            int carriedOrdinal = 1;
            String carriedName = null;
            for (int h = 0; h < heads.size(); h++) {
                Head head = heads.get(h);
                if (h + 1 < heads.size() && (activityAtFacility(c, head, heads.get(h + 1)) || namedAfterDash(c, head, heads.get(h + 1))
                        || heads.size() == 2 && inApposition(c, head, heads.get(h + 1)))) { // a list names more
                    carried = head.products; // "production of tires at a tire plant in Saran": one plant
                    carriedFrom = h == 0 ? c.sentFrom[s] : heads.get(h - 1).phraseTo; // and its part of the sentence
                    carriedOrdinal = Math.max(1, ordinalOf(c, head, c.sentFrom[s])); // "its second plant in Talgar, a factory for X"
                    carriedName = appositionName(c, head, heads.get(h + 1)); // "a second station, Koksu-2: a separate plant"
                    continue;
                }
                // "...said the plant would produce compact crossovers and sedans": making that refers back to the
                // plant tells that plant's products, however many sentences on
                boolean follows = last != null && (s - lastSentence <= 1 || isProduceVerb(c, head)) && refersBack(c, s);
                // "It is planned within this project to produce a copper-gold concentrate": a clause of making with
                // no company of its own, soon after a plant, tells that plant's products
                // ("In Oskemen, a venture began producing cathode materials": a clause set in another region is another plant's)
                boolean tellsLast = last != null && s - lastSentence <= 3 && onlyBackers(c, s)
                        && !placedElsewhere(c, s, last);
                if (isProduceVerb(c, head) && (heads.size() > 1 && h > 0 && drafts.size() > before
                        || drafts.size() == before && (follows || tellsLast))) {
                    Draft owner = drafts.size() > before ? drafts.get(drafts.size() - 1) : last;
                    owner.addProducts(head.products);
                    if (drafts.size() == before && tellsLast && !follows) {
                        owner.addValues(c, c.sentFrom[s], c.sentTo[s], s, lex); // "...will produce up to 450 million bottles a year"
                        lastSentence = s;
                    }
                    continue; // "завод будет выпускать молоко, кефир и творог": one plant, its products
                }
                int segFrom = carriedFrom >= 0 ? carriedFrom : h == 0 ? c.sentFrom[s] : heads.get(h - 1).phraseTo;
                carriedFrom = -1;
                int ordinalCarried = carriedOrdinal;
                carriedOrdinal = 1;
                String nameCarried = carriedName;
                carriedName = null;
                int segTo = h + 1 < heads.size() ? heads.get(h + 1).phraseFrom : c.sentTo[s];
                List<List<String>> items = head.plural && head.products.size() > 1
                        ? head.products.stream().map(List::of).toList() : List.of(head.products);
                for (List<String> products : items) {
                    if (items.size() > 1 && namedByAnother(heads, head, products.get(0))) {
                        continue; // "..., комбикормовый завод и ...": the item is a facility of its own, found as such
                    }
                    // a plant named only by its figures takes the products of the activity carried to it ("an
                    // enterprise" stays vague: the next sentences may name it)
                    boolean bare = products.isEmpty() && lex.longest("generic-facility", c.t, head.at) == null;
                    Draft d = draft(c, s, head, bare ? carried : products, segFrom, segTo, heads.size() == 1,
                            drafts.size() == before, last, firstTold);
                    if (d != null) {
                        if (nameCarried != null && d.name.indexOf(' ') < 0) {
                            d.name = nameCarried + " " + d.name; // "Koksu-2 plant", not "plant"
                        }
                        if (ordinalCarried > 1 && ordinalCarried > d.ordinal) {
                            d.ordinal = ordinalCarried;
                            // the sentence before told the company's first plant: its stage is not this one's
                            d.status = Status.nearest(lex, "status", c.t, c.sentFrom[s], c.sentTo[s], head.at);
                        }
                        if (d.companies.isEmpty()) {
                            d.addCompanies(companyTold(c, s, head, d, drafts));
                        }
                        d.brandBareName(names);
                        d.addProducts(carried);
                        carried = List.of();
                        firstTold |= d.ordinal == 1;
                        drafts.add(d);
                        last = d;
                        lastSentence = s;
                    }
                }
            }
            if (drafts.size() - before > 1 && !heads.isEmpty()) {
                shareClosingDate(drafts.subList(before, drafts.size()), heads.get(heads.size() - 1));
            }
            if (drafts.size() > before && s > 0 && opensList(c, s)
                    && (before == 0 || drafts.get(before - 1).sentences.last() < s - 1)) {
                // "X LLP will build several plants in Y district. These are plants for A, B and C": the
                // list's plants are the ones the sentence before announced, with its company and place
                for (Draft d : drafts.subList(before, drafts.size())) {
                    if (d.companies.isEmpty()) {
                        d.addCompanies(sideCompanies(c, s - 1, true));
                    }
                    placeFromPrevious(c, d, s - 1);
                }
            }
            if (drafts.size() == before && heads.isEmpty() && last != null && s == lastSentence + 1
                    && last.companies.stream().noneMatch(x -> x.role().equals("operator"))) {
                Org opener = openingCompany(c, s);
                if (opener != null) {
                    last.addCompanies(List.of(new Company(opener.name(), "operator", countryOf(c, opener))));
                    last.sentences.add(s); // its evidence, and where its owner may be named ("..., now owned by Y")
                }
            }
            // a sentence that names no new project ("The project is worth...") tells more about the last one
            boolean item = Status.isListItem(c, s) && s - lastSentence <= 6; // "🔹 Мощность: 15 тыс. тонн в год"
            if (drafts.size() > before) {
                listed = drafts.size() - before;
            }
            // "В этих предприятиях будет создано 1 650 рабочих мест" after a list of plants is the list's
            // total, not its last plant's: it stays a figure of its own. After three plants or more, any
            // figure that names none of them is ("...және болат зауыттары. 2,3 мыңнан астам жұмыс орны ашылды")
            if (drafts.size() == before && namesOne(c, s)) {
                listed = 0; // "Фармацевтический завод будет выпускать...": the story turns to one of the list's plants
            }
            boolean ofList = listed > 1 && !item && drafts.size() == before && (listed > 2 || namesMany(c, s));
            if (ofList && s - lastSentence <= 2) {
                c.listTotals.set(s);
            }
            // "...40% of output will be exported. The total amount of investments will make KZT 125 mln": within
            // the paragraph, a sentence of plant figures one sentence on still tells the plant
            boolean sameParagraph = s <= lastSentence + 2 && !c.startsParagraph(s) && (s == lastSentence + 1 || !c.startsParagraph(s - 1));
            // "45 projects have been introduced, the cost of which is 574 billion", "барлығы 150-ге жуық жоба іске
            // асып, 14 мыңнан астам жұмыс орны ашылған": the region's, though the sentence says "project"
            // "Зауыттың жобалық құны 1 млрд теңгеден асады" paragraphs later: in a story of one plant, "the plant" is it
            // A headline's plant and the body's first are one (the headline tells the story's plant); there, a
            // sentence with no figure adds nothing ("— говорит директор завода ...") and moves the story on no further
            boolean onlyPlantAgain = (drafts.size() == 1 || drafts.size() == 2 && drafts.get(0).sentences.first() == 0
                    && !c.valuesIn(c.sentFrom[s], c.sentTo[s]).isEmpty()) && mentions(c, s, "plant-anaphor"); // the scan last
            if (drafts.size() == before && last != null && !ofList && (s - lastSentence <= 2 || item || onlyPlantAgain)
                    && !countsProjects(c, s) && (refersBack(c, s) || (sameParagraph || item) && tellsAttributes(c, s) && !regionsTask(c, s))) {
                last.addValues(c, c.sentFrom[s], c.sentTo[s], s, lex);
                List<Company> side = sideCompanies(c, s, last.companies.isEmpty());
                if (!side.isEmpty()) {
                    last.sentences.add(s); // "Its new owner, X, has set the plant the goal...": who it is, and where it is said
                }
                if (side.stream().anyMatch(x -> x.role().equals("operator")) && runBySubsidiary(c, s)) {
                    last.parentsInvest(); // "A subsidiary, X LLP, will build and operate it": the first company is its parent
                }
                last.addCompanies(side);
                lastSentence = s;
            }
        }
        for (Draft d : drafts) {
            if (d.sector == null && d.countedText != null) {
                d.sector = sectors.classify(d.countedText); // "a capacity of 70,000 cars a year": a car plant
            }
        }
        shareCountries(drafts);
        String story = storyStatus(c);
        for (Draft d : drafts) {
            if (d.status == null && d.ordinal <= 1) {
                // "ТҮРКІСТАНДА ТАҒЫ БІР ЗАУЫТ ІСКЕ ҚОСЫЛДЫ": the headline says where the plant stands (not a second
                // plant's, which the story's opening does not tell)
                d.status = story;
            }
        }
        return Draft.merge(drafts, c, names, lex, () -> soleCompany(c), () -> storySides(c)); // asked only when a story needs them
    }

    /** "these enterprises", "на новых предприятиях", "the complex": the sentence speaks of a list's plants together. */
    private boolean namesMany(DocContext c, int s) {
        return mentions(c, s, "many-anaphor");
    }

    private boolean namesOne(DocContext c, int s) {
        for (int k = c.sentFrom[s]; k < c.sentTo[s]; k++) {
            Lexicon.Match f = c.t.isWord(k) ? lex.longest("facility", c.t, k) : null;
            if (f != null && f.value().equals("one") && lex.longest("many-anaphor", c.t, k) == null) {
                return true;
            }
        }
        return false;
    }

    /** "a wheelset production complex was launched": a vague noun with its product and its own stage. */
    private boolean staged(DocContext c, int s, Head head) {
        return Status.nearest(lex, "status", c.t, c.sentFrom[s], c.sentTo[s], head.at) != null;
    }

    private static List<Gazetteer.Hit> nearestFirst(List<Gazetteer.Hit> before) {
        List<Gazetteer.Hit> out = new ArrayList<>(before);
        java.util.Collections.reverse(out);
        return out;
    }

    private boolean opensList(DocContext c, int s) {
        return c.t.isWord(c.sentFrom[s]) && lex.longest("list-opener", c.t, c.sentFrom[s]) != null;
    }

    private void placeFromPrevious(DocContext c, Draft d, int s) {
        Location own = d.location;
        if (own.place() != null) {
            return;
        }
        Head whole = new Head(c.sentFrom[s], c.sentFrom[s], c.sentFrom[s], c.sentFrom[s], false, List.of(), List.of());
        locate(c, d, whole, c.sentTo[s], c.sentTo[s], c.sentFrom[s], c.sentTo[s]);
        Location earlier = d.location;
        boolean agrees = own.region() == null || own.region().equals(earlier.region());
        d.location = earlier.place() != null && agrees ? earlier : own;
    }

    private static boolean namedByAnother(List<Head> heads, Head list, String item) {
        for (Head other : heads) {
            if (other != list && !other.plural && other.products.contains(item)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Work is under way on an apple concentrate plant in Zharkent. Altyn Alma Concentrate LLP, controlled by
     * ..., began construction in April": the company a sentence opens on (after at most a place and an
     * article) right after a plant's, when it names no plant of its own, runs that plant; not one with a
     * role of its own ("The contractor X ...").
     */
    private Org openingCompany(DocContext c, int s) {
        List<Org> orgs = c.orgsIn(c.sentFrom[s], c.sentTo[s]);
        if (orgs.isEmpty() || !contractRole(role(c, orgs.get(0))).equals("operator")) {
            return null;
        }
        Org first = orgs.get(0);
        for (int k = c.sentFrom[s]; k < first.from(); k++) {
            if (c.t.isWord(k) && !insideGeo(c, k) && !lex.has("sentence-opener", c.t.lower(k))) {
                return null;
            }
        }
        return first;
    }

    /**
     * The one company a story names, as the one who runs things ("Шымкент қаласындағы «Оғыз Лифт Қазақстан» ЖШС
     * 870 лифт шығарды" under a headline of "лифт зауыты"), or null when it names none, several, or one only
     * as a contractor, investor or partner, or in a sentence that tells a plant (its own, whether found or not).
     */
    private Company soleCompany(DocContext c) {
        Org sole = null;
        for (Org o : c.orgs) {
            if (sole != null && !sole.name().equalsIgnoreCase(o.name()) || !contractRole(role(c, o)).equals("operator")) {
                return null;
            }
            int s = c.sentenceOf(o.from());
            if (namesFacility(c, c.sentFrom[s], c.sentTo[s])) {
                return null; // "...a wind farm to be built by Sinowind Power": its plant is told with it, found or not
            }
            sole = o;
        }
        return sole == null ? null : new Company(sole.name(), "operator", countryOf(c, sole));
    }

    /**
     * The companies a story names beside the plant's own: with a role ("the Italian company Fruttimac will supply
     * and install the evaporators", "backed by X") or a home country and no role ("Turkey's Anka Orman holds 51%"),
     * a partner then. Wherever the story names them, they are the plant's when the story tells one plant.
     */
    private List<Company> storySides(DocContext c) {
        List<Company> withRole = new ArrayList<>();
        List<Company> foreignAlone = new ArrayList<>();
        for (Org o : c.orgs) {
            String role = contractRole(role(c, o));
            String country = countryOf(c, o);
            boolean alone = role.equals("operator");
            if (alone && (country == null || country.equals("KZ")) || Stream.concat(withRole.stream(), foreignAlone.stream())
                    .anyMatch(x -> x.name().equalsIgnoreCase(o.name()))) {
                continue;
            }
            (alone ? foreignAlone : withRole).add(new Company(o.name(), alone ? "partner" : role, country));
        }
        // two foreign companies with no role are a list of ventures ("a Russian fastener plant, an Uzbek fertiliser
        // plant, a Chinese film plant"), whose other plants were not found: none of them is this plant's partner
        if (foreignAlone.size() == 1) {
            withRole.addAll(foreignAlone);
        }
        return withRole;
    }

    /** A company's home country said once ("South Korea's Kia") holds wherever the article names it again. */
    private static void shareCountries(List<Draft> drafts) {
        java.util.Map<String, String> home = new java.util.HashMap<>();
        for (Draft d : drafts) {
            for (Company co : d.companies) {
                if (co.country() != null) {
                    home.putIfAbsent(co.name().toLowerCase(Locale.ROOT), co.country());
                }
            }
        }
        for (Draft d : drafts) {
            d.companies.replaceAll(co -> co.country() != null ? co
                    : new Company(co.name(), co.role(), home.get(co.name().toLowerCase(Locale.ROOT))));
        }
    }

    /** The status the story opens with: the first status cue of the headline, else of the lead's two sentences. */
    private String storyStatus(DocContext c) {
        for (int s = 0; s < Math.min(3, c.sentences()); s++) {
            String st = Status.nearest(lex, "status", c.t, c.sentFrom[s], c.sentTo[s], c.sentFrom[s]);
            if (st != null) {
                return st;
            }
        }
        return null;
    }

    /** Companies with a role word before them ("the Chinese contractor X", "provided by the German company Y"). */
    private List<Company> sideCompanies(DocContext c, int s, boolean needsOperator) {
        List<Company> out = new ArrayList<>();
        for (Org o : c.orgsIn(c.sentFrom[s], c.sentTo[s])) {
            String cue = role(c, o);
            String role = contractRole(cue);
            // "through its subsidiary X LLP": the company that runs the plant, told after its parent
            if (!role.equals("operator") || cue.equals("subsidiary")
                    || needsOperator && out.stream().noneMatch(x -> x.role().equals("operator"))) {
                out.add(new Company(o.name(), role, countryOf(c, o)));
            }
        }
        return out;
    }

    /**
     * "A memorandum was signed with the Turkish company X. The company plans to build a brick plant": a
     * sentence that opens on the company goes on with the one company the sentence before named.
     */
    private List<Company> companyTold(DocContext c, int s, Head head, Draft d, List<Draft> told) {
        Lexicon.Match opens = s > 0 && c.t.isWord(c.sentFrom[s]) ? lex.longest("company-anaphor", c.t, c.sentFrom[s]) : null;
        if (opens != null && opens.value().equals("after")) {
            opens = null;
        }
        if (opens == null && s > 0 && c.t.isWord(head.end) && head.end < c.sentTo[s]) {
            // «Макаронная фабрика компании ...»: the company's plant, the company named after the facility noun
            Lexicon.Match after = lex.longest("company-anaphor", c.t, head.end);
            opens = after != null && after.value().equals("after") ? after : null;
        }
        if (opens == null || !c.orgsIn(c.sentFrom[s], c.sentTo[s]).isEmpty()) {
            return List.of();
        }
        // "The same company's pasta factory in Taiynsha" after a list of plants: the company whose plant the
        // story placed in that town
        for (int k = told.size() - 1; k >= 0 && d.location.place() != null; k--) {
            Draft earlier = told.get(k);
            List<Company> runs = earlier.companies.stream().filter(co -> co.named() && co.role().equals("operator")).toList();
            if (!runs.isEmpty() && d.location.place().equals(earlier.location.place())) {
                return runs;
            }
        }
        // the nearest sentence before that names a company, a paragraph's lead at most three sentences back
        // ("TFA, the ferroalloy arm of Sarysu Mining Group, produced ... The smelter ... The group has also
        // started building a ferrosilicon plant")
        for (int k = s - 1; k >= Math.max(0, s - 3); k--) {
            List<Company> before = sideCompanies(c, k, true);
            if (before.isEmpty()) {
                continue;
            }
            if (before.stream().map(Company::name).distinct().count() == 1) {
                return before;
            }
            // of two, "the group" is the one whose name says group
            String noun = c.t.lower(opens.to() - 1);
            List<Company> named = before.stream().filter(co -> co.name() != null
                    && List.of(co.name().toLowerCase(Locale.ROOT).split("[\\s«»\"-]+")).contains(noun)).toList();
            return named.stream().map(Company::name).distinct().count() == 1
                    ? List.of(new Company(named.get(0).name(), "operator", named.get(0).country())) : List.of();
        }
        return List.of();
    }

    /**
     * Whether the sentence names no company but those that back a plant ("The $95 million project, backed by
     * Turkey's X, will produce up to 450 million bottles"): it goes on telling the plant before, not a plant of X's.
     */
    private boolean onlyBackers(DocContext c, int s) {
        int orgs = c.orgsIn(c.sentFrom[s], c.sentTo[s]).size();
        return orgs == 0 || sideCompanies(c, s, false).size() == orgs;
    }

    /** Whether sentence s names companies and tells each as a subsidiary ("The mill will belong to a subsidiary, X LLP"). */
    private boolean onlySubsidiaries(DocContext c, int s) {
        List<Org> orgs = c.orgsIn(c.sentFrom[s], c.sentTo[s]);
        return !orgs.isEmpty() && orgs.stream().allMatch(o -> role(c, o).equals("subsidiary"));
    }

    /** Whether a company of sentence s is told as a subsidiary ("A subsidiary, X LLP, will run it"). */
    private boolean runBySubsidiary(DocContext c, int s) {
        for (Org o : c.orgsIn(c.sentFrom[s], c.sentTo[s])) {
            if (role(c, o).equals("subsidiary")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "He also tasked the department with attracting 250 billion tenge of investment into the region's
     * manufacturing", «в регион ожидается привлечение ... инвестиций»: an official's or the region's figure,
     * not the plant's, though it follows the plant.
     */
    private boolean regionsTask(DocContext c, int s) {
        return (mentions(c, s, "set-by") || lex.anyIn("future", "instruction", c.t, c.sentFrom[s], c.sentTo[s])
                || lex.anyIn("future", "attraction", c.t, c.sentFrom[s], c.sentTo[s])) && mentions(c, s, "aggregate");
    }

    /** "45 projects", "9 предприятий": the sentence counts projects, so its money is theirs, not one plant's. */
    private boolean countsProjects(DocContext c, int s) {
        for (int i : c.valuesIn(c.sentFrom[s], c.sentTo[s])) {
            if (FigureFinder.countOfUnits(lex, c, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The investment amounts to US$1.2 billion, and 700 jobs will be created", "Jobs: 210": a plant's
     * figures without naming it.
     */
    private boolean tellsAttributes(DocContext c, int s) {
        for (int k = c.sentFrom[s]; k < c.sentTo[s]; k++) {
            if (c.t.isWord(k) && (lex.longest("investment-cue", c.t, k) != null || lex.longest("capacity-cue", c.t, k) != null
                    || lex.longest("expected-cue", c.t, k) != null || lex.longest("jobs-label", c.t, k) != null
                    || lex.longest("employ-cue", c.t, k) != null || lex.longest("employ-after", c.t, k) != null)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "...a poultry farm, a salt workshop and a milk factory will be commissioned next year": the date that
     * closes a sentence listing plants, after the last of them, is when each of them is expected.
     */
    private static void shareClosingDate(List<Draft> listed, Head lastHead) {
        Draft last = listed.get(listed.size() - 1);
        if (last.expected == null || last.expectedAt < lastHead.phraseTo) {
            return;
        }
        for (Draft d : listed) {
            if (d.expected == null && !"operating".equals(d.status)) {
                d.expected = last.expected;
            }
        }
    }

    /** "the operator of the project", "оператором проекта": a vague facility noun after a word of ownership. */
    private boolean ownerBefore(DocContext c, Head h) {
        if (lex.longest("generic-facility", c.t, h.at) == null) {
            return false;
        }
        for (int k = Math.max(0, Math.min(h.phraseFrom, h.at - 3)); k < h.at; k++) {
            Lexicon.Match m = c.t.isWord(k) ? lex.longest("owner-of", c.t, k) : null;
            if (m != null && (m.to() == h.at || m.to() == h.at - 1 && c.t.isWord(h.at - 1) && words.determiner(c.t.lower(h.at - 1)))) {
                return true;
            }
        }
        return false;
    }

    private boolean refersBack(DocContext c, int s) {
        return lex.anyIn("anaphor", "x", c.t, c.sentFrom[s], c.sentTo[s]) || definiteFacility(c, s);
    }

    /**
     * "The concentrator, estimated at $120 million, ...": a sentence that opens on a determiner and a facility
     * noun goes on with the plant told (further in, "will build the kiln line" names a part, not the plant).
     */
    private boolean definiteFacility(DocContext c, int s) {
        return definiteOpening(c, s) >= 0;
    }

    /**
     * The facility noun of a sentence that opens on a determiner, a few lower-case words that name no company or
     * place, and that noun ("The carbon-in-leach plant would treat ..."), or -1.
     */
    private int definiteOpening(DocContext c, int s) {
        Tokens t = c.t;
        int k = c.sentFrom[s];
        if (!t.isWord(k) || !"determiner".equals(lex.get("anaphor", t.lower(k)))) {
            return -1;
        }
        for (int i = k + 1; i < Math.min(c.sentTo[s], k + 8); i++) {
            Lexicon.Match f = t.isWord(i) ? lex.longest("facility", t, i) : null;
            if (f != null) {
                return f.value().equals("one") ? i : -1; // "The number of such projects" is no plant
            }
            if (insideValue(c, i)) {
                continue; // "The $410 million plant", "The 100 MW station": its figures describe it
            }
            if (t.isWord(i) && (t.isCapitalised(i) || insideOrg(c, i) || insideGeo(c, i))
                    || !t.isWord(i) && !t.isAnyOf(i, "-")) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether a cue of the lexicon's {@code section} stands anywhere in sentence s. */
    private boolean mentions(DocContext c, int s, String section) {
        return lex.anyIn(section, c.t, c.sentFrom[s], c.sentTo[s]);
    }

    private List<Head> heads(DocContext c, int s) {
        Tokens t = c.t;
        List<Head> out = new ArrayList<>();
        int k = c.sentFrom[s];
        while (k < c.sentTo[s]) {
            Head h = headAt(c, k, c.sentFrom[s], c.sentTo[s]);
            if (h == null && !out.isEmpty() && isActivity(c, out.get(out.size() - 1))) {
                h = elidedHead(c, k, c.sentTo[s]);
            }
            if (h == null && k == c.sentFrom[s] && Status.isListItem(c, s)) {
                h = listItemHead(c, s);
            }
            if (h != null && ownerBefore(c, h)) {
                k = Math.max(h.phraseTo, h.end); // "оператором проекта выступает ТОО «X»": the plant told of, its company
            } else if (h == null) {
                k++;
            } else if (projectOfPrevious(c, out, h)) {
                k = Math.max(h.phraseTo, h.end); // "цемент зауытын салу жобасы", "the cement plant project": one plant
            } else if (compoundOfPrevious(c, out, h)) {
                Head prev = out.remove(out.size() - 1); // "a forge shop", "a mill plant": one facility named by two nouns
                out.add(new Head(h.at, h.end, Math.min(prev.phraseFrom, h.phraseFrom), h.phraseTo, h.plural, h.products, h.inside));
                k = Math.max(h.phraseTo, h.end);
            } else {
                out.add(h);
                k = Math.max(h.phraseTo, h.end);
            }
        }
        return out;
    }

    /** An English facility head right after another with nothing between ("forge shop"): the second names the facility. */
    private boolean compoundOfPrevious(DocContext c, List<Head> out, Head h) {
        if (out.isEmpty() || c.doc.language() != Language.EN || !c.t.isWord(h.at) || lex.longest("facility", c.t, h.at) == null) {
            return false;
        }
        Head prev = out.get(out.size() - 1);
        return !prev.plural && prev.end == h.at && prev.phraseTo <= h.at && c.t.isWord(prev.at)
                && lex.longest("facility", c.t, prev.at) != null && lex.longest("generic-facility", c.t, prev.at) == null;
    }

    /** A "project" head right after a facility head, with at most two words between: that facility's project. */
    private boolean projectOfPrevious(DocContext c, List<Head> out, Head h) {
        if (out.isEmpty() || !c.t.isWord(h.at) || lex.longest("project-noun", c.t, h.at) == null) {
            return false;
        }
        Head prev = out.get(out.size() - 1);
        if (prev.plural || !c.t.isWord(prev.at) || lex.longest("facility", c.t, prev.at) == null && !isActivity(c, prev)
                || lex.longest("generic-facility", c.t, prev.at) != null || h.at < prev.end || h.at - prev.end > 2) {
            return false;
        }
        for (int k = prev.end; k < h.at; k++) {
            if (!c.t.isWord(k) || lex.longest("list-joint", c.t, k) != null || words.determiner(c.t.lower(k))
                    || c.t.lower(k).equals("a") || c.t.lower(k).equals("an")) {
                return false; // "a car plant and a technopark": two facilities
            }
        }
        return true;
    }

    /**
     * "директор Департамента транспортировки и переработки нефти": an activity in the name of a ministry's
     * department or committee names the body, not a plant (section {@code institution}).
     */
    private boolean ofInstitution(DocContext c, int k, int sentFrom) {
        for (int p = k - 1; p >= Math.max(sentFrom, k - 4); p--) {
            if (c.t.isWord(p) && c.t.isCapitalised(p) && lex.longest("institution", c.t, p) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * "began production of tires at a tire plant", "began producing tires at a plant", "выпуск шин на заводе": the
     * activity is the facility's.
     */
    private boolean activityAtFacility(DocContext c, Head activity, Head facility) {
        if (!(isActivity(c, activity) || isProduceVerb(c, activity)) || !c.t.isWord(facility.at)
                || lex.longest("facility", c.t, facility.at) == null) {
            return false;
        }
        int from = Math.max(activity.end, activity.phraseTo);
        // "... cathode materials for electric vehicle batteries at a $300 million, 20,000-tonne plant": the
        // plant's own figures between do not part them
        int words = 0;
        for (int k = from; k < facility.phraseFrom; k++) {
            words += c.t.isWord(k) && !insideValue(c, k) ? 1 : 0;
        }
        return (facility.phraseFrom - from <= 4 || words <= 6) && lex.anyIn("at-facility", c.t, from, facility.phraseFrom);
    }

    /**
     * "облыстағы жалғыз цемент кәсіпорны – Аягөз қаласындағы «X» ЖШС зауыты", "единственный завод – ТОО «X»": a
     * facility that a dash names again, with only its place and company between, is one plant, the second.
     */
    private boolean namedAfterDash(DocContext c, Head first, Head second) {
        int from = Math.max(first.end, first.phraseTo);
        if (from >= second.phraseFrom || !c.t.isAnyOf(from, "–—") || first.plural || second.plural) {
            return false;
        }
        for (int k = from + 1; k < second.phraseFrom; k++) {
            if (c.t.isWord(k) ? !insideGeo(c, k) && !insideOrg(c, k) && !lex.has("sentence-opener", c.t.lower(k))
                    : !c.t.isAnyOf(k, "«»\"")) {
                return false;
            }
        }
        // the second names its company ("«X» ЖШС зауыты"); "завод Kia – стратегический проект" says what the plant is
        for (int k = from + 1; k < second.at; k++) {
            if (insideOrg(c, k)) {
                return true;
            }
        }
        return !second.inside.isEmpty();
    }

    /**
     * "has started building its second plant in Nur-Sultan: a 7.8 billion tenge factory for PVC compound", "its
     * second plant in Talgar, an 11.5 billion tenge factory for syringes": a plant, a place at most, a comma, colon
     * or dash, and an indefinite article that opens the second telling, which says what the first is.
     */
    private boolean inApposition(DocContext c, Head first, Head second) {
        int from = Math.max(first.end, first.phraseTo);
        if (from >= second.phraseFrom || first.plural || second.plural || !second.inside.isEmpty()) {
            return false;
        }
        int mark = -1;
        for (int k = from; k < second.at; k++) {
            if (mark < 0 && c.t.isAnyOf(k, ",:–—")) {
                mark = k;
            } else if (mark >= 0 && k == mark + 1 && c.t.isCapitalised(k)) {
                // "a second station, Koksu-2: a separate 18 MW plant": the first's own name, then its description
                int j = nameRunEnd(c, k, second.at);
                if (j < 0) {
                    return false;
                }
                mark = j;
                k = j;
            } else if (mark < 0 ? !(c.t.isWord(k) && (insideGeo(c, k) || words.premodifierStop(c.t.lower(k))))
                    : k == mark + 1 ? !(c.t.isWord(k) && lex.has("indefinite", c.t.lower(k))) : !insideValue(c, k) && !c.t.isWord(k)) {
                return false;
            }
        }
        return mark >= 0 && mark + 1 < second.at;
    }

    /** "the company's first plant", "its existing mill", «действующий завод»: the modifiers say the first. */
    private boolean firstSaid(DocContext c, Head head, int sentFrom) {
        return ordinalWord(c, head, sentFrom) == 1;
    }

    /** The capitalised name between the two marks of an apposition ("station, Koksu-2: a plant"), or null. */
    private static String appositionName(DocContext c, Head first, Head second) {
        int k = Math.max(first.end, first.phraseTo);
        while (k < second.at && !c.t.isAnyOf(k, ",:–—")) {
            k++;
        }
        int end = nameRunEnd(c, k + 1, second.at);
        return end < 0 ? null : c.doc.text().substring(c.t.start(k + 1), c.t.end(end - 1));
    }

    /**
     * Where a run of capitalised words, digits and hyphens from {@code from} ("Koksu-2") ends on a comma,
     * colon or dash before {@code limit}: the mark's token; -1 when there is no such run.
     */
    private static int nameRunEnd(DocContext c, int from, int limit) {
        int j = from;
        while (j < limit && (c.t.isCapitalised(j) || c.t.isDigits(j) || c.t.isAnyOf(j, "-"))) {
            j++;
        }
        return j > from && j < limit && c.t.isAnyOf(j, ",:–—") ? j : -1;
    }

    /** Whether sentence s names a place or region of another region than the draft's. */
    private static boolean placedElsewhere(DocContext c, int s, Draft d) {
        String region = d.location.region();
        for (Gazetteer.Hit h : c.geoIn(c.sentFrom[s], c.sentTo[s])) {
            if ((h.kind() == Gazetteer.Kind.PLACE || h.kind() == Gazetteer.Kind.REGION) && region != null
                    && !region.equals("KZ") && !region.equals(h.code())) {
                return true;
            }
        }
        return false;
    }

    private boolean isActivity(DocContext c, Head h) {
        return c.t.isWord(h.at) && lex.longest("activity", c.t, h.at) != null;
    }

    /**
     * A list item of a round-up that names no facility: "– Arman Pharma LLP (Shymkent) – tablets and capsules,
     * 900 million units per year". A company opens it, a place in brackets may follow, and after a dash (or
     * colon) the lower-case words up to the first comma are what the plant makes. The item is that plant.
     */
    private Head listItemHead(DocContext c, int s) {
        Tokens t = c.t;
        int from = c.sentFrom[s];
        while (from < c.sentTo[s] && !t.isWord(from)) {
            from++; // the bullet
        }
        List<Org> orgs = c.orgsIn(from, c.sentTo[s]);
        if (orgs.isEmpty() || orgs.get(0).from() != from) {
            return null;
        }
        int k = orgs.get(0).to();
        if (t.isAnyOf(k, "(")) {
            while (k < c.sentTo[s] && !t.isAnyOf(k, ")")) {
                k++;
            }
            k++;
        }
        if (k >= c.sentTo[s] || !t.isAnyOf(k, "–—-:")) {
            return null;
        }
        int start = k + 1;
        if (start >= c.sentTo[s] || !t.isWord(start) || t.isCapitalised(start)) {
            return null;
        }
        int end = start;
        while (end < c.sentTo[s] && end - start < MAX_PRODUCT_TOKENS && !t.isAnyOf(end, ",;.") && c.valuesIn(end, end + 1).isEmpty()) {
            if (t.isWord(end) && (lex.longest("facility", t, end) != null || lex.longest("activity", t, end) != null)) {
                return null; // "– aluminium profile plant, 15,000 tonnes": the facility noun heads it as usual
            }
            end++;
        }
        String product = new Span(t.start(start), t.end(end - 1)).of(t.text()).strip();
        return new Head(start, start, start, end, false, List.of(product), List.of(orgs.get(0)));
    }

    /**
     * A list that names the activity once: "производство сульфата аммония КазАзот в Мангистауской
     * области, энергосберегающего стекла Orda Glass в Кызылординской области, а также оборудования
     * компании Caspi Oil Capital". After a separator, a lower-case phrase that runs to a company of its
     * own is one more plant of the same activity; the company makes it one, not a stray phrase.
     */
    private Head elidedHead(DocContext c, int k, int sentTo) {
        Tokens t = c.t;
        int from = k;
        if (!(t.is(k - 1, ',') || t.isWord(k - 1) && lex.longest("list-joint", t, k - 1) != null && t.is(k - 2, ','))) {
            return null;
        }
        while (from < sentTo && t.isWord(from) && lex.longest("list-joint", t, from) != null) {
            from++; // "а также", "as well as"
        }
        if (from >= sentTo || !t.isWord(from) || t.isCapitalised(from)) {
            return null;
        }
        for (int e = from + 1; e < sentTo && e - from <= MAX_PRODUCT_TOKENS && !t.is(e, ','); e++) {
            List<Org> orgs = c.orgsIn(e, e + 12);
            if (!orgs.isEmpty() && orgs.get(0).from() == e) {
                String product = new Span(t.start(from), t.end(e - 1)).of(t.text()).strip();
                int end = orgs.get(0).to();
                return new Head(from, from, from, end, false, List.of(product), List.of(orgs.get(0)));
            }
        }
        return null;
    }

    /**
     * "its own", "собственная", "өз" within three words before the facility noun at k, a kind of facility between
     * ("its own wastewater treatment plant"); "makes minibuses at its own plant" is the company's plant itself.
     */
    private boolean ownPart(DocContext c, int k, int sentFrom) {
        for (int i = Math.max(sentFrom, k - 3); i < k; i++) {
            Lexicon.Match m = c.t.isWord(i) ? lex.longest("own-part", c.t, i) : null;
            if (m != null && m.to() < k) {
                return true;
            }
        }
        return false;
    }

    private Head headAt(DocContext c, int k, int sentFrom, int sentTo) {
        Tokens t = c.t;
        if (!t.isWord(k) || insideOrg(c, k)) {
            return null;
        }
        Lexicon.Match produce = lex.longest("produce-verb", t, k);
        if (produce != null && !(t.isWord(produce.to()) && t.lower(produce.to()).equals("of"))) {
            List<String> items = productList(c, produce.to(), sentTo);
            int end = productEnd(c, produce.to(), sentTo);
            if (items.isEmpty() || c.orgsIn(sentFrom, sentTo).isEmpty() && !refersBack(c, c.sentenceOf(k))
                    && !namesFacility(c, sentFrom, sentTo)) {
                return null; // "производит каждый третий автомобиль" names no one
            }
            return new Head(k, produce.to(), k, end, true, items, List.of());
        }
        Lexicon.Match facility = lex.longest("facility", t, k);
        boolean lower = Character.isLowerCase(t.text().charAt(t.start(k))) || t.token(k).length() <= 4
                || k == sentFrom || sentFrom == c.sentFrom[0]; // "Wind farm launched", headlines in title case
        // "the Karaganda Steel Plant", "the ZIKSTO Plant": a capitalised facility noun ending a proper name
        boolean proper = !lower && c.doc.language() == Language.EN && k > sentFrom && t.isWord(k - 1) && t.isCapitalised(k - 1)
                && t.sameLine(k) && !insideOrg(c, k - 1) && !t.token(k).equals(t.token(k).toUpperCase(java.util.Locale.ROOT))
                && !t.is(k - 2, '.'); // not "TV AND RADIO COMPLEX", not "S.M.Kirov Plant" read from its last initial
        if (facility != null && t.isWord(facility.to()) && t.sameLine(facility.to()) && lex.longest("maker-noun", t, facility.to()) != null) {
            return null; // "one of the larger elevator producers", "лифт өндірушілері": companies of a kind, no plant
        }
        if (facility != null && ownPart(c, k, sentFrom)) {
            return null; // "to build its own wastewater treatment plant", "собственная станция очистки": a part of the told plant
        }
        if (facility != null && (lower || proper) && !preceededByCount(c, k, sentFrom)) {
            int pre = figureStart(c, premodifierStart(c, k, sentFrom));
            int end = facility.to();
            int after = end;
            List<String> products = new ArrayList<>();
            if (proper) {
                after = ofNameEnd(c, end, sentTo); // "the Petropavlovsk Plant of Heavy Machine Building": a name, not a product
            }
            Lexicon.Match intro = after == end && (t.sameLine(end) || end >= t.size()) ? lex.longest("product-intro", t, end) : null;
            if (intro != null) {
                products = productList(c, intro.to(), sentTo);
                if (!products.isEmpty()) {
                    after = productEnd(c, intro.to(), sentTo);
                }
            }
            if (products.isEmpty() && c.doc.language() == Language.RU && t.isWord(end) && t.sameLine(end)
                    && !t.isCapitalised(end) && RussianAgreement.genitive(t.lower(end), words)
                    && !words.productStop(t.lower(end)) && lex.longest("facility", t, end) == null
                    && !t.lower(k).matches("(проект|предприят|объект|комплекс).*")) {
                products = productList(c, end, sentTo);
                if (!products.isEmpty()) {
                    after = productEnd(c, end, sentTo);
                }
            }
            if (products.isEmpty()) {
                String premod = premodifierProducts(c, pre, k);
                if (!premod.isEmpty()) {
                    products = List.of(premod);
                }
            }
            if (c.doc.language() != Language.EN && after == end) {
                int quoted = lex.longest("generic-facility", t, k) == null ? quotedNameEnd(c, end) : end; // not "проекта «X»"
                after = quoted > end ? quoted // "кондитерская фабрика «Баян»", "рудник «Южный»": the name in quotes is the plant's own
                        : latinBrandEnd(c, end, sentTo); // "завод Kia", "зауыт Artel": a brand in Latin letters names the plant
            }
            boolean many = facility.value().equals("many");
            if (many && products.size() == 1) {
                List<String> listed = listBefore(c, pre, sentFrom);
                if (!listed.isEmpty()) {
                    listed.add(products.get(0)); // "шина жасау, ыстық мырыштау және мырышталған болат зауыттары"
                    products = listed;
                    pre = Math.max(sentFrom, pre - 1);
                }
            }
            return new Head(k, end, pre, after, many, products, c.orgsIn(pre, k));
        }
        Lexicon.Match activity = lex.longest("activity", t, k);
        if (activity != null && lower && !forBefore(t, k) && !words.licensed(t, k) && !ofInstitution(c, k, sentFrom)) {
            int from = activity.to();
            if (t.isWord(from) && t.lower(from).equals("of")) {
                from++;
            }
            if (c.doc.language() == Language.EN && from == activity.to()) {
                return productBeforeActivity(c, k, activity.to(), sentFrom, sentTo); // "launched pasta production"
            }
            boolean genitive = t.isWord(from) && (c.doc.language() == Language.RU ? RussianAgreement.genitive(t.lower(from), words)
                    : words.genitive(t.lower(from)));
            if (c.doc.language() != Language.EN && !genitive) {
                return null; // "производство сахара", not "объём производства составил"
            }
            List<String> products = productList(c, from, sentTo);
            if (products.isEmpty()) {
                return null;
            }
            // "the production of cars increased by 8.6%" is a statistic: an activity is a project only
            // where a company or a project status stands with it
            if (c.orgsIn(sentFrom, sentTo).isEmpty()
                    && (Status.nearest(lex, "status", t, sentFrom, sentTo, k) == null || holdsFigures(c, sentFrom, sentTo))) {
                return null; // "Выпуск удобрений планируют довести до 3 млн тонн" is a target, not a plant
            }
            int to = productEnd(c, from, sentTo);
            if (c.doc.language() != Language.EN) {
                to = latinBrandEnd(c, to, sentTo); // "производство стекла Orda Glass": the brand names the plant
            }
            return new Head(k, activity.to(), k, to, false, products, List.of());
        }
        return null;
    }

    /**
     * The items listed before a plural facility's own modifier: "tyre, glass and cement plants",
     * "шина жасау, Artel тұрмыстық техникасы және мырышталған болат зауыттары". Items are separated by
     * commas and list joints and end, going back, at the clause's start or at a word that opens no name;
     * the last item is joined by a list joint ("and", "и", "және").
     */
    private List<String> listBefore(DocContext c, int pre, int sentFrom) {
        Tokens t = c.t;
        List<String> items = new ArrayList<>();
        int j = pre;
        if (!(t.isWord(pre - 1) && lex.longest("list-joint", t, pre - 1) != null)) {
            return items; // a list ends "..., B and C plants"; a lone comma is a clause's ("according to the decree, power plants")
        }
        while (j - 1 > sentFrom) {
            int sep = j - 1;
            if (t.isWord(sep) && lex.longest("list-joint", t, sep) != null) {
                sep = t.is(sep - 1, ',') ? sep - 1 : sep;
            } else if (!t.is(sep, ',')) {
                break;
            }
            int itemEnd = sep;
            if (!c.geoIn(itemEnd - 1, itemEnd).isEmpty()) {
                break; // "Атырауский и Павлодарский заводы": towns, not products, are listed (their plants are not read apart yet)
            }
            int itemFrom = itemEnd;
            while (itemFrom - 1 >= sentFrom && t.isWord(itemFrom - 1) && itemEnd - itemFrom < MAX_PRODUCT_TOKENS
                    && lex.longest("list-joint", t, itemFrom - 1) == null && !insideValue(c, itemFrom - 1)
                    && !(c.doc.language() == Language.KK && names.stopsName(t.token(itemFrom - 1)))) {
                itemFrom--;
            }
            while (itemFrom < itemEnd && names.clean(t.token(itemFrom)).isEmpty()) {
                itemFrom++; // "Бұл шина жасау": "Бұл" opens no name
            }
            if (itemFrom >= itemEnd) {
                break;
            }
            items.add(0, new Span(t.start(itemFrom), t.end(itemEnd - 1)).of(t.text()));
            j = itemFrom;
        }
        return items;
    }

    /** After a proper name's facility noun, the end of "of" and the capitalised words it takes ("of Heavy Machine Building"), or k. */
    private static int ofNameEnd(DocContext c, int k, int sentTo) {
        Tokens t = c.t;
        if (!(t.isWord(k) && t.lower(k).equals("of") && t.isWord(k + 1) && t.isCapitalised(k + 1) && t.sameLine(k + 1))) {
            return k;
        }
        int e = k + 1;
        while (e < sentTo && e - k <= 4 && t.isWord(e) && t.isCapitalised(e) && t.sameLine(e)) {
            e++;
        }
        return e;
    }

    /** The end of a capitalised name in «quotes» right after token k, on its line and at most five words long, or k. */
    private static int quotedNameEnd(DocContext c, int k) {
        Tokens t = c.t;
        if (!t.isAnyOf(k, "«\"“") || !t.sameLine(k) || !t.isCapitalised(k + 1)) {
            return k;
        }
        if (c.geoTouching(k, k).stream().anyMatch(h -> h.kind() == Gazetteer.Kind.ZONE && h.from() == k)) {
            return k; // "кәсіпорын «Павлодар» арнайы экономикалық аймағында": the zone it stands in, not its name
        }
        for (int j = k + 2; j < Math.min(t.size(), k + 7) && t.sameLine(j); j++) {
            if (t.isAnyOf(j, "»\"”")) {
                return j + 1;
            }
        }
        return k;
    }

    /** The end of the capitalised Latin-script words right after token k in a Cyrillic text (a brand), or k. */
    private static int latinBrandEnd(DocContext c, int k, int sentTo) {
        int e = k;
        while (e < sentTo && e - k < 3 && c.t.isWord(e) && c.t.sameLine(e) && c.t.isCapitalised(e)
                && c.t.token(e).chars().allMatch(ch -> ch < 0x250) && !insideGeo(c, e)) {
            e++;
        }
        return e;
    }

    /** "на новых предприятиях наладят выпуск": a facility or a zone in the sentence. */
    private boolean namesFacility(DocContext c, int from, int to) {
        for (int k = from; k < to; k++) {
            if (c.t.isWord(k) && lex.longest("facility", c.t, k) != null) {
                return true;
            }
        }
        return c.geoIn(from, to).stream().anyMatch(h -> h.kind() == Gazetteer.Kind.ZONE);
    }

    private boolean holdsFigures(DocContext c, int from, int to) {
        for (int i : c.valuesIn(from, to)) {
            Mention m = c.values.get(i);
            if ((m instanceof QuantityMention || m instanceof kz.zauyt.extract.value.PercentMention
                    || m instanceof kz.zauyt.extract.value.NumberMention) && !capacityOf(c, i)) {
                return true;
            }
        }
        return false;
    }

    /** "мощностью 15 тыс. тонн в год", "with a capacity of 60,000 tonnes": a plant's own size, no statistic. */
    private boolean capacityOf(DocContext c, int i) {
        for (int k = Math.max(0, c.valueFrom[i] - 3); k < c.valueFrom[i]; k++) {
            if (c.t.isWord(k) && lex.longest("capacity-cue", c.t, k) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean forBefore(Tokens t, int k) {
        return t.isWord(k - 1) && (t.lower(k - 1).equals("for") || t.lower(k - 1).equals("the") && t.isWord(k - 2)
                && t.lower(k - 2).equals("for") || t.lower(k - 1).equals("по") || t.lower(k - 1).equals("для"));
    }

    /**
     * "189 projects", "9 новых предприятий" are counts for figures, not facilities. Only a count of the
     * facility's own sentence: a headline ending "...300 миллионов бутылок" counts no plant of the lead.
     */
    private static boolean preceededByCount(DocContext c, int k, int sentFrom) {
        for (int i : c.valuesTouching(k - 3, k + 1)) {
            Mention m = c.values.get(i);
            boolean count = m instanceof kz.zauyt.extract.value.NumberMention
                    || m instanceof QuantityMention q && q.unit().equals("unit");
            if (c.valueTo[i] <= k + 1 && c.valueTo[i] >= k - 3 && c.valueFrom[i] < k && c.valueFrom[i] >= sentFrom && count) {
                return true;
            }
        }
        return false;
    }

    /**
     * The ordinal among the words right before the facility noun ("a second cement plant", «второй цементный
     * завод», «екінші цемент зауыты»: 2), else 1; 0 in a sentence that restates the plant told. Only describing
     * words may stand between: "the second phase of the plant", «второй очереди завода», "second year" count
     * something else.
     */
    private int ordinalOf(DocContext c, Head head, int sentFrom) {
        Tokens t = c.t;
        if (t.isWord(sentFrom) && words.restates(t, sentFrom)) {
            return 0; // "This is the city's second brick plant": the plant told, counted among the town's
        }
        for (int k = head.at; k < head.end; k++) {
            if (t.isWord(k) && words.ordinal(t.lower(k)) == 0) {
                return 1; // "a second production line", «вторую линию»: a part of the plant
            }
        }
        return Math.max(ordinalWord(c, head, sentFrom), 1);
    }

    /**
     * The number an ordinal word among the facility's modifiers says ("a second cement plant" 2, "its existing
     * mill", «действующий завод» 1), or -1 when none stands before a word that ends the modifiers.
     */
    private int ordinalWord(DocContext c, Head head, int sentFrom) {
        Tokens t = c.t;
        for (int k = head.at - 1; k >= Math.max(sentFrom, head.at - 3) && t.isWord(k); k--) {
            String w = t.lower(k);
            int n = words.ordinal(w);
            if (n >= 0) {
                return n;
            }
            if (words.premodifierStop(w) || c.doc.language() == Language.RU && !words.adjective(w)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The quoted name, quotes and all, that a word of naming puts before the facility phrase starting at
     * {@code from} («Сарыөзек-2» атты ...: «Сарыөзек-2»), or null.
     */
    private String calledBefore(DocContext c, int from) {
        Tokens t = c.t;
        int close = from - 2;
        if (close < 1 || !t.isWord(from - 1) || !words.namedBefore(t.lower(from - 1)) || !t.isAnyOf(close, "»\"")) {
            return null;
        }
        for (int k = close - 1; k >= Math.max(0, close - 8) && t.sameLine(k + 1); k--) {
            if (t.isAnyOf(k, "«\"")) {
                return k + 1 < close ? t.text().substring(t.start(k), t.end(close)) : null;
            }
        }
        return null;
    }

    private static boolean insideGeo(DocContext c, int k) {
        for (Gazetteer.Hit h : c.geoTouching(k, k)) {
            if (k >= h.from() && k < h.to()) {
                return true;
            }
        }
        return false;
    }

    /** "the 20,000-tonne-a-year plant": a phrase that starts inside a figure starts with it (the plant's capacity). */
    private static int figureStart(DocContext c, int pre) {
        for (int i : c.valuesTouching(pre, pre)) {
            if (pre > c.valueFrom[i] && pre < c.valueTo[i]) {
                return c.valueFrom[i];
            }
        }
        return pre;
    }

    private static boolean insideValue(DocContext c, int k) {
        for (int i : c.valuesTouching(k, k)) {
            if (k >= c.valueFrom[i] && k < c.valueTo[i]) {
                return true;
            }
        }
        return false;
    }

    /** Token k lies inside a date or a period ("January-August 2024", "в 2025 году"). */
    private static boolean insideTime(DocContext c, int k) {
        for (int i : c.valuesTouching(k, k)) {
            if (k >= c.valueFrom[i] && k < c.valueTo[i]
                    && (c.values.get(i) instanceof DateMention || c.values.get(i) instanceof PeriodMention)) {
                return true;
            }
        }
        return false;
    }

    /** "МДФ тақталарын", "ПВХ профилі": a material's acronym names the product, not a company or a place. */
    private static boolean acronym(Tokens t, int k) {
        String w = t.token(k);
        return w.length() >= 3 && w.length() <= 5 && w.equals(w.toUpperCase(java.util.Locale.ROOT)) && t.isWord(k)
                && w.chars().allMatch(Character::isLetter);
    }

    private static boolean insideOrg(DocContext c, int k) {
        for (Org o : c.orgsTouching(k, k)) {
            if (k >= o.from() && k < o.to()) {
                return true;
            }
        }
        return false;
    }

    private int premodifierStart(DocContext c, int k, int sentFrom) {
        Tokens t = c.t;
        int j = k;
        boolean russian = c.doc.language() != Language.EN;
        int max = sentFrom == c.sentFrom[0] && c.doc.language() == Language.EN ? 2 : MAX_PREMODIFIERS;
        while (j - 1 >= sentFrom && k - j < max) {
            int p = j - 1;
            if (t.isAnyOf(p, "-") && t.touches(p) && t.touches(j) && t.isWord(p - 1)) {
                j = p - 1;
                continue;
            }
            if (!t.isWord(p) && !t.isDigits(p) || insideTime(c, p)) {
                break; // "In January-August 2024 industrial enterprises": a date opens no name
            }
            String w = t.lower(p);
            if (w.length() == 1 && t.isWord(p)) {
                break;
            }
            if (c.doc.language() == Language.KK) {
                // "болат құймаларын шығаратын зауыт": after a participle of making, its object's words too
                int most = t.isWord(k - 1) && words.produceParticiple(t.lower(k - 1)) ? 4 : 2;
                if (t.isCapitalised(p) && !insideOrg(c, p) && !acronym(t, p) || k - j >= most || !c.geoIn(p, p + 1).isEmpty()
                        || insideGeo(c, p) || names.stopsName(w) || names.isStopSuffix(w) // "зауытта шиналар өндірісі" is "шиналар өндірісі"
                        || names.isVerb(w) && !words.produceParticiple(w)) { // "«X» ЖШС салған алтын өңдейтін фабрика": built by X
                    break;
                }
            } else if (russian) {
                // an adjective agreeing with the facility noun, by the dictionary ("второй цех", not "строим цех",
                // "действующих завод"); by its ending where the dictionary does not know it ("Шымкентский завод",
                // not "в Шымкенте завод")
                if (!c.geoIn(p, p + 1).isEmpty() && words.adjective(w)) {
                    // a town's adjective opens the name, by its ending: the dictionary may know "Лисаковский" only as
                    // a surname, and nothing before it ("прежде всего Атырауский ...") is the plant's
                    j = p;
                    break;
                }
                if (words.possessive(w)) {
                    break; // "на своём заводе в Курыке": the company's plant, not "свой завод"
                }
                Boolean agrees = RussianAgreement.agrees(w, t.lower(k));
                if (!(agrees != null ? agrees : words.adjective(w)) && !insideOrg(c, p)) {
                    break;
                }
            } else {
                // "tyre and glass plant"; "mining and processing plant", where the facility noun has its own modifier
                Lexicon.Match noun = j == k ? lex.longest("facility", t, k) : null;
                boolean ownModifier = noun != null && noun.to() > k + 1;
                if (w.equals("and") && (j < k || ownModifier) && t.isWord(p - 1) && !words.premodifierStop(t.lower(p - 1))) {
                    j = p;
                    continue;
                }
                if (words.premodifierStop(w) && !insideOrg(c, p)) {
                    break;
                }
            }
            j = p;
        }
        // a compound cut in two by the limit: "Ust-Kamenogorsk" is one name and keeps its first half; "Turkish-backed"
        // is no name, and its second half without the first opens none
        if (j < k && j - 2 >= sentFrom && t.isAnyOf(j - 1, "-") && t.touches(j - 1) && t.touches(j) && t.isWord(j - 2)) {
            return t.isCapitalised(j) && t.isCapitalised(j - 2) ? j - 2 : j + 1;
        }
        return j;
    }

    /** The lower-case words before a facility noun, without companies, places and "new". */
    private String premodifierProducts(DocContext c, int from, int to) {
        Tokens t = c.t;
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (insideValue(c, k) || numberPart(t, k)) {
                continue;
            }
            if (insideOrg(c, k) || !c.geoIn(k, k + 1).isEmpty() || t.isCapitalised(k) && !openingCommonWord(c, k)
                    || (t.isWord(k) && (words.notProduct(t.lower(k)) || words.vague(t.lower(k)) || t.lower(k).length() < 2))) {
                continue;
            }
            if (b.length() > 0 && !t.touches(k)) {
                b.append(' ');
            }
            b.append(t.isCapitalised(k) ? t.lower(k) : t.token(k)); // only an opening common word gets here capitalised
        }
        return b.toString().strip();
    }

    /** A number, or the letters written onto one ("its 40th shop", "the 3rd line"): no product, no name. */
    private static boolean numberPart(Tokens t, int k) {
        return t.isDigits(k) || t.isWord(k) && t.touches(k) && t.isDigits(k - 1);
    }

    /**
     * "Zerno LLP launched pasta production", "began the production of...": in English a product may stand
     * before the activity. It names a plant only when the product is one the sector table knows, no figure
     * word stands before it, and a company or a stage is told with it ("pasta production rose 5%" is a statistic).
     */
    private Head productBeforeActivity(DocContext c, int k, int end, int sentFrom, int sentTo) {
        int p = k - 1;
        if (p < sentFrom || !c.t.isWord(p) || c.t.isCapitalised(p) || insideValue(c, p) || words.notProduct(c.t.lower(p))
                || words.premodifierStop(c.t.lower(p)) || sectors.classify(c.t.lower(p)) == null) {
            return null;
        }
        if (end < sentTo && c.t.isWord(end) && (lex.longest("facility", c.t, end) != null || lex.longest("list-joint", c.t, end) != null)) {
            return null; // "a leather processing complex", "a lead-zinc mining and processing plant": the facility's words
        }
        Lexicon.Match stage = Status.nearestMatch(lex, "status", c.t, sentFrom, sentTo, k);
        if (stage == null && c.orgsIn(sentFrom, sentTo).isEmpty() || holdsFigures(c, sentFrom, sentTo)) {
            return null;
        }
        return new Head(k, end, p, end, false, List.of(c.t.lower(p)), List.of());
    }

    /** The noun phrases after "production of" / "по производству": "A, B and C" gives three. */
    private List<String> productList(DocContext c, int from, int sentTo) {
        Tokens t = c.t;
        int end = productEnd(c, from, sentTo);
        List<String> items = new ArrayList<>();
        int start = from;
        for (int k = from; k <= end; k++) {
            boolean split = k == end || t.is(k, ',') || t.isWord(k) && (t.lower(k).equals("and") || t.lower(k).equals("и"));
            if (split) {
                if (k > start) {
                    String item = new Span(t.start(start), t.end(k - 1)).of(t.text()).strip();
                    if (!item.isEmpty() && !words.notProduct(item.toLowerCase(Locale.ROOT))) {
                        items.add(item);
                    }
                }
                start = k + 1;
            }
        }
        return items;
    }

    /**
     * "Стекольный завод ТОО «Кентау Шыны»" named after its company is "Кентау Шыны стекольный завод": a common
     * word capitalised only because it opened the sentence goes back to lower case inside the name (a Russian
     * adjective, a product the sector table knows), never a place, a company or a brand.
     */
    private String sentenceCaseDropped(DocContext c, int s, int nameFrom, String nameText) {
        Tokens t = c.t;
        if (nameFrom != c.sentFrom[s] || !nameText.startsWith(t.token(nameFrom)) || !openingCommonWord(c, nameFrom)) {
            return nameText;
        }
        return t.lower(nameFrom) + nameText.substring(t.token(nameFrom).length());
    }

    /** "Cement plant was launched", "Цементный завод запущен": a common word capitalised only as the sentence's first. */
    private boolean openingCommonWord(DocContext c, int k) {
        Tokens t = c.t;
        if (!t.isWord(k) || !t.isCapitalised(k) || k != c.sentFrom[c.sentenceOf(k)] || insideOrg(c, k)
                || !c.geoTouching(k, k).isEmpty()) {
            return false;
        }
        String lower = t.lower(k);
        return c.doc.language() == Language.RU ? words.adjective(lower) && !c.properInside(lower)
                : c.doc.language() == Language.EN && sectors.classify(lower) != null;
    }

    /** A town or region named from token k on, however many words it takes ("Karaganda region"). */
    private static boolean placeStartsAt(DocContext c, int k) {
        for (Gazetteer.Hit g : c.geoTouching(k, k)) {
            if (g.from() == k && g.kind() != Gazetteer.Kind.COUNTRY) {
                return true;
            }
        }
        return false;
    }

    private int productEnd(DocContext c, int from, int sentTo) {
        Tokens t = c.t;
        int k = from;
        while (k < sentTo && k - from < MAX_PRODUCT_TOKENS * 3) {
            if (t.kind(k) == Tokens.SYMBOL && !t.isAnyOf(k, ",-")) {
                break;
            }
            if (t.isDigits(k) || insideOrg(c, k) || t.isWord(k) && words.productStop(t.lower(k))
                    || t.isCapitalised(k) && placeStartsAt(c, k)) {
                break; // "project of Kostanay", "enterprises of Karaganda region": a place, no product ("Holland roses" are one)
            }
            if (t.is(k, ',') && !(t.isWord(k + 1) && !words.productStop(t.lower(k + 1)) && !t.isCapitalised(k + 1))) {
                break;
            }
            if (t.is(k, ',') && (words.determiner(t.lower(k + 1)) || t.lower(k + 1).equals("a") || t.lower(k + 1).equals("an")
                    || lex.anyIn("facility", t, k + 1, Math.min(sentTo, k + 4)))) {
                break; // "table salt, a plant for dry powder": the next item is a plant of its own
            }
            if (c.doc.language() == Language.RU && (predicate(t, k)
                    || t.is(k, ',') && clauseAfter(c, k + 1, sentTo))) {
                break; // "... каустической соды, строительство которого завершается": a clause, no product
            }
            if (t.isWord(k) && t.isCapitalised(k) && k > from && c.doc.language() == Language.EN
                    && !t.isAnyOf(k - 1, "-")) {
                break;
            }
            if (k > from && c.doc.language() != Language.EN && latinBrandEnd(c, k, sentTo) > k) {
                break; // "производство энергосберегающего стекла Orda Glass": the brand, no product
            }
            if (t.isWord(k) && t.lower(k).equals("and") && (t.isWord(k + 1) && words.premodifierStop(t.lower(k + 1))
                    || lex.longest("activity", t, k + 1) != null || lex.longest("status", t, k + 1) != null
                    || lex.longest("status-weak", t, k + 1) != null)) {
                break; // "... and construction of", "... and build an ore-dressing plant"
            }
            if (t.isWord(k) && lex.longest("facility", t, k) != null && k > from && c.doc.language() != Language.EN) {
                break;
            }
            k++;
        }
        while (k > from && (t.is(k - 1, ',') || t.isWord(k - 1) && (t.lower(k - 1).equals("and") || t.lower(k - 1).equals("и")))) {
            k--;
        }
        return k;
    }

    /** Whether the words from k to the next comma hold a finite verb ("инвестиции составят"): a clause, no list item. */
    private static boolean clauseAfter(DocContext c, int k, int sentTo) {
        for (int e = k; e < sentTo && e - k < MAX_PRODUCT_TOKENS && !c.t.is(e, ','); e++) {
            if (predicate(c.t, e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A Russian verb or short form that makes a clause ("составят", "готово"); not the first half of a
     * compound adjective ("санитарно-гигиенической бумаги", "горно-обогатительный"), which the dictionary
     * also reads as a short form.
     */
    private static boolean predicate(Tokens t, int k) {
        return t.isWord(k) && RussianAgreement.finiteVerb(t.lower(k))
                && !(k + 2 < t.size() && t.isAnyOf(k + 1, "-") && t.touches(k + 1) && t.touches(k + 2) && t.isWord(k + 2));
    }

    /**
     * The name of one item of a plural facility's list, in the singular where the language file knows it:
     * "заводы по производству пестицидов, ..." gives "завод по производству пестицидов", "tyre and glass
     * plants" gives "tyre plant"; an item that names its own activity or facility ("производство
     * подшипников", "комбикормовый завод") is its own name.
     */
    private String listedName(DocContext c, Head head, String item) {
        Tokens t = c.t;
        Tokens words = Tokens.of(item);
        for (int k = 0; k < words.size(); k++) {
            if (words.isWord(k) && (lex.longest("activity", words, k) != null || lex.longest("facility", words, k) != null)) {
                return item;
            }
        }
        String one = lex.get("singular", t.lower(head.at));
        String noun = one == null ? t.token(head.at) : one;
        Lexicon.Match intro = head.phraseTo > head.end ? lex.longest("product-intro", t, head.end) : null;
        if (intro != null && t.start(head.end) > t.start(head.at)) {
            return noun + " " + new Span(t.start(head.end), t.end(intro.to() - 1)).of(t.text()) + " " + item;
        }
        return head.phraseTo > head.end && c.doc.language() == Language.RU ? noun + " " + item : item + " " + noun;
    }

    private Draft draft(DocContext c, int s, Head head, List<String> products, int segFrom, int segTo, boolean alone,
                        boolean first, Draft last, boolean firstTold) {
        Tokens t = c.t;
        boolean earlier = last != null;
        // the companies after the facility ("... plant by TVEA company") are its own; those before it only
        // when it is the sentence's first ("LLP Zhetysu Wolfram plans to build ... a plant")
        List<Company> companies = companies(c, head, segTo, first ? c.sentFrom[s] : head.phraseFrom);
        int nameFrom = head.phraseFrom;
        while (nameFrom < head.at && (insideValue(c, nameFrom) || t.isAnyOf(nameFrom, "-$") || numberPart(t, nameFrom)
                || nameFrom > head.phraseFrom && t.isAnyOf(nameFrom - 1, "-") && t.touches(nameFrom))) {
            nameFrom++; // "a US$1 billion copper smelter" is the "copper smelter", "a 12,000-tonne-a-year plant" the "plant"
        }
        String nameText = new Span(t.start(nameFrom), t.end(Math.max(head.phraseTo, head.end) - 1)).of(t.text());
        if (head.plural && products.size() == 1 && head.products.size() > 1) {
            nameText = listedName(c, head, products.get(0));
        } else if (head.products.isEmpty() && !products.isEmpty() && names.clean(nameText).indexOf(' ') < 0) {
            // "began producing cathode materials at a $300 million, 20,000-tonne plant": named by what it makes
            String noun = names.clean(t.token(head.at));
            // English and Kazakh put the product first ("cement plant", "цемент зауыты"), Russian after ("завод цемента")
            String product = names.clean(products.get(0), c.doc.language());
            nameText = c.doc.language() == Language.RU ? noun + " " + product : product + " " + noun;
        }
        String madeBy = names.defaultHead(c.doc.language());
        if (madeBy != null && nameFrom == head.at && isProduceVerb(c, head) && !products.isEmpty()
                && !names.clean(products.get(0), c.doc.language()).isEmpty()) {
            // "Alasha Industrial Holding assembles Arlan buses": a plant told by its making is named by its product
            nameText = names.clean(products.get(0), c.doc.language()) + " " + madeBy;
        }
        boolean named = false; // "the Shubin underground mine": a proper name before the facility
        for (int k = head.phraseFrom; k < head.at; k++) {
            // a capitalised word opening the sentence is no name ("The plant"), unless it names a place's plant ("Атырауский НПЗ")
            named |= t.isCapitalised(k) && (k > c.sentFrom[s] || !names.placeAdjectives(t.token(k)).isEmpty())
                    && c.geoIn(k, k + 1).isEmpty() && !insideGeo(c, k);
        }
        named |= head.phraseTo > head.end && products.isEmpty(); // "завод Kia"
        // "the Kokshetau Mineral Water Plant" is a plant of its own even after another; "the Saran plant" refers back
        boolean properName = named && t.isCapitalised(head.at) && head.at > c.sentFrom[s];
        boolean generic = products.isEmpty() && companies.isEmpty() && head.inside.isEmpty() && !named;
        boolean placed = !c.geoIn(head.end, Math.min(c.sentTo[s], head.end + 4)).isEmpty()
                && lex.longest("generic-facility", t, head.at) == null && !determinerBefore(t, head.phraseFrom)
                && sectors.classify(t.token(head.at)) != null;
        // "initiated the construction of a new full-cycle plant in Kostanai": a plant introduced as new, in
        // a place or with its stage, is a project even before the article names its owner
        // "на новом заводе", "жаңа зауытта": a plant named where something happens is one already told of
        boolean introducedNew = announcedNew(c, head) && lex.longest("oblique-facility", t, head.at) == null && (!c.geoIn(head.end, Math.min(c.sentTo[s], head.end + 4)).isEmpty()
                || Status.nearest(lex, "status", t, c.sentFrom[s], c.sentTo[s], head.at) != null);
        // "approved a second station": a company's next plant is new, however bare its noun (a headline's is the body's)
        int ordinal = ordinalOf(c, head, c.sentFrom[s]);
        boolean next = s > 0 && ordinal > 1 && c.t.isWord(head.at) && lex.longest("generic-facility", t, head.at) == null
                && lex.longest("project-noun", t, head.at) == null; // "a second project", «второе предприятие» stay vague
        // "its second plant ... The company's existing assembly plant built 640 seeders": the first, running beside
        // it (while the story has told no first plant: "at the first station" is the one told)
        boolean running = s > 0 && last != null && last.ordinal > 1 && !firstTold && firstSaid(c, head, c.sentFrom[s]);
        next |= running;
        // "Shipager Pharm LLP, the Astana maker of intravenous solutions, filled ... The plant in the Astana – New City
        // zone worked at 79%": a story that tells its plant first as "the plant", somewhere, has no plant to refer to
        boolean toldFirstByReference = !earlier && s > 0 && !head.plural && determinerBefore(t, head.phraseFrom)
                && lex.longest("generic-facility", t, head.at) == null && !c.geoIn(c.sentFrom[s], c.sentTo[s]).isEmpty();
        if (generic && c.geoIn(head.phraseFrom, head.at).isEmpty() && !placed && !introducedNew && !next && !toldFirstByReference) {
            return null; // "the plant", "завод": a reference back, not a new project
        }
        Lexicon.Match oblique = earlier && head.inside.isEmpty() ? lex.longest("oblique-facility", t, head.at) : null;
        if (oblique != null && oblique.value().equals("reference")) {
            return null; // «Seorim ... компаниясы, ол кәсіпорынның 49 пайызына иелік етеді»: the plant told, in another case
        }
        if (generic && earlier && c.doc.language() != Language.EN && c.geoIn(c.sentFrom[s], c.sentTo[s]).isEmpty()) {
            return null; // «Жаңа зауыт іске қосылған соң ...» after the story's plants: Kazakh and Russian say "the new plant" bare
        }
        for (int k = Math.max(c.sentFrom[s], head.phraseFrom - 2); k < head.end; k++) {
            if (t.isWord(k) && lex.longest("non-industrial", t, k) != null) {
                return null; // "a residential complex", "спортивный комплекс": not industry
            }
        }
        if (head.plural && head.products.size() < 2 && companies.isEmpty() && head.inside.isEmpty() && !named) {
            return null; // "industrial enterprises of the republic produced goods worth": a statistic, no one plant
        }
        if (head.plural && forBefore(t, head.phraseFrom) && companies.isEmpty()) {
            return null; // "a concentrate for the industrial enterprises of Kazakhmys": the buyers, not a project
        }
        boolean introduced = head.phraseTo > head.end; // "plant for the production of X", "завод по выпуску X"
        boolean vagueNoun = lex.longest("generic-facility", t, head.at) != null;
        if (!introduced && !placed && head.inside.isEmpty() && !next
                && (vagueNoun && (products.isEmpty() || companies.isEmpty() && !staged(c, s, head))
                || head.plural && head.products.size() < 2 && !isProduceVerb(c, head))) {
            return null; // "small enterprises", "closed coal mines", "the facility": no one project
        }
        // "The concentrator will belong to a subsidiary, X LLP": the plant told, and who will run it
        boolean noOwnCompany = companies.isEmpty() || onlySubsidiaries(c, s);
        if (head.inside.isEmpty() && !next && !toldFirstByReference && determinerBefore(t, head.phraseFrom) && (!introduced
                && (head.phraseFrom == head.at && noOwnCompany || products.isEmpty() && companies.isEmpty() && earlier && !properName)
                || vagueNoun && companies.isEmpty() && earlier && head.phraseFrom == head.at)) {
            return null; // "the project", "this plant", later "the Saran plant", "within the project to produce X"
        }
        if (last != null && head.inside.isEmpty() && !introduced && !next && noOwnCompany && definiteOpening(c, s) == head.at
                && s - last.sentences.last() <= 1 && (products.isEmpty() || sectors.classify(String.join(" ", products)) == null
                || last.products.stream().anyMatch(products::contains))) {
            // "... a $165 million processing plant at its Bakty deposit. The carbon-in-leach plant would treat ...":
            // the plant of the sentence before, described (a "pasta factory" after a flour mill is another plant)
            return null;
        }
        boolean opensBare = head.at == c.sentFrom[s] && c.doc.language() != Language.EN; // «Завод построен с участием X»: Russian and Kazakh say "the plant" bare
        if (head.inside.isEmpty() && (determinerBefore(t, head.phraseFrom) || opensBare) && head.phraseFrom == head.at && !introduced
                && !named && products.isEmpty() && earlier && (c.doc.language() == Language.KK
                || c.orgsTouching(head.end, Math.min(c.sentTo[s], head.end + 2)).isEmpty())) {
            // (Kazakh names a plant's owner before it: «Кәсіпорынды «X» ЖШС салды» is "X LLP built the enterprise")
            // "Through a local subsidiary, X LLP, the company intends to invest $14 million in the plant": the plant
            // told, and its company (not "the plant of X LLP", a list's item)
            return null;
        }
        // "на заводе ТОО «X»": "завод X", as Russian writes it
        String bareNoun = c.doc.language() == Language.RU && nameFrom == head.at && Math.max(head.phraseTo, head.end) == head.at + 1
                ? names.clean(nameText, Language.RU) : null;
        String called = calledBefore(c, head.phraseFrom);
        if (called != null) {
            nameText = called + " " + nameText; // «Сарыөзек-2» атты жел электр станциясы: «Сарыөзек-2» жел электр станциясы
        }
        boolean ownName = Draft.quoted(nameText); // "фабрика «Баян Сулу»" needs no company before it
        nameText = sentenceCaseDropped(c, s, nameFrom, nameText);
        String name = companies.isEmpty() || ownName || nameText.contains(companies.get(0).name()) ? nameText
                : bareNoun != null && names.isHead(bareNoun) ? bareNoun + " " + companies.get(0).name()
                : names.brand(companies.get(0).name()) + " " + nameText;
        Draft d = new Draft(name.length() > 160 ? name.substring(0, 160) : name, s);
        d.ordinal = ordinal;
        // a plant that takes its products from the activity before it ("производство авто ... на новом заводе")
        // is named by that activity: a later sentence's name for it ("Новый автозавод полного цикла") wins
        d.activity = !(t.isWord(head.at) && lex.longest("facility", t, head.at) != null)
                || head.products.isEmpty() && !products.isEmpty();
        d.companies.addAll(companies);
        d.products.addAll(products);
        d.introducedAnew = s > 0 && t.isWord(head.phraseFrom - 1) && lex.has("indefinite", t.lower(head.phraseFrom - 1)); // not the headline's "a plant"
        // "медная обогатительная фабрика" enriches ore: the kind of facility says more than its product
        String kind = sectors.facilityKind(name);
        d.sector = kind != null ? kind : sector(name, products);
        d.sectorByKind = kind != null;
        d.companySector = companies.isEmpty() ? null : sectors.classify(companies.get(0).name());
        locate(c, d, head, segFrom, segTo, alone ? c.sentFrom[s] : segFrom, alone ? c.sentTo[s] : segTo);
        d.status = running ? "operating" : Status.of(lex, c, s, head.at, segFrom, segTo);
        d.addModifierCapacity(c, head.phraseFrom, head.at);
        d.addValues(c, alone ? c.sentFrom[s] : segFrom, alone ? c.sentTo[s] : segTo, s, lex);
        d.countryHint = countryNear(c, alone ? c.sentFrom[s] : segFrom, alone ? c.sentTo[s] : segTo);
        return d;
    }

    /** "a new plant", "новый завод", "жаңа зауыт": the words before the facility present it as new. */
    private boolean announcedNew(DocContext c, Head head) {
        for (int k = Math.max(c.sentFrom[0], head.phraseFrom - 2); k < head.at; k++) {
            if (c.t.isWord(k) && lex.longest("new-facility", c.t, k) != null) {
                return true;
            }
        }
        return false;
    }

    private boolean isProduceVerb(DocContext c, Head head) {
        Lexicon.Match m = lex.longest("produce-verb", c.t, head.at);
        return m != null && !(c.t.isWord(m.to()) && c.t.lower(m.to()).equals("of"));
    }

    private boolean determinerBefore(Tokens t, int k) {
        return t.isWord(k - 1) && words.determiner(t.lower(k - 1));
    }

    private String sector(String name, List<String> products) {
        String code = sectors.classify(String.join(" ", products));
        return code == null ? sectors.classify(name) : code;
    }

    private void locate(DocContext c, Draft d, Head head, int segFrom, int segTo, int sentFrom, int sentTo) {
        Gazetteer.Hit place = null;
        Gazetteer.Hit region = null;
        Gazetteer.Hit zone = null;
        // after the facility in its own part of the sentence, then before it there ("and in Semey a leather
        // complex was launched"), then anywhere in the sentence
        for (int pass = 0; pass < 3 && place == null && region == null; pass++) {
            List<Gazetteer.Hit> hits = pass == 0 ? c.geoIn(head.phraseFrom, clauseEnd(c, head, segFrom, segTo))
                    : pass == 1 ? nearestFirst(c.geoIn(Math.min(segFrom, head.phraseFrom), head.phraseFrom))
                    : c.geoIn(sentFrom, sentTo);
            for (Gazetteer.Hit h : hits) {
                if (insideOrg(c, h.from())) {
                    continue; // "Tobyl Motors": a company's name, not its place
                }
                if (h.kind() == Gazetteer.Kind.PLACE && place == null && (region == null || region.code().equals(h.code()))) {
                    place = h; // not a town of another region farther off than the region named ("Shymkent city ... ASTANA")
                } else if (h.kind() == Gazetteer.Kind.REGION && region == null) {
                    region = h;
                } else if (h.kind() == Gazetteer.Kind.ZONE && zone == null) {
                    zone = h;
                }
            }
        }
        String code = place != null ? place.code() : region != null ? region.code() : zone != null ? zone.code() : null;
        String placeName = place == null ? null : Places.nominative(place);
        if (code == null && c.docRegion != null) {
            code = c.docRegion;
            placeName = c.docPlace == null ? null : Places.nominative(c.docPlace);
        }
        String zoneTown = place == null && zone != null && (code == null || code.equals(zone.code())) ? Places.ofZone(zone) : null;
        if (zoneTown != null) {
            placeName = zoneTown;
        }
        String zoneName = zone == null ? null : zone.surface().replaceFirst("^(?i)the\\s+", "");
        d.location = new Location(code, placeName, zoneName);
        // "Karaganda bearing plant": an English town's name inside the plant's name may stand for its region
        // («Жезказганский ферросплавный завод» is the town's)
        d.townWritten = place != null && !(c.doc.language() == Language.EN
                && place.from() >= head.phraseFrom && place.from() < head.at);
    }

    /**
     * Where the facility's own part ends when looking after it for its town: "В Аксае строят завод моторных
     * масел, в Уральске запустили производство мешков": past the comma begins another clause, whose town is
     * not this plant's when the plant's own clause named one before it.
     */
    private static int clauseEnd(DocContext c, Head head, int segFrom, int segTo) {
        if (c.geoIn(Math.min(segFrom, head.phraseFrom), head.phraseFrom).isEmpty()) {
            return segTo;
        }
        for (int k = head.end; k < segTo; k++) {
            if (c.t.is(k, ',') || c.t.is(k, ';')) {
                return k;
            }
        }
        return segTo;
    }

    private List<Company> companies(DocContext c, Head head, int segTo, int subjectFrom) {
        List<Company> out = new ArrayList<>();
        List<Org> candidates = new ArrayList<>(head.inside);
        // "... кәсіпорны – «X» ЖШС зауыты", "the Y LLP plant": a company just before the facility noun is its own,
        // though another plant's phrase opened the sentence
        for (Org o : c.orgsTouching(head.phraseFrom - 1, head.phraseFrom)) {
            if (o.to() <= head.at && !candidates.contains(o)) {
                candidates.add(o);
            }
        }
        for (Org o : c.orgsIn(subjectFrom, segTo)) {
            if (!candidates.contains(o)) {
                candidates.add(o);
            }
        }
        Company runs = null;
        for (Org o : candidates) {
            String cue = head.inside.contains(o) ? "operator" : role(c, o);
            if (out.stream().noneMatch(x -> x.name().equalsIgnoreCase(o.name()))) {
                out.add(new Company(o.name(), contractRole(cue), countryOf(c, o)));
                runs = runs == null && cue.equals("subsidiary") ? out.get(out.size() - 1) : runs;
            }
        }
        if (runs != null) {
            // "X Holding has bought Y LLP, which assembles ...", "X, through its subsidiary Y, ...": Y runs the
            // plant and leads its name, X owns it
            Draft.parentsInvest(out, runs);
            out.remove(runs);
            out.add(0, runs);
        }
        return out;
    }

    private String role(DocContext c, Org o) {
        int from = o.from();
        // "backed by Turkey's Anka Cam": the cue stands before the country's possessive
        if (c.t.isWord(from - 1) && c.t.lower(from - 1).equals("s") && c.t.isAnyOf(from - 2, "'’")) {
            for (Gazetteer.Hit h : c.geoTouching(from - 3, from - 3)) {
                if (h.kind() == Gazetteer.Kind.COUNTRY && h.to() == from - 2) {
                    from = h.from();
                }
            }
        }
        if (from >= 3 && c.t.isWord(from - 1) && !c.t.isCapitalised(from - 1) && c.t.isAnyOf(from - 2, "-") && c.t.touches(from - 2)) {
            from -= 3; // "a subsidiary of the Almaty-based X": the cue stands before the company's description
        }
        for (int k = Math.max(0, from - 5); k < from; k++) {
            Lexicon.Match m = lex.longest("role", c.t, k);
            if (m != null && m.to() <= from && from - m.to() <= 2) {
                return m.value();
            }
        }
        // "«A» мен «B» компанияларының бірлескен кәсіпорны": Kazakh (and "X's joint venture") says it after
        for (int k = o.to(); k < Math.min(c.t.size(), o.to() + 6) && !c.t.isAnyOf(k, ".;:"); k++) {
            Lexicon.Match m = c.t.isWord(k) ? lex.longest("role-after", c.t, k) : null;
            if (m != null) {
                return m.value();
            }
        }
        return "operator";
    }

    /**
     * The contract's role for a cue's: a parent or group that owns the plant's company ("a unit of Y",
     * "входит в группу «Y»", "«Y» тобына кіреді") invests in it; a subsidiary runs it.
     */
    private static String contractRole(String cue) {
        return switch (cue) {
            case "owner" -> "investor";
            case "subsidiary" -> "operator";
            default -> cue;
        };
    }

    /** "Chinese company X", "китайская компания «X»", "X (Turkey)", "X from China". */
    private String countryOf(DocContext c, Org o) {
        for (Gazetteer.Hit h : c.geoTouching(o.from() - 2, o.to() + 2)) {
            if (h.kind() != Gazetteer.Kind.COUNTRY) {
                continue;
            }
            if (h.to() <= o.from() && o.from() - h.to() <= 2) {
                return h.code();
            }
            if (h.from() >= o.to() && h.from() - o.to() <= 2 && c.t.sameLine(h.from()) && onlyPointsTo(c.t, o.to(), h.from())) {
                return h.code();
            }
        }
        return HomeCountries.shared().of(o.name()); // the text says none: the name may ("China Gezhouba", "Kia")
    }

    /**
     * "X (Turkey)", "X from China", "X, Korea": only a bracket, a comma or a word of origin ({@code [origin-word]})
     * between; not "X and its Kazakh partners".
     */
    private boolean onlyPointsTo(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!t.isAnyOf(k, "(,-–") && !(t.isWord(k) && lex.has("origin-word", t.lower(k)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "a Chinese investor", "китайская компания", "қытайлық инвестор" (a country word, at most one word, a
     * {@code [country-holder]} noun, no company's name among or just after them) or "investors from Turkey", "инвесторы из Турции" (the noun, an
     * {@code [origin-word]}, the country): a company known by its home country, in the role its noun says.
     */
    private Company countryNear(DocContext c, int from, int to) {
        for (Gazetteer.Hit h : c.geoIn(from, to)) {
            if (h.kind() != Gazetteer.Kind.COUNTRY) {
                continue;
            }
            for (int k = h.to(); k < Math.min(h.to() + 2, to) && c.t.isWord(k); k++) {
                Lexicon.Match m = lex.longest("country-holder", c.t, k);
                if (m != null) {
                    // "the Russian oil company Tatneft", "қазақстандық Allur компаниясы": a named company, not a nameless one
                    if (!c.orgsTouching(h.to(), m.to() + 2).isEmpty()) {
                        break;
                    }
                    return Company.nameless(m.value(), h.code());
                }
            }
            int origin = h.from() - 1;
            if (origin > from && c.t.isWord(origin) && lex.has("origin-word", c.t.lower(origin))) {
                for (int k = Math.max(from, origin - 3); k < origin; k++) {
                    Lexicon.Match m = c.t.isWord(k) ? lex.longest("country-holder", c.t, k) : null;
                    if (m != null && m.to() == origin) {
                        return Company.nameless(m.value(), h.code());
                    }
                }
            }
        }
        return null;
    }
}
