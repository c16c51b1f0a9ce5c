package kz.zauyt.extract.fact;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import kz.zauyt.extract.gazetteer.Gazetteer;
import kz.zauyt.extract.text.Lexicon;
import kz.zauyt.extract.text.Span;
import kz.zauyt.extract.text.Tokens;
import kz.zauyt.extract.value.DateMention;
import kz.zauyt.extract.value.Mention;
import kz.zauyt.extract.value.MoneyMention;
import kz.zauyt.extract.value.QuantityMention;

/** A project being read: filled from its sentence and those that refer back, merged with repeats, then frozen. */
final class Draft {

    private static final Set<String> CAPACITY_UNITS = Set.of("t", "m3", "m2", "MW", "kWh", "unit", "l", "bbl", "head", "kg");

    String name;
    /** Named by an activity ("production of tires", "производство авто"), not by a facility noun. */
    boolean activity;
    /** Introduced as another one ("a roofing felt factory in the town"): a plant of its own, not one told before. */
    boolean introducedAnew;
    final List<Company> companies = new ArrayList<>();
    final List<String> products = new ArrayList<>();
    final TreeSet<Integer> sentences = new TreeSet<>();
    final List<Capacity> capacity = new ArrayList<>();
    String sector;
    /** Whether the sector is the facility kind's ("concentrator"), which says more than any product. */
    boolean sectorByKind;
    /**
     * Which of its company's plants the telling names: 2 for "a second cement plant", 1 when it says none, 0 when
     * it restates the plant told ("This is the town's second brick plant").
     */
    int ordinal = 1;
    /**
     * The industry the company's name says ("Kent Mining", "Tobyl Motors"), used only when nothing of the plant's
     * own does, after the article's tellings are merged: a name's "Майнинг" must not part two tellings of one plant.
     */
    String companySector;
    /** What a counted capacity counts ("70,000 cars"): the plant's industry when nothing else says it. */
    String countedText;
    Location location = Location.UNKNOWN;
    /** Whether the town of {@link #location} is written in the plant's own sentence, not lent by the story. */
    boolean townWritten;
    String status;
    Investment investment;
    Long jobs;
    String expected;
    /** The token where {@link #expected} was read, or -1. */
    int expectedAt = -1;
    /** A company the text knows only by its home country and role ("a Chinese investor"), or null. */
    Company countryHint;

    Draft(String name, int sentence) {
        this.name = name;
        sentences.add(sentence);
    }

    /**
     * "a 40 MW solar power plant", "a 500,000-tonne cement plant": a quantity standing before the
     * facility noun, among its modifiers, is its capacity, with no cue word needed.
     */
    void addModifierCapacity(DocContext c, int from, int to) {
        for (int i : c.valuesIn(from, to)) {
            if (!c.used.get(i) && capacity.isEmpty() && c.values.get(i) instanceof QuantityMention q
                    && CAPACITY_UNITS.contains(q.unit()) && !q.unit().equals("unit")) {
                capacity.add(new Capacity(q.value(), q.unit(), null));
                c.used.set(i);
            }
        }
    }

    /** A one-word name ("plant") takes its first named company's brand: "Qylqalam Paints plant", "Ertis Shyny plant". */
    void brandBareName(NameRules rules) {
        if (name.indexOf(' ') < 0 && !companies.isEmpty() && companies.get(0).named()) {
            name = rules.brand(companies.get(0).name()) + " " + name;
        }
    }

    /** Capacity, investment, jobs and expected date from the values of tokens {@code [from, to)}. */
    void addValues(DocContext c, int from, int to, int sentence, Lexicon lex) {
        boolean added = false;
        for (int i : c.valuesIn(from, to)) {
            if (c.used.get(i)) {
                continue;
            }
            Mention m = c.values.get(i);
            if (m instanceof QuantityMention q && q.unit().equals("job") && jobs == null) {
                jobs = Math.round(q.value());
            } else if (m instanceof kz.zauyt.extract.value.NumberMention n && jobs == null && (employs(lex, c, i) || jobsLabel(lex, c, i))
                    && !building(lex, c, i) && !lex.anyIn("future", "instruction", c.t, from, to)) { // "instructed the plant to hire 60": a target
                jobs = Math.round(n.value()); // "employs about 600 people"
            } else if (m instanceof QuantityMention q && CAPACITY_UNITS.contains(q.unit()) && capacity.isEmpty()
                    && !countedProjects(lex, c, i) && (capacityCue(lex, c, from, to, i) || freeMegawatts(lex, c, i))
                    && !raisedTo(lex, c, i) && !outputByDate(lex, c, i)) { // a plant's megawatts are its capacity however the sentence puts them
                capacity.add(new Capacity(q.value(), q.unit(), per(lex, c.t, c.valueFrom[i], c.valueTo[i])));
                if (q.unit().equals("unit")) {
                    countedText = q.span().of(c.t.text());
                }
            } else if (m instanceof MoneyMention money && investment == null && isInvestment(lex, c, i)) {
                investment = new Investment(money.amount(), money.currency());
            } else if (m instanceof DateMention d && d.value() != null && !"operating".equals(status) && isFuture(c, d.value())
                    && (expected == null || d.value().compareTo(expected) > 0)) {
                expected = d.value(); // the latest: "construction begins this year, commissioning in 2028"
                expectedAt = c.valueFrom[i];
            } else if (m instanceof kz.zauyt.extract.value.PeriodMention p && p.to() != null && !"operating".equals(status)
                    && isFuture(c, p.to()) && (expected == null || p.to().compareTo(expected) > 0)) {
                expected = p.to(); // "в IV квартале 2025 года" is done by 2025-12
                expectedAt = c.valueFrom[i];
            } else {
                continue;
            }
            c.used.set(i);
            added = true;
        }
        if (added) {
            sentences.add(sentence);
        }
        c.projectSentences.set(sentence);
        if (status == null) {
            String st = Status.nearest(lex, "status", c.t, from, to, from);
            if (st != null) {
                status = st;
                sentences.add(sentence);
            }
        }
    }

    /**
     * "has won 100 MW at an auction for a new solar plant": megawatts that modify no noun of their own are the
     * plant's; "the first 120 MW unit of the plant" are a unit's ({@code [figure-end]}: the words after such a figure).
     */
    private static boolean freeMegawatts(Lexicon lex, DocContext c, int i) {
        int next = c.valueTo[i];
        return c.values.get(i) instanceof QuantityMention q && q.unit().equals("MW")
                && (!c.t.isWord(next) || lex.has("figure-end", c.t.lower(next)));
    }

    /** "design capacity", "мощностью", "will produce", "per year": a plant's amount is its capacity, not its output so far. */
    private static boolean capacityCue(Lexicon lex, DocContext c, int from, int to, int i) {
        for (int k = from; k < to; k++) {
            Lexicon.Match cue = c.t.isWord(k) ? lex.longest("capacity-cue", c.t, k) : null;
            if (cue != null && cue.value().equals("up-to") && cue.to() != c.valueFrom[i]) {
                continue; // «до конца августа», "up to the end of the year": no ceiling of this amount
            }
            // "twice as many as a year earlier" compares; it is no rate
            if (cue != null || c.t.isWord(k) && lex.longest("per-year", c.t, k) != null && lex.longest("year-ago", c.t, k) == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * "to increase output up to 240,000 tonnes", "увеличить выпуск до...", "...тоннаға дейін арттыру": the
     * figure a verb of raising governs is where output is headed, not what the plant is built for. The
     * verb stands within a few words before the number, or (Kazakh) just after it.
     */
    static boolean raisedTo(Lexicon lex, DocContext c, int i) {
        return lex.anyIn("raise-verb", c.t, c.valueFrom[i] - 6, c.valueFrom[i]) || lex.anyIn("raise-verb", c.t, c.valueTo[i], c.valueTo[i] + 3);
    }

    /**
     * "the goal of producing 115,000 wheels in 2027": an amount dated right after it, with no word of
     * capacity just before, is output promised for that year (a target), not what the plant is built for.
     */
    static boolean outputByDate(Lexicon lex, DocContext c, int i) {
        boolean dated = false;
        for (int j : c.valuesIn(c.valueTo[i], Math.min(c.t.size(), c.valueTo[i] + 4))) {
            dated |= c.values.get(j) instanceof DateMention d && d.value() != null;
        }
        int cues = Math.max(0, c.valueFrom[i] - 5);
        if (dated) {
            return !lex.anyIn("capacity-cue", c.t, cues, c.valueFrom[i]);
        }
        if (per(lex, c.t, c.valueFrom[i], c.valueTo[i]) == null) {
            // "expects the plant to produce 29,500 tonnes of copper in concentrate this year": the date may close
            // the clause, after the product; an amount "a year" is the plant's size whatever follows it
            int end = c.valueTo[i];
            while (end < Math.min(c.t.size(), c.valueTo[i] + 8) && !c.t.isAnyOf(end, ",;.")) {
                end++;
            }
            for (int j : c.valuesIn(c.valueTo[i], end)) {
                dated |= c.values.get(j) instanceof DateMention d && d.value() != null;
            }
        }
        return dated && !lex.anyIn("capacity-cue", "x", c.t, cues, c.valueFrom[i]) // "capacity", not "to produce"
                && !lex.anyIn("capacity-cue", "up-to", c.t, cues, c.valueFrom[i]);
    }

    /** "Рабочих мест: 120", "Jobs — 350": a label before the number. */
    private static boolean jobsLabel(Lexicon lex, DocContext c, int i) {
        int k = c.valueFrom[i] - 1;
        if (!c.t.isAnyOf(k, ":—–-")) {
            return false;
        }
        for (int j = Math.max(0, k - 3); j < k; j++) {
            Lexicon.Match m = c.t.isWord(j) ? lex.longest("jobs-label", c.t, j) : null;
            if (m != null && m.to() == k) {
                return true;
            }
        }
        return false;
    }

    /** "employs about 600 people", "60 people work here": people counted, with a cue before or just after. */
    static boolean employs(Lexicon lex, DocContext c, int i) {
        int after = c.valueTo[i];
        Lexicon.Match people = c.t.isWord(after) ? lex.longest("people", c.t, after) : null;
        if (people == null) {
            return false;
        }
        for (int k = Math.max(0, c.valueFrom[i] - 4); k < c.valueFrom[i]; k++) {
            if (c.t.isWord(k) && lex.longest("employ-cue", c.t, k) != null) {
                return true;
            }
        }
        return c.t.isWord(people.to()) && lex.longest("employ-after", c.t, people.to()) != null;
    }

    /**
     * "350 people are employed on the construction", "құрылысында 500 адам жұмыс істейді": people at work
     * building the plant, not its jobs. A word of construction within a few words of the number says so,
     * unless the sentence puts the count after the construction ([construction-done]).
     */
    static boolean building(Lexicon lex, DocContext c, int i) {
        int s = c.sentenceOf(c.valueFrom[i]);
        int from = Math.max(c.sentFrom[s], c.valueFrom[i] - 8);
        int to = Math.min(c.sentTo[s], c.valueTo[i] + 8);
        // "after construction, 500 people will work at the plant" tells the plant's jobs
        return lex.anyIn("construction-work", c.t, from, to) && !lex.anyIn("construction-done", c.t, c.sentFrom[s], to);
    }

    /** Companies named in a sentence that tells more about the plant: its partners, contractors, investors. */
    void addCompanies(List<Company> more) {
        for (Company co : more) {
            if (companies.stream().noneMatch(x -> x.name() == null ? co.name() == null : x.name().equalsIgnoreCase(co.name()))) {
                companies.add(co);
            }
        }
    }

    /** The plant's operators so far are the parent of the subsidiary told next: they invest, it runs the plant. */
    void parentsInvest() {
        parentsInvest(companies, null);
    }

    /** Every operator of {@code cos} but {@code runs} owns the plant {@code runs} runs: an investor. */
    static void parentsInvest(List<Company> cos, Company runs) {
        cos.replaceAll(co -> co != runs && co.role().equals("operator") ? new Company(co.name(), "investor", co.country()) : co);
    }

    /** "10 projects", "9 enterprises" are counts, not a plant's capacity (section {@code counted-unit}). */
    private static boolean countedProjects(Lexicon lex, DocContext c, int i) {
        for (int k = c.valueFrom[i]; k < c.valueTo[i]; k++) {
            if (c.t.isWord(k) && lex.has("counted-unit", c.t.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Later than the publication, as precisely as the date says: "2016" and "December 2016" can still be
     * ahead of an article of June 2016, "3 June 2016" (its own dateline) cannot.
     */
    private static boolean isFuture(DocContext c, String date) {
        if (c.doc.published() == null) {
            return true;
        }
        String published = c.doc.published().toString();
        if (date.length() >= 10) {
            return date.compareTo(published) > 0;
        }
        return date.compareTo(published.substring(0, date.length())) >= 0;
    }

    private static boolean isInvestment(Lexicon lex, DocContext c, int i) {
        Tokens t = c.t;
        for (int k = Math.max(0, c.valueFrom[i] - 5); k < c.valueFrom[i]; k++) {
            Lexicon.Match m = lex.longest("not-investment", t, k);
            if (m != null && m.to() <= c.valueFrom[i]) {
                return false;
            }
        }
        return true;
    }

    /** "per year" after the amount, or inside it where the unit took it in ("120 тысяч тонн в год"). */
    private static String per(Lexicon lex, Tokens t, int from, int after) {
        for (int k = Math.max(from + 1, after - 2); k < Math.min(t.size(), after + 3); k++) {
            Lexicon.Match m = lex.longest("per-year", t, k);
            if (m != null) {
                return m.value();
            }
        }
        return null;
    }

    /** Repeats of one project in a document (the headline and the body) become one. */
    static List<Project> merge(List<Draft> drafts, DocContext c, NameRules rules, Lexicon lex, Supplier<Company> sole,
                               Supplier<List<Company>> sides) {
        List<Draft> kept = new ArrayList<>();
        for (Draft d : drafts) {
            Draft same = null;
            for (Draft k : kept) {
                // a restating telling ("Это будет второй завод компании") is of the plant told last
                if ((same == null || d.ordinal == 0 && k.sentences.last() > same.sentences.last())
                        && (k.sameAs(d, rules) || k.ownerNamedBy(d, c))) {
                    same = k;
                    if (d.ordinal != 0) {
                        break;
                    }
                }
            }
            if (same == null) {
                kept.add(d);
            } else {
                same.absorb(d);
            }
        }
        supplierOfTheToldPlant(kept);
        oneOperatorOnePlant(kept);
        Company one = kept.size() <= 2 && kept.stream().allMatch(d -> d.companies.isEmpty()) ? sole.get() : null;
        if (one != null) {
            // a story naming one company and no other tells that company's plant (or its two), though no
            // sentence puts the two together; a round-up of many plants does not lend its one company to the rest
            kept.forEach(d -> {
                d.addCompanies(List.of(one));
                d.brandBareName(rules);
            });
        }
        if (kept.size() == 1 && !kept.get(0).companies.isEmpty()) {
            // a story of one plant: its contractors, investors and foreign partners are that plant's, in
            // whatever sentence the story names them
            kept.get(0).addCompanies(sides.get());
        }
        Set<Integer> told = new HashSet<>();
        kept.forEach(d -> told.addAll(d.sentences));
        for (Draft d : kept) {
            d.stageFromStory(lex, c, told, kept.size() == 1);
        }
        List<Project> out = new ArrayList<>();
        for (Draft d : kept) {
            Project p = d.freeze(c, rules);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * An article about one company's plant calls it many ways: "KamaTyresKz plant", "the tire plant",
     * "production of summer car tires". When a short article names one operator's plant and the other
     * plants it mentions have no owner, no other place and no other industry, they are that plant.
     * Round-ups (more plants, or more owners) are left as they are.
     */
    private static void oneOperatorOnePlant(List<Draft> kept) {
        List<Draft> owned = kept.stream().filter(d -> !d.companies.isEmpty()).toList();
        if (owned.size() != 1 || kept.size() > 3) {
            return;
        }
        Draft owner = owned.get(0);
        // "KamaTyresKz plant" says no industry; "the tire plant" and "production of tires" in its town do, and
        // agree with each other: they are its other names
        Set<String> others = new HashSet<>();
        for (Draft d : kept) {
            if (d != owner) {
                others.add(d.sector == null || !d.samePlaceAs(owner) ? "" : d.sector);
            }
        }
        boolean oneIndustryBeside = others.size() == 1 && !others.contains("") && (owner.sector == null || others.contains(owner.sector));
        // "The fish processing plant in Aralsk has stopped, its owner X said", "X кәсіпорны": the company's plant
        // that says nothing of what it makes, beside the one plant the article tells of, is that plant, even
        // in one sentence
        boolean bareBesideOne = kept.size() == 2 && owner.products.isEmpty() && owner.sector == null;
        List<Draft> same = new ArrayList<>(List.of(owner));
        for (Draft d : kept) {
            if (d != owner && numbered(d.name) != null && !numbered(d.name).equals(numbered(owner.name))) {
                continue; // "next to the company's existing 50 MW Shu-1 station": a numbered plant is a plant of its own
            }
            if (d != owner && (d.anotherProduct(owner) || d.ordinal != owner.ordinal)) {
                continue;
            }
            // a sentence naming plants of two industries is a list; "the tire plant ... production of tires" is not
            boolean listed = kept.stream().anyMatch(o -> o != d && o.sentences.first().equals(d.sentences.first())
                    && !(oneIndustryBeside && o != owner));
            boolean elsewhere = d.placedApartFrom(owner);
            if (d != owner && !elsewhere && d.sameRegionAs(owner)
                    && (bareBesideOne || !listed && (oneIndustryBeside || d.sameIndustryAs(owner)))) {
                same.add(d);
            }
        }
        // the first telling (the headline's) keeps its name and takes what the others add
        Draft first = same.stream().min(java.util.Comparator.comparing(d -> d.sentences.first())).orElseThrow();
        for (Draft d : same) {
            if (d != first) {
                first.absorb(d);
                kept.remove(d);
            }
        }
    }

    /**
     * "The Chinese company X will supply the furnaces for the plant": a plant told only with companies that
     * build, supply, finance or partner it, saying nothing of what it makes, is the plant told just before
     * (the nearest earlier one of its region and town), not one of its own.
     */
    private static void supplierOfTheToldPlant(List<Draft> kept) {
        for (int i = kept.size() - 1; i > 0; i--) {
            Draft d = kept.get(i);
            boolean backers = !d.companies.isEmpty() && d.companies.stream().noneMatch(x -> x.role().equals("operator"));
            if (!backers || !d.products.isEmpty() || d.sector != null || numbered(d.name) != null) {
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                Draft told = kept.get(j);
                if (told.sentences.first() < d.sentences.first() && d.sameRegionAs(told) && !d.placedApartFrom(told)) {
                    String stage = told.status;
                    told.absorb(d);
                    if (stage != null) {
                        told.status = stage; // a supplier's sentence says where the supply stands, not the plant
                    }
                    kept.remove(i);
                    break;
                }
            }
        }
    }

    /** The number a name gives its plant ("Shu-1 station", "ТЭЦ-3": a capitalised word, a hyphen, a digit), or null. */
    private static String numbered(String name) {
        java.util.regex.Matcher m = NUMBERED.matcher(name);
        return m.find() ? m.group() : null;
    }

    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}]*-\\d(?!\\d)");

    /**
     * "KIA will launch production in October 2025 ... The plant began to be built in October 2023": a plan
     * the story also reports under way is under way. When the project's own sentence promises (or says
     * nothing), the most advanced stage another of its sentences reports as done or going on wins.
     */
    private void stageFromStory(Lexicon lex, DocContext c, Set<Integer> told, boolean alone) {
        if (status != null && !status.equals("planned") && !status.equals("proposed")) {
            return;
        }
        // the story of an article's only plant is all of it: "Serial production started yesterday" says
        // where a plant stands whose own sentences say nothing
        Iterable<Integer> story = alone && status == null
                ? java.util.stream.IntStream.range(0, c.sentences()).boxed().toList() : sentences;
        int best = 0;
        String stage = null;
        for (int s : story) {
            if (!sentences.contains(s) && wider(c, s)) {
                continue; // "Kazakhstan produced 498,000 tonnes of refined copper in 2021": the country's output, not the plant's stage
            }
            String st = Status.reported(lex, c, s);
            int leadIn = Status.leadIn(c, s);
            if (st == null && !Status.promises(lex, c, s) && !(leadIn >= 0 && Status.promises(lex, c, leadIn))) {
                st = Status.nearest(lex, "status-weak", c.t, c.sentFrom[s], c.sentTo[s], c.sentFrom[s]); // "Construction of the plant began in April"
            }
            int rank = st == null ? 0 : switch (st) {
                case "construction" -> 1;
                case "commissioning" -> 2;
                case "operating" -> 3;
                default -> 0;
            };
            if (rank > best) {
                best = rank;
                stage = st;
            }
        }
        if (stage != null) {
            status = stage;
        } else if ("planned".equals(status) && onPaper(lex, c, told)) {
            status = "proposed";
        }
    }

    /** Whether sentence s tells of a country's or region's whole: it opens on one ("Kazakhstan produced ..."). */
    static boolean wider(DocContext c, int s) {
        for (Gazetteer.Hit h : c.geoIn(c.sentFrom[s], Math.min(c.sentTo[s], c.sentFrom[s] + 3))) {
            if (h.kind() == Gazetteer.Kind.COUNTRY || h.kind() == Gazetteer.Kind.REGION) {
                return true;
            }
        }
        return false;
    }

    /**
     * "A Chinese company plans to build a cement plant. A memorandum was signed at the forum": a plan the
     * story reports as a memorandum or an intention is on paper, not yet decided. Its own sentences count,
     * and a sentence beside one of them that tells no other project.
     */
    private boolean onPaper(Lexicon lex, DocContext c, Set<Integer> told) {
        for (int s : sentences) {
            for (int n = Math.max(0, s - 1); n <= Math.min(c.sentFrom.length - 1, s + 1); n++) {
                boolean own = sentences.contains(n) || !told.contains(n);
                if (own && lex.anyIn("proposed-story", c.t, c.sentFrom[n], c.sentTo[n])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a name carries the plant's own name in quotes («Баян Сулу», «Шелек-2»). */
    static boolean quoted(String name) {
        return name.indexOf('«') >= 0 || name.indexOf('"') >= 0;
    }

    private boolean samePlaceAs(Draft o) {
        return location.place() != null && location.place().equals(o.location.place());
    }

    /** Two towns named, and different ones: the two tellings are of plants apart. */
    private boolean placedApartFrom(Draft o) {
        return location.place() != null && o.location.place() != null && !samePlaceAs(o);
    }

    /** A town, not a district, which may hold another town. */
    private static boolean town(String place) {
        Gazetteer.Entry e = Gazetteer.shared().place(place);
        return e != null && !e.type().equals("district");
    }

    private boolean sameRegionAs(Draft o) {
        return location.region() == null || o.location.region() == null || location.region().equals(o.location.region());
    }

    /** Equal sectors; or one unknown, when one of the two is the headline's plant (the headline's plant is the body's). */
    private boolean sameIndustryAs(Draft o) {
        if (sector != null && o.sector != null) {
            return sector.equals(o.sector);
        }
        return (sector != null || o.sector != null) && (sentences.first() == 0 || o.sentences.first() == 0);
    }

    private boolean sameAs(Draft o, NameRules rules) {
        // "plans to build a second cement plant": not the one it runs; a headline may not say which it is (until the
        // body has told it as the first), and "This will be the company's second mill" restates the plant told (0)
        boolean unsaidInHeadline = ordinal == 1 && sentences.last() == 0 || o.ordinal == 1 && o.sentences.last() == 0;
        if (ordinal != o.ordinal && !unsaidInHeadline && ordinal != 0 && o.ordinal != 0) {
            return false;
        }
        if (sentences.first().equals(o.sentences.first()) && !name.equals(o.name)) {
            return false; // "plants for A, B and C": a list names different plants
        }
        if (anotherProduct(o) || o.anotherProduct(this)) {
            return false;
        }
        Set<String> here = rules.placeAdjectives(name);
        Set<String> there = rules.placeAdjectives(o.name);
        if (!here.isEmpty() && !there.isEmpty() && java.util.Collections.disjoint(here, there)) {
            return false; // "Атырауский НПЗ" and "Павлодарский НПЗ": two towns' plants
        }
        Set<String> mine = companyKeys();
        Set<String> theirs = o.companyKeys();
        if (!mine.isEmpty() && !theirs.isEmpty()) {
            mine.retainAll(theirs);
            // one company's plant told twice: its products agree, or one telling names none ("X's plant in Y",
            // "the X spinning mill"); two products of one company are two plants
            return !mine.isEmpty() && (sector == null || o.sector == null || sector.equals(o.sector))
                    && (productsOverlap(o) || (products.isEmpty() || o.products.isEmpty()) && !placedApartFrom(o));
        }
        if (location.region() != null && o.location.region() != null && !location.region().equals(o.location.region())
                || townWritten && o.townWritten && placedApartFrom(o) && town(location.place()) && town(o.location.place())) {
            return false; // "a plant in Karaganda" and "the group's battery plant in Saran", each town written: two plants
        }
        boolean headline = sentences.first() == 0 || o.sentences.first() == 0;
        // "завод по выпуску труб" in the headline, "... полиэтиленовых труб" in the body: the vaguer product's
        // industry (steel pipes) does not part it from the one the body makes precise
        boolean sectorsAgree = sector == null || o.sector == null || sector.equals(o.sector)
                || headline && (narrows(o) || o.narrows(this));
        boolean sameSector = sector != null && sector.equals(o.sector);
        return sectorsAgree && (headline ? sameSector || productsOverlap(o) : productsSimilar(o));
    }

    /** Whether every word of this telling's products stands in the other's (the other says the same product more precisely). */
    private boolean narrows(Draft o) {
        if (products.isEmpty() || o.products.isEmpty()) {
            return false;
        }
        Set<String> theirs = new HashSet<>();
        for (String p : o.products) {
            theirs.addAll(List.of(p.toLowerCase(Locale.ROOT).split("\\s+")));
        }
        for (String p : products) {
            for (String w : p.toLowerCase(Locale.ROOT).split("\\s+")) {
                if (!theirs.contains(w)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * "Russia's Tatneft has begun making tires at a tire plant in Saran ... who chairs Tatneft's board, said
     * that KamaTyresKz, a joint venture, began making tires at a new plant in Saran": two owners, one plant,
     * when the one telling names the other's company in its own sentence and both give one town (or one gives
     * none: "Y has set the plant the goal of...") and no
     * two industries or products. Two plants of one town and industry in a round-up name no owner of the other.
     */
    private boolean ownerNamedBy(Draft o, DocContext c) {
        if (companies.isEmpty() || o.companies.isEmpty() || ordinal != o.ordinal || placedApartFrom(o) || !sameRegionAs(o)
                || location.place() == null && o.location.place() == null || sector != null && o.sector != null && !sector.equals(o.sector)
                || sentences.first().equals(o.sentences.first())
                || !products.isEmpty() && !o.products.isEmpty() && !productsOverlap(o)) {
            return false; // "Hansol's car plant ... Orda Auto Group's bus plant": one owner's two plants
        }
        return names(c, o.sentences, companies) || names(c, sentences, o.companies);
    }

    /** Whether one of {@code sentences} writes the name of one of {@code companies} ("Tatneft's board"). */
    private static boolean names(DocContext c, Set<Integer> sentences, List<Company> companies) {
        for (int s : sentences) {
            String text = c.t.text().substring(c.t.start(c.sentFrom[s]), c.t.end(c.sentTo[s] - 1));
            for (Company co : companies) {
                if (co.name() != null && co.name().length() >= 3 && text.contains(co.name())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Separately, a brick factory in the town started up": introduced as one more, of another product than a
     * plant the body has told, it is another plant. (The body's first telling of a headline's plant is
     * introduced too: "Chinese yarn plant next" over "a cotton spinning mill to be built".)
     */
    private boolean anotherProduct(Draft told) {
        return introducedAnew && sector != null && !products.isEmpty() && !told.products.isEmpty() && !productsOverlap(told)
                && told.sentences.last() > 0;
    }

    private boolean productsOverlap(Draft o) {
        Set<String> a = stems(products, name);
        Set<String> b = stems(o.products, o.name);
        a.retainAll(b);
        return !a.isEmpty();
    }

    /** Without a company to go by, most of the product words must agree ("tractor assembly plant" ~ "plant for tractors"). */
    private boolean productsSimilar(Draft o) {
        Set<String> a = stems(products, name);
        Set<String> b = stems(o.products, o.name);
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return !inter.isEmpty() && inter.size() * 2 >= union.size();
    }

    private static Set<String> stems(List<String> products, String name) {
        Set<String> out = new HashSet<>();
        List<String> all = new ArrayList<>(products);
        if (products.isEmpty()) {
            all.add(name);
        }
        for (String p : all) {
            for (String w : p.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (w.isEmpty()) {
                    continue;
                }
                boolean cyrillic = w.charAt(0) >= 0x400 && w.charAt(0) <= 0x4FF;
                int stem = cyrillic ? 4 : 5; // Russian endings vary more: "стекольного", "стекла"
                if (w.length() >= 4) {
                    out.add(w.substring(0, Math.min(stem, w.length())));
                }
            }
        }
        return out;
    }

    private Set<String> companyKeys() {
        Set<String> out = new HashSet<>();
        for (Company co : companies) {
            out.add(co.name().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""));
        }
        return out;
    }

    private void absorb(Draft o) {
        ordinal = Math.max(ordinal, o.ordinal);
        // "Ortau Mining signs contract for copper concentrator" over "... will belong to a subsidiary, Tamdy
        // Copper LLP": the body says who invests and who runs it, where a headline names a company bare
        boolean runByAnother = o.companies.stream().anyMatch(co -> co.role().equals("operator"));
        for (Company co : o.companies) {
            int same = -1;
            for (int i = 0; i < companies.size(); i++) {
                String name = companies.get(i).name();
                if (name == null ? co.name() == null : name.equalsIgnoreCase(co.name())) {
                    same = i;
                }
            }
            if (same < 0) {
                companies.add(co);
            } else if (runByAnother && co.role().equals("investor") && companies.get(same).role().equals("operator")) {
                companies.set(same, co);
            }
        }
        if (countryHint == null) {
            countryHint = o.countryHint;
        }
        sentences.addAll(o.sentences);
        if (activity && !o.activity) {
            name = o.name; // "производство авто" is "новый автозавод полного цикла": a facility is named by its noun
            activity = false;
        }
        if (narrows(o) && !o.narrows(this)) {
            name = o.name; // the body's "завод по выпуску полиэтиленовых труб" says more than the headline's
            sector = o.sector == null ? sector : o.sector;
        }
        if (quoted(o.name) && !quoted(name)) {
            name = o.name; // the body's «Шелек-2» жел электр станциясы names the headline's "жел электр станциясы"
        }
        if (o.sectorByKind && !sectorByKind) {
            sector = o.sector; // the headline's "copper mill" is the body's "copper concentrator": ore dressing
            sectorByKind = true;
        }
        sector = sector == null ? o.sector : sector;
        companySector = companySector == null ? o.companySector : companySector;
        // the body says more precisely than the headline where a project stands
        status = status == null || sentences.first() == 0 && o.status != null ? o.status : status;
        investment = investment == null ? o.investment : investment;
        jobs = jobs == null ? o.jobs : jobs;
        expected = expected == null ? o.expected : expected;
        if (capacity.isEmpty()) {
            capacity.addAll(o.capacity);
        }
        if (location.region() == null || location.place() == null && o.location.place() != null
                && o.location.region() != null && o.location.region().equals(location.region())) {
            location = o.location;
        }
        addProducts(o.products);
    }

    /** Adds the products not yet listed, in their order. */
    void addProducts(List<String> more) {
        for (String p : more) {
            if (!products.contains(p)) {
                products.add(p);
            }
        }
    }

    /**
     * The project as the document gives it, its name and products trimmed to noun phrases; null when
     * nothing of a name is left and neither a company nor a product says which plant it is ("the same
     * plant", "a very important plant": a reference, not a project).
     */
    private Project freeze(DocContext c, NameRules rules) {
        List<String> cleanProducts = new ArrayList<>();
        for (String p : products) {
            String clean = rules.clean(p);
            if (!clean.isEmpty() && !cleanProducts.contains(clean)) {
                cleanProducts.add(clean);
            }
        }
        String cleanName = rules.clean(name, c.doc.language());
        // "same plant" -> "plant"; a word only put in the nominative ("мясокомбината") was not trimmed
        boolean trimmedToNoun = cleanName.indexOf(' ') < 0 && name.strip().indexOf(' ') >= 0;
        // a noun that says its industry by itself ("жаңа ЖЭО", "новая ТЭЦ": a CHP plant) is one plant, not a reference
        // "approved a second station": a company's next plant is one of its own, however bare its noun
        if (cleanName.isEmpty() || trimmedToNoun && companies.isEmpty() && cleanProducts.isEmpty() && sector == null && ordinal <= 1) {
            return null;
        }
        List<Company> cos = withHint(countryHint, companies);
        String industry = sector == null ? companySector : sector;
        List<Span> evidence = new ArrayList<>();
        for (int s : sentences) {
            evidence.add(c.evidence(s));
        }
        return new Project(cleanName, cos, location, industry, cleanProducts, capacity, investment,
                jobs, status, expected, evidence);
    }

    /**
     * The companies with the one the text knows only by its country ("a Chinese investor", "китайская
     * компания"): that country goes to the named company of the cue's role that lacks one; with no company
     * of that role it stays a company with no name. Nothing changes when a company already has that country.
     */
    static List<Company> withHint(Company hint, List<Company> companies) {
        List<Company> cos = new ArrayList<>(companies);
        if (hint == null || cos.stream().anyMatch(co -> hint.country().equals(co.country()))) {
            return cos;
        }
        for (int i = 0; i < cos.size(); i++) {
            Company co = cos.get(i);
            if (hint.role().equals(co.role())) {
                if (co.country() == null) {
                    cos.set(i, new Company(co.name(), co.role(), hint.country()));
                }
                return cos;
            }
        }
        cos.add(hint);
        return cos;
    }
}
