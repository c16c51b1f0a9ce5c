package kz.zauyt.extract.fact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.zauyt.extract.gazetteer.Gazetteer;
import kz.zauyt.extract.text.Lexicon;
import kz.zauyt.extract.text.RussianMorphology;
import kz.zauyt.extract.text.Tokens;
import kz.zauyt.extract.value.DateMention;
import kz.zauyt.extract.value.FactorMention;
import kz.zauyt.extract.value.Mention;
import kz.zauyt.extract.value.MoneyMention;
import kz.zauyt.extract.value.NumberMention;
import kz.zauyt.extract.value.PercentMention;
import kz.zauyt.extract.value.PeriodMention;
import kz.zauyt.extract.value.QuantityMention;

/**
 * Indicators and targets: every amount that no project took, in a sentence that names what it
 * measures (a cue of the metric vocabulary; numbers in sport, weather and court news name nothing of
 * it and stay out). A sentence that promises ("plans", "instructed", "будет", "к 2025 году") makes
 * targets, any other indicators. An amount beside its growth ("increased by 5.2% and amounted to 7.1
 * trillion tenge") is one indicator with its change.
 */
final class FigureFinder {

    private static final int CHANGE_WINDOW = 14;
    /** How far from a value its cues are looked for, so that a sentence of many values stays linear. */
    private static final int WINDOW = 40;
    /** How many words either side of a percent may say it is a fall ({@link #fell}). */
    private static final int SIGN_WINDOW = 6;

    private final Lexicon facts;
    private final Lexicon metrics;

    /** Who sets targets for the whole country ({@code [set-by]} values): their promises are national unless a place is named. */
    private static final Set<String> NATIONAL = Set.of("Prime Minister", "President", "Government", "Ministry of Industry");

    FigureFinder(Lexicon facts, Lexicon metrics) {
        this.facts = facts;
        this.metrics = metrics;
    }

    record Figures(List<Indicator> indicators, List<Target> targets) {
    }

    Figures find(DocContext c) {
        List<Indicator> indicators = new ArrayList<>();
        List<Integer> indicatorSentence = new ArrayList<>();
        BitSet indexes = new BitSet();
        List<Target> targets = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        Map<String, Integer> headlineFigures = new HashMap<>(); // a headline's figure to its place in its list
        Period lastPeriod = null;
        Period storyPeriod = null;
        String lastDeadline = null;
        String horizon = null;
        String[] lastPercentMetric = null;
        int lastPercentSentence = -10;
        for (int s = 0; s < c.sentences(); s++) {
            if (c.startsParagraph(s)) {
                // "Industrial output in 2018 rose by 4.1%. ¶ Atyrau region leads with 110.6%": a statistics story
                // states its period once, and its later paragraphs of figures go on in it
                lastPeriod = storyPeriod;
                lastPercentMetric = null;
            }
            Period period = period(c, s);
            if (period != null) {
                lastPeriod = period;
            }
            String stated = horizon(c, s);
            horizon = stated != null ? stated : horizon;
            if (notIndustry(c, s)) {
                continue; // a bank's profit, a club's budget, a court's fine
            }
            boolean sentencePromise = promise(c, s) || listItemOfPromise(c, s);
            List<Integer> vals = c.valuesIn(c.sentFrom[s], c.sentTo[s]);
            Set<Integer> changes = new HashSet<>();
            for (int idx = 0; idx < vals.size(); idx++) {
                int i = vals.get(idx);
                if (c.used.get(i) || changes.contains(i)) {
                    continue;
                }
                Mention m = c.values.get(i);
                boolean promise = promiseFor(c, s, i, sentencePromise);
                // Output a plant is to be raised to ("довести выпуск до 45 тыс. машин") is a target, not the plant's own figure.
                boolean raised = m instanceof QuantityMention && Draft.raisedTo(facts, c, i);
                // "in 2026 the plant plans to turn out 40,000 tonnes": promised output by a date is a target, not its capacity
                boolean dated = promise && m instanceof QuantityMention q0 && !q0.unit().equals("job") && deadline(c, s, i) != null
                        && !designCapacity(c, i) && per(c, i, "", q0.unit()) == null;
                if (c.projectSentences.get(s) && (m instanceof MoneyMention || !raised && (promise && !dated && m instanceof QuantityMention
                        && !countOfUnits(c, i)
                        || m instanceof QuantityMention q && (q.unit().equals("job") || q.unit().equals("unit") && !countOfUnits(c, i) && !dated
                        && (promise || !madeInPeriod(c, s)))))) {
                    continue; // a plant's own investment, jobs and promised output belong to the plant
                }
                double value;
                String unit;
                int elided = -1;
                boolean employed = false;
                boolean workforce = false;
                Change change = null;
                if (m instanceof MoneyMention money && money.to() == null) {
                    value = money.amount();
                    unit = money.currency();
                } else if (m instanceof QuantityMention q && q.to() == null) {
                    if (distance(c, i, q) || sizeOfOne(c, i)) {
                        continue; // "50 km west of Karaganda", «в 14 км от первой»: where a site is, not a figure
                    }
                    value = q.value();
                    unit = q.unit();
                } else if (m instanceof PercentMention p && p.to() == null) {
                    if (facts.anyIn("stake", c.t, c.valueTo[i], Math.min(c.sentTo[s], c.valueTo[i] + 3))
                            || facts.anyIn("stake", "verb", c.t, c.valueTo[i], Math.min(c.sentTo[s], c.valueTo[i] + 8))
                            || facts.anyIn("stake", "owns", c.t, Math.max(c.sentFrom[s], c.valueFrom[i] - 2), c.valueFrom[i])) {
                        continue; // "holds a 40% stake", "51% акций", «51 пайызы ... тиесілі»: who owns the plant, no figure of industry
                    }
                    if (metrics.anyIn("readiness", "after", c.t, c.valueTo[i], Math.min(c.sentTo[s], c.valueTo[i] + 2))
                            || metrics.anyIn("readiness", "before", c.t, Math.max(c.sentFrom[s], c.valueFrom[i] - 4), c.valueFrom[i])) {
                        continue; // "70% built", «готовность объекта — 70%», «дайындығы 70 пайыз»: how far a site is, no figure of industry
                    }
                    int partner = amountBeside(c, vals, idx);
                    if (partner >= 0 && !promise) {
                        changes.add(i);
                        continue; // read with its amount
                    }
                    value = p.value();
                    unit = "%";
                    if (!promise && !index(c, s, i) && (p.value() < 50 || byBefore(c, i)) && fell(c, s, i)) {
                        // a level over 50% beside a fall is an index ("contracted in Pavlodar region (97.9%)"),
                        // unless the change is said ("fell by 60%")
                        value = -value; // "refining fell by 3.1%" is a change of -3.1%
                    }
                } else if (m instanceof FactorMention f) { // "grew 1.8 times", "will increase by 34 times"
                    int restated = amountBeside(c, vals, idx);
                    if (promise && restated >= 0 && facts.anyIn("restate", c.t, c.valueTo[i], c.valueFrom[vals.get(restated)])) {
                        continue; // "увеличить производство в десять раз, то есть выпустить 30 тыс.": the amount is the target
                    }
                    value = Math.round((f.value() - 1) * 1e6) / 1e4; // 1.6 times is 60%, not 60.00000000000001%
                    unit = "%";
                } else if (m instanceof NumberMention n && n.to() == null && n.value() > 0 && n.value() < 1 && shareOf(c, i)) {
                    value = Math.round(n.value() * 1000) / 10.0; // "a fifth of its output" is 20 %, "треть продукции" 33.3 %
                    unit = "%";
                } else if (m instanceof NumberMention n && n.to() == null && Draft.employs(facts, c, i) && Draft.building(facts, c, i)) {
                    value = n.value(); // "600 builders are working on the site": the construction's workforce, a figure of its own
                    unit = "job";
                    workforce = true;
                } else if (m instanceof NumberMention n && n.to() == null && promise && Draft.employs(facts, c, i)) {
                    if ((c.projectSentences.get(s) || aboutOnePlant(c, s))
                            && !facts.anyIn("future", "instruction", c.t, c.sentFrom[s], c.sentTo[s])) { // an akim's "hire 500 residents" is a target
                        continue; // "the smelter will employ 1,200 people": one plant's jobs, not the economy's
                    }
                    value = n.value(); // "plan to ... employ as many as 20,000 people", "900 people will be employed"
                    unit = "job";
                    employed = true;
                } else if (m instanceof NumberMention n && n.to() == null && numberOf(c, s, i)) {
                    value = n.value(); // "the number of active enterprises reached 14,700": a count
                    unit = "unit";
                    int pct = bracketedPercentAfter(c, vals, idx);
                    if (pct >= 0) {
                        change = new Change(((PercentMention) c.values.get(pct)).value(), "yoy"); // "14,700 (+30%)"
                        changes.add(pct);
                    }
                } else if (m instanceof NumberMention n && n.to() == null && promise && (elided = elidedAmount(c, vals, idx)) >= 0) {
                    // "would produce 400,000 wheels this year and aimed to reach 1 million in 2024": the amount's unit
                    // and metric are the ones told before it
                    value = n.value();
                    unit = ((QuantityMention) c.values.get(vals.get(elided))).unit();
                } else if (m instanceof NumberMention n && n.to() == null && afterTo(c.t, c.valueFrom[i])) {
                    value = n.value();
                    unit = "unit";
                } else {
                    continue;
                }
                if (!promise && (m instanceof MoneyMention || m instanceof QuantityMention)) {
                    int pct = percentBeside(c, vals, idx);
                    if (pct >= 0 && againstPlan(c, pct)) {
                        changes.add(pct); // "4% more than planned": against the plan, not the year before
                        pct = -1;
                    }
                    if (pct >= 0) {
                        double percent = ((PercentMention) c.values.get(pct)).value();
                        if (index(c, s, pct) && IndexGrowth.isIndex(percent)) {
                            percent = IndexGrowth.growth(percent); // "индекс физического объема 104,2%" is +4.2%
                        } else if (fell(c, s, pct)) {
                            percent = -percent;
                        }
                        change = new Change(percent, "yoy");
                        changes.add(pct);
                    } else if (!sentencePromise) { // "will increase fish by 34 times while exports grow from 4,200 tonnes"
                        int factor = factorBeside(c, vals, idx);
                        if (factor >= 0) {
                            // "96 млн бөтелке шығарды, бұл 2022 жылмен салыстырғанда 1,2 есе көп": the amount's growth
                            double times = ((FactorMention) c.values.get(factor)).value();
                            change = new Change(Math.round((times - 1) * 1e6) / 1e4, "yoy");
                            changes.add(factor);
                        }
                    }
                }
                // jobs are jobs, whatever other cue stands nearer ("launch 12 facilities and create 1,800 jobs")
                String[] metric = workforce ? new String[] {"workers employed in construction", ""}
                        : employed || unit.equals("job") ? new String[] {"new jobs", ""}
                        : metric(c, s, i);
                if (metric == null && elided >= 0) {
                    metric = metric(c, s, vals.get(elided)); // the amount told before names what the bare number counts
                }
                if (metric == null && m instanceof QuantityMention q && q.unit().equals("unit") && c.t.isWord(c.valueTo[i] - 1)) {
                    // "10 new greenhouses will be built", "9 жаңа зауыт ашылды": a count of facilities is a figure of its own
                    Lexicon.Match noun = facts.longest("facility", c.t, c.valueTo[i] - 1);
                    if (noun != null && noun.value().equals("many")) {
                        boolean english = c.doc.language() == kz.zauyt.extract.text.Language.EN;
                        metric = new String[] {english ? c.t.lower(c.valueTo[i] - 1) : "new facilities", ""}; // metrics are English
                    }
                }
                if (m instanceof QuantityMention && (metric == null || metric[0].endsWith("production")) && shippedAbroad(c, s)) {
                    metric = new String[] {"export", ""}; // "отправлена в Узбекистан", "Қытайға жөнелтілді": sent abroad
                }
                if (metric == null && m instanceof PercentMention && lastPercentMetric != null && s - lastPercentSentence <= 1) {
                    metric = lastPercentMetric; // "Then come East Kazakhstan region (109.3%) and Kostanay region (108.3%)."
                }
                if (metric == null && promise && (m instanceof QuantityMention || m instanceof PercentMention)
                        && (facts.anyIn("future", "instruction", c.t, c.sentFrom[s], c.sentTo[s]) || partOf(c, i))) {
                    metric = new String[] {promisedAmount(c, i, unit), ""};
                }
                if (metric == null || value == 0 || value < 0 && !unit.equals("%")) {
                    continue;
                }
                if (unit.equals("unit") && value < 5 && (metric[0].equals("projects") || metric[0].equals("enterprises"))
                        || unit.equals("job") && value < 10) {
                    continue; // "two projects", "one job here creates five to six in related industries": narrative, not a statistic
                }
                if (m instanceof PercentMention && !promise) {
                    lastPercentMetric = metric;
                    lastPercentSentence = s;
                }
                if (unit.equals("unit") && designCapacity(c, i)) {
                    continue; // "the line is designed to produce 50,000 wheels per year": what a plant can make, read with the plant
                }
                if (unit.equals("ha") && metric[0].equals("area") && c.projectSentences.get(s) && !promise) {
                    continue; // "the plant itself covers 28 ha", "a zone covering 50 hectares": a site's size, no statistic
                }
                if (m instanceof MoneyMention && (metric[0].equals("investment") || metric[0].equals("capital expenditure"))
                        && (aboutOnePlant(c, s) || metric[0].equals("investment") && !aggregate(c, s)
                            && !(promise && !c.projectSentences.get(s)))) { // a programme's promised investment is a target
                    continue; // "the plant opened with an investment of 3.4 billion tenge": the plant's, not the economy's
                }
                // a figure restated (headline, lead, body) is one; two items of one list with equal values are two
                // ("chemicals (8.1%), oil processing (8.1%)")
                String key = (promise ? "t" : "i") + value + unit;
                String told = seen.putIfAbsent(key, s + "|" + metric[0]);
                // the body's telling of a headline's figure says where, when and how much it grew: it stands instead
                Integer restated = told != null && s > 0 ? headlineFigures.remove(key) : null;
                if (restated != null) {
                    seen.put(key, s + "|" + metric[0]);
                } else if (told != null && !(told.startsWith(s + "|") && !told.equals(s + "|" + metric[0]))) {
                    continue;
                }
                Scope scope = new Scope(region(c, s, i), metric[1].isEmpty() ? null : metric[1]);
                List<kz.zauyt.extract.text.Span> evidence = List.of(c.evidence(s));
                if (promise) {
                    String deadline = deadline(c, s, i);
                    if (deadline == null && s > 0 && !c.startsParagraph(s)) {
                        deadline = lastDeadline;
                    }
                    if (deadline == null) {
                        deadline = horizon; // "a programme until 2030 was adopted ... exports will grow to 8,500 tonnes"
                    }
                    lastDeadline = deadline;
                    String per = per(c, i, metric[0], unit);
                    String by = setBy(c, s);
                    if (by != null && NATIONAL.contains(by) && c.geoIn(c.sentFrom[s], c.sentTo[s]).stream().allMatch(h -> h.kind() == Gazetteer.Kind.COUNTRY)) {
                        // "The government expects output to exceed 100 thousand cars in 2022", told in a Kostanay story:
                        // a national body's promise that names no place is the country's
                        scope = new Scope("KZ", scope.sector());
                    }
                    Target found = new Target(metric[0], scope, value, unit, per, deadline, by, evidence);
                    if (restated != null) {
                        targets.set(restated, found);
                    } else {
                        if (s == 0) {
                            headlineFigures.put(key, targets.size());
                        }
                        targets.add(found);
                    }
                } else {
                    int at = restated != null ? restated : indicators.size();
                    indexes.set(at, m instanceof PercentMention && index(c, s, i));
                    Indicator found = new Indicator(metric[0], scope, period != null ? period : lastPeriod, value, unit, change,
                            evidence);
                    if (restated != null) {
                        indicators.set(at, found);
                        indicatorSentence.set(at, s);
                    } else {
                        if (s == 0) {
                            headlineFigures.put(key, at);
                        }
                        indicators.add(found);
                        indicatorSentence.add(s);
                    }
                    if (period != null) {
                        storyPeriod = period;
                    }
                }
            }
        }
        return new Figures(IndexGrowth.fold(indicators, indicatorSentence, indexes), targets);
    }

    /** "the index of industrial production was 106.8%", "индекс составил": a percent stated as an index. */
    /**
     * Whether sentence s tells goods sent to another country: a verb of shipping ([shipment] in
     * metrics.txt: "shipped", «отправлена», «жөнелтілді») and a country other than Kazakhstan.
     */
    private boolean shippedAbroad(DocContext c, int s) {
        if (!metrics.anyIn("shipment", c.t, c.sentFrom[s], c.sentTo[s])) {
            return false;
        }
        for (Gazetteer.Hit h : c.geoIn(c.sentFrom[s], c.sentTo[s])) {
            if (h.kind() == Gazetteer.Kind.COUNTRY && !h.code().equals("KZ")) {
                return true;
            }
        }
        return false;
    }

    private boolean index(DocContext c, int s, int i) {
        Lexicon.Match level = c.t.isWord(c.valueTo[i]) ? metrics.longest("index", c.t, c.valueTo[i]) : null;
        if (level != null && level.value().equals("after")) {
            return true; // "910,000 square metres, 112.4% of the previous year's level": +12.4%
        }
        for (int k = c.valueFrom[i] - 1; k >= Math.max(c.sentFrom[s], c.valueFrom[i] - WINDOW); k--) {
            if (c.t.isWord(k) && metrics.longest("index", c.t, k) != null) {
                return true;
            }
            for (int v : c.valuesIn(k, k + 1)) {
                if (!(c.values.get(v) instanceof DateMention || c.values.get(v) instanceof PeriodMention)) {
                    return false; // "output grew 1.8 times, and the index of mining was 94.2%": the index is the nearer value's
                }
            }
        }
        return false;
    }

    /**
     * Whether percent i is told as a fall: the nearest word of change in its clause, before it ("production
     * fell by 3.1%", "снизилось на 2,6%") or just after it ("2,4%-ға төмендеді", "3% less"), is a word of
     * decline rather than of growth. Another value or a comma bounds the search.
     */
    private boolean fell(DocContext c, int s, int i) {
        Tokens t = c.t;
        int after = c.valueTo[i];
        int before = c.valueFrom[i] - 1;
        for (int d = 0; d < SIGN_WINDOW; d++, after++, before--) {
            if (after < c.sentTo[s] && !t.isAnyOf(after, ",;") && c.valuesIn(after, after + 1).isEmpty()) {
                Boolean fall = fallAt(t, after, true);
                if (fall != null) {
                    return fall;
                }
            } else {
                after = Integer.MAX_VALUE / 2;
            }
            if (before >= c.sentFrom[s] && t.isAnyOf(before, ",") && elided(c, before, c.valueFrom[i])) {
                // "снизилось на 2,6%, выпуск одежды — на 11,2%": the dash stands for the verb of the clause before
                int previous = percentBefore(c, s, before);
                return previous >= 0 && fell(c, s, previous);
            }
            if (before >= c.sentFrom[s] && !t.isAnyOf(before, ",;") && c.valuesIn(before, before + 1).isEmpty()) {
                Boolean fall = fallAt(t, before, false);
                if (fall != null) {
                    return fall;
                }
            } else {
                before = Integer.MIN_VALUE / 2;
            }
        }
        return false;
    }

    /**
     * True for a word of decline at k, false for a word of growth, null for neither; {@code after} the
     * figure, "less" and "lower" count too ("3% less"; "less than 3%" is a bound).
     */
    private Boolean fallAt(Tokens t, int k, boolean after) {
        if (!t.isWord(k)) {
            return null;
        }
        if (facts.longest("decline", t, k) != null || after && facts.longest("decline-after", t, k) != null) {
            return true;
        }
        return facts.longest("growth-word", t, k) != null ? false : null;
    }

    /** The last percent of sentence s before token {@code to}, or -1. */
    private static int percentBefore(DocContext c, int s, int to) {
        int last = -1;
        for (int v : c.valuesIn(c.sentFrom[s], to)) {
            if (c.values.get(v) instanceof PercentMention) {
                last = v;
            }
        }
        return last;
    }

    /** A dash between a comma at {@code comma} and a value at {@code to}: the clause leaves out its verb. */
    private static boolean elided(DocContext c, int comma, int to) {
        for (int k = comma + 1; k < to; k++) {
            if (c.t.isAnyOf(k, "—–") || c.t.isAnyOf(k, "-") && !c.t.touches(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "It aims to cover 60% of the solutions hospitals buy", «не менее 60% стеновых материалов», «шикізаттың 70
     * пайызын»: a percent of a thing named beside it (English "of", a Russian genitive after it, a Kazakh
     * possessive percent), not a readiness or a change ("60% complete", «готов на 60%»).
     */
    private boolean partOf(DocContext c, int i) {
        if (!(c.values.get(i) instanceof PercentMention)) {
            return false;
        }
        int next = c.valueTo[i];
        if (c.doc.language() == kz.zauyt.extract.text.Language.KK) {
            String last = c.t.lower(next - 1);
            return last.startsWith("пайыз") && !last.equals("пайыз") && !last.equals("пайызға"); // «70 пайызын», not «пайызға өсті»
        }
        if (!c.t.isWord(next) || c.t.isCapitalised(next)) {
            return false;
        }
        return c.doc.language() == kz.zauyt.extract.text.Language.EN ? c.t.lower(next).equals("of") : !byBefore(c, i);
    }

    /**
     * The metric of a promised amount no word of the vocabulary names ("instructed the district to open 5 wool
     * collection points"): an English "share of X" where the text says it, else what the unit measures.
     */
    private String promisedAmount(DocContext c, int i, String unit) {
        int next = c.valueTo[i];
        if (unit.equals("%") && c.doc.language() == kz.zauyt.extract.text.Language.EN && c.t.isWord(next)
                && c.t.lower(next).equals("of")) {
            StringBuilder of = new StringBuilder("share");
            int k = next + 1;
            if (k < c.t.size() && c.t.isWord(k) && c.t.lower(k).equals("the")) {
                k++;
            }
            for (int n = 0; n < 3 && k < c.t.size() && c.t.isWord(k) && !c.t.isCapitalised(k)
                    && !metrics.has("metric-stop", c.t.lower(k)); n++, k++) {
                of.append(n == 0 ? " of " : " ").append(c.t.lower(k));
            }
            return of.toString();
        }
        return switch (unit) {
            case "%" -> "share";
            case "unit" -> "count";
            case "km", "m" -> "length";
            case "ha", "m2" -> "area";
            default -> "amount";
        };
    }

    /** "by 60%", "на 60%": the word before percent i says it is a change, not a level. */
    private boolean byBefore(DocContext c, int i) {
        int k = c.valueFrom[i] - 1;
        return c.t.isWord(k) && facts.longest("change-by", c.t, k) != null;
    }

    /**
     * "4% more than planned", «на 6% больше, чем планировалось», "some 4% above its design figure": a
     * percent measured against a plan, a forecast or a design, not against the year before.
     */
    private boolean againstPlan(DocContext c, int pct) {
        int end = Math.min(c.t.size() - 1, c.valueTo[pct] + 4);
        for (int k = c.valueTo[pct]; k < end; k++) {
            if (c.t.isWord(k) && metrics.has("than", c.t.lower(k)) && c.t.isWord(k + 1)
                    && facts.longest("future", c.t, k + 1) != null) {
                return true;
            }
            if (c.t.isWord(k) && metrics.longest("against-design", c.t, k) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a cue of the future that starts at word k ends, or -1: a word or phrase of [future], or a
     * Russian verb whose every reading is in the future tense ("обеспечит", "закроет", "создаст": the
     * perfective future no word list can hold).
     */
    private int futureEnd(DocContext c, int k) {
        if (k > 0 && c.t.isWord(k - 1) && metrics.has("than", c.t.lower(k - 1))) {
            return -1; // "6% more than planned", «больше, чем планировалось»: a comparison, no promise
        }
        Lexicon.Match f = facts.longest("future", c.t, k);
        if (f != null) {
            return dateGoneBy(c, k, f.to()) ? -1 : f.to();
        }
        if (c.doc.language() != kz.zauyt.extract.text.Language.RU) {
            return -1;
        }
        String w = c.t.lower(k);
        // the future's third person ends in -т ("обеспечит", "закроют"): other words need no lookup
        if (w.length() < 5 || w.charAt(w.length() - 1) != 'т' || !c.t.isWord(k)) {
            return -1;
        }
        List<RussianMorphology.Reading> readings = RussianMorphology.get().readings(w);
        if (readings.isEmpty()) {
            return -1;
        }
        for (RussianMorphology.Reading r : readings) {
            if (!r.tag().startsWith("VB:Fut")) {
                return -1;
            }
        }
        return k + 1;
    }

    private boolean promise(DocContext c, int s) {
        for (int k = c.sentFrom[s]; k < c.sentTo[s]; k++) {
            if (c.t.isWord(k) && futureEnd(c, k) > k) {
                return true;
            }
        }
        for (int i : c.valuesIn(c.sentFrom[s], c.sentTo[s])) {
            if (c.values.get(i) instanceof DateMention d && "by".equals(d.qualifier()) && !before(c, d.value())) {
                return true;
            }
        }
        return false;
    }

    /** "до конца июля" in an August report: a cue of a deadline on a date gone by says when, it promises nothing. */
    private static boolean dateGoneBy(DocContext c, int from, int to) {
        for (int v : c.valuesTouching(from, to)) {
            if (c.values.get(v) instanceof DateMention d && c.valueFrom[v] <= to && c.valueTo[v] > from && before(c, d.value())) {
                return true;
            }
        }
        return false;
    }

    /** A date wholly before the day of publication: "to the end of October" in a November report is told, not promised. */
    private static boolean before(DocContext c, String date) {
        if (date == null || c.doc.published() == null) {
            return false;
        }
        String published = c.doc.published().toString();
        return date.compareTo(published.substring(0, Math.min(published.length(), date.length()))) < 0;
    }

    /**
     * Whether this value is promised: the nearer of a future cue ("intends to raise it to 50%") and an
     * achieved cue ("stands at 32%") before it in its sentence decides; with neither, the sentence does.
     */
    private boolean promiseFor(DocContext c, int s, int i, boolean sentencePromise) {
        int future = -1;
        int futureEnd = -10;
        int achieved = -1;
        Lexicon.Match m;
        for (int k = Math.max(c.sentFrom[s], c.valueFrom[i] - 60); k < c.valueFrom[i]; k++) { // a window: linear in long sentences
            if (!c.t.isWord(k)) {
                continue;
            }
            int f = futureEnd(c, k);
            if (f > k) {
                future = k;
                futureEnd = f;
                k = f - 1;
            } else if (facts.longest("baseline", c.t, k) != null && c.valueFrom[i] - k <= 3 && !facts.anyIn("target-to", c.t, k + 1, c.valueTo[i])) {
                achieved = k; // "from current 4,200 tons": today's level, even after "will increase" (not "27% today to 40%")
            } else if (k - futureEnd > 2 && (m = facts.longest("achieved", c.t, k)) != null
                    && (!m.value().equals("near") || c.valueFrom[i] - m.to() <= 2)) {
                achieved = k; // "is to be increased", "will be produced" stay promises
            }
        }
        int after = c.valueTo[i];
        if (after < c.sentTo[s] && c.t.isWord(after) && facts.longest("baseline", c.t, after) != null) {
            return false; // "from 27% today to 40% by 2026": the level it starts from
        }
        if (future < 0 && achieved < 0) {
            return firstCueAfter(c, s, i, sentencePromise);
        }
        return future > achieved;
    }

    /**
     * With no cue before the value, the first one after it decides: the verb ends the clause in Kazakh
     * ("1330 жұмыс орны ашылады") and in a Russian or English passive ("5 000 тонн было произведено").
     */
    private boolean firstCueAfter(DocContext c, int s, int i, boolean sentencePromise) {
        for (int k = c.valueTo[i]; k < Math.min(c.sentTo[s], c.valueTo[i] + WINDOW); k++) {
            if (!c.t.isWord(k)) {
                continue;
            }
            if (futureEnd(c, k) > k) {
                return true;
            }
            Lexicon.Match m = facts.longest("achieved", c.t, k);
            if (m != null && !m.value().equals("near")) {
                return false;
            }
        }
        return sentencePromise;
    }

    /** A fraction of output or of a market: the words after it (English, Russian) or before it (Kazakh). */
    private boolean shareOf(DocContext c, int i) {
        if (c.t.isWord(c.valueTo[i]) && facts.longest("share-of", c.t, c.valueTo[i]) != null) {
            return true;
        }
        return c.doc.language() == kz.zauyt.extract.text.Language.KK && facts.endingAt("share-of", c.t, c.valueFrom[i]) != null;
    }

    /**
     * "The tractor plant of X assembled 1,150 tractors this year": a sentence of a plant that says how many
     * it made in a period gone by (not "a plant for 1,200 elevators a year") reports output, a figure.
     */
    private static boolean madeInPeriod(DocContext c, int s) {
        for (int i : c.valuesIn(c.sentFrom[s], c.sentTo[s])) {
            Mention m = c.values.get(i);
            String until = m instanceof DateMention d ? d.value() : m instanceof PeriodMention p ? p.to() : null;
            // the year of publication counts: a verb of the past said it ("this year", not a promise)
            if (until != null && c.doc.published() != null
                    && until.compareTo(c.doc.published().toString().substring(0, Math.min(10, until.length()))) <= 0) {
                return true;
            }
        }
        return false;
    }

    private boolean countOfUnits(DocContext c, int i) {
        return countOfUnits(facts, c, i);
    }

    /** "10 projects", "9 предприятий": counts of projects are figures even in a sentence about a plant. */
    static boolean countOfUnits(Lexicon facts, DocContext c, int i) {
        return c.values.get(i) instanceof QuantityMention q && q.unit().equals("unit")
                && c.t.isWord(c.valueTo[i] - 1) && facts.longest("count-noun", c.t, c.valueTo[i] - 1) != null;
    }

    /** Money for a region or the country names its scope: a place, "the country", "total", "всего". */
    private boolean aggregate(DocContext c, int s) {
        if (c.listTotals.get(s)) {
            return true;
        }
        if (!c.geoIn(c.sentFrom[s], c.sentTo[s]).isEmpty()) {
            return true;
        }
        for (int k = c.sentFrom[s]; k < c.sentTo[s]; k++) {
            Lexicon.Match country = c.t.isWord(k) ? facts.longest("country-scope", c.t, k) : null;
            if (country != null && country.value().equals("KZ") || c.t.isWord(k) && facts.longest("aggregate", c.t, k) != null) {
                return true;
            }
        }
        return false;
    }

    private boolean aboutOnePlant(DocContext c, int s) {
        if (c.listTotals.get(s)) {
            return false;
        }
        if (!c.orgsIn(c.sentFrom[s], c.sentTo[s]).isEmpty()) {
            return true;
        }
        for (int k = c.sentFrom[s]; k < c.sentTo[s]; k++) {
            Lexicon.Match f = c.t.isWord(k) ? facts.longest("facility", c.t, k) : null;
            Lexicon.Match a = c.t.isWord(k) ? facts.longest("anaphor", c.t, k) : null;
            if (a != null && a.value().equals("x") || f != null && f.value().equals("one")) {
                return true; // one plant; "six production facilities with a total investment" stays a figure
            }
        }
        return false;
    }

    private boolean notIndustry(DocContext c, int s) {
        for (int k = c.sentFrom[s]; k < c.sentTo[s]; k++) {
            Lexicon.Match m = c.t.isWord(k) ? metrics.longest("not-figure", c.t, k) : null;
            if (m != null && m.value().equals("place")) {
                k = m.to() - 1; // "on the opposite bank of the Irtysh": a river's bank, no bank
            } else if (m != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * A list item under a promise ("Целевые показатели к 2029 году:" then "— увеличить ... на 40%;"):
     * an item that opens with a dash or a number and an infinitive, or follows a promising lead-in.
     */
    private boolean listItemOfPromise(DocContext c, int s) {
        int k = c.sentFrom[s];
        if (!(c.t.isAnyOf(k, "—–-•*") || c.t.isDigits(k) && c.t.isAnyOf(k + 1, ").")) || k + 2 >= c.t.size()) {
            return false;
        }
        int w = c.t.isDigits(k) ? k + 2 : k + 1;
        String word = c.t.isWord(w) ? c.t.lower(w) : "";
        if (word.endsWith("ть") || word.endsWith("ти") || word.equals("to")) {
            return true;
        }
        for (int p = s - 1; p >= 0 && p >= s - 8; p--) {
            int first = c.sentFrom[p];
            boolean item = c.t.isAnyOf(first, "—–-•*") || c.t.isDigits(first) && c.t.isAnyOf(first + 1, ").");
            if (!item) {
                return promise(c, p);
            }
        }
        return false;
    }

    /**
     * A bare number in a clause that says it counts ("the number of active enterprises reached 14,700",
     * "количество субъектов МСБ составило 47,4 тыс."): [number-of] stands before it in its clause.
     */
    private boolean numberOf(DocContext c, int s, int i) {
        for (int k = c.valueFrom[i] - 1; k >= Math.max(c.sentFrom[s], c.valueFrom[i] - 12); k--) {
            if (c.t.isAnyOf(k, ",;") || !c.valuesIn(k, k + 1).isEmpty()) {
                return false;
            }
            if (c.t.isWord(k) && facts.longest("number-of", c.t, k) != null) {
                return true;
            }
        }
        return false;
    }

    /** "platforms to 500", "увеличить до 28": a bare number is a count only after "to". */
    /**
     * For a bare number right after a word that leads to an aimed level ("aimed to reach 1 million"), the index
     * (in vals) of the amount with a unit told before it in its sentence, else -1.
     */
    private int elidedAmount(DocContext c, List<Integer> vals, int idx) {
        int k = c.valueFrom[vals.get(idx)];
        if (!(c.t.isWord(k - 1) && facts.longest("target-to", c.t, k - 1) != null)) {
            return -1;
        }
        int s = c.sentenceOf(k);
        for (int j = idx - 1; j >= 0 && c.sentenceOf(c.valueFrom[vals.get(j)]) == s; j--) {
            if (c.values.get(vals.get(j)) instanceof QuantityMention q && q.to() == null && !q.unit().equals("job")) {
                return j;
            }
        }
        return -1;
    }

    private static boolean afterTo(Tokens t, int k) {
        return t.isWord(k - 1) && (t.lower(k - 1).equals("to") || t.lower(k - 1).equals("до"));
    }

    /** The index (in vals) of a money or quantity this percent is the growth of, or -1. Dates in between are skipped. */
    private static int amountBeside(DocContext c, List<Integer> vals, int idx) {
        for (int d : new int[] {1, -1}) {
            int j = neighbour(c, vals, idx, d);
            if (j < 0) {
                continue;
            }
            Mention m = c.values.get(vals.get(j));
            int own = bracketedPercentAfter(c, vals, j);
            if ((m instanceof MoneyMention || m instanceof QuantityMention) && close(c, vals.get(idx), vals.get(j))
                    && (own < 0 || own == vals.get(idx))) {
                return j;
            }
        }
        return -1;
    }

    /**
     * "привлечено 1,1 трлн тенге инвестиций (+38%)": a percent in brackets right after an amount is its
     * growth, whatever stands before the amount ("ВРП вырос на 5,8%, привлечено..."). The value index, or -1.
     */
    private static int bracketedPercentAfter(DocContext c, List<Integer> vals, int idx) {
        int j = neighbour(c, vals, idx, 1);
        if (j < 0 || !(c.values.get(vals.get(j)) instanceof PercentMention p) || p.to() != null) {
            return -1;
        }
        int open = c.valueFrom[vals.get(j)] - 1;
        while (open > c.valueTo[vals.get(idx)] && c.t.isAnyOf(open, "+-−")) {
            open--;
        }
        if (!c.t.isAnyOf(open, "(") || open - c.valueTo[vals.get(idx)] > 3) {
            return -1;
        }
        for (int k = c.valueTo[vals.get(idx)]; k < open; k++) {
            if (!c.t.isWord(k)) {
                return -1; // only the amount's own noun between: "1,1 трлн тенге инвестиций (+38%)"
            }
        }
        return vals.get(j);
    }

    private static int percentBeside(DocContext c, List<Integer> vals, int idx) {
        int bracketed = bracketedPercentAfter(c, vals, idx);
        if (bracketed >= 0) {
            return bracketed;
        }
        for (int d : new int[] {-1, 1}) {
            int j = neighbour(c, vals, idx, d);
            if (j >= 0 && c.values.get(vals.get(j)) instanceof PercentMention p && p.to() == null
                    && close(c, vals.get(idx), vals.get(j))) {
                return vals.get(j);
            }
        }
        return -1;
    }

    /** A factor of growth right beside amount idx, in its clause ("grew 1.3 times to 3.4 trillion", «бұл ... 1,2 есе көп»), or -1. */
    private static int factorBeside(DocContext c, List<Integer> vals, int idx) {
        for (int d : new int[] {1, -1}) {
            int j = neighbour(c, vals, idx, d);
            if (j >= 0 && c.values.get(vals.get(j)) instanceof FactorMention f && f.value() > 1
                    && close(c, vals.get(idx), vals.get(j))) {
                return vals.get(j);
            }
        }
        return -1;
    }

    /** The next value in direction d that is not a date or period, or -1. */
    private static int neighbour(DocContext c, List<Integer> vals, int idx, int d) {
        for (int j = idx + d; j >= 0 && j < vals.size(); j += d) {
            Mention m = c.values.get(vals.get(j));
            if (!(m instanceof DateMention) && !(m instanceof PeriodMention)) {
                return j;
            }
        }
        return -1;
    }

    /** Whether a comma or semicolon stands in tokens {@code [from, to)}: a clause ends between them. */
    private static boolean acrossClause(DocContext c, int from, int to) {
        for (int k = from; k < to; k++) {
            if (c.t.isAnyOf(k, ",;")) {
                return true;
            }
        }
        return false;
    }

    /** Two values near each other with no bracket or sentence between: one figure and its growth. */
    private static boolean close(DocContext c, int a, int b) {
        int from = Math.min(c.valueTo[a], c.valueTo[b]);
        int to = Math.max(c.valueFrom[a], c.valueFrom[b]);
        if (to - from > CHANGE_WINDOW) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (c.t.isAnyOf(k, "();")) {
                return false;
            }
            // "grew by 9.3%, and enterprises produced 1.9 million tonnes": two figures, not one
            if (c.t.is(k, ',') && c.t.isWord(k + 1) && Set.of("and", "while", "but", "и", "а", "но", "при").contains(c.t.lower(k + 1))) {
                return false;
            }
        }
        return true;
    }

    /**
     * {metric, sector} from the metric cue nearest the value, or null when the sentence names none.
     * Metrics marked "#count" (projects, jobs, enterprises) only name counts: "a hospital project worth
     * 20 billion tenge" is no economic figure.
     */
    private String[] metric(DocContext c, int s, int i) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int bestFrom = -1;
        int k = c.sentFrom[s];
        Mention value = c.values.get(i);
        // a count's metric ("enterprises", "projects") is a number's, never a percent's: "загрузку предприятий до 75%"
        // is a utilisation
        // a count of things made is not a count of enterprises: "45 мың дөңгелек шығаруды" beside "кәсіпорын басшысы"
        String made = value instanceof QuantityMention u && u.unit().equals("unit") ? countedProduct(c, i) : null;
        boolean count = !(value instanceof MoneyMention) && !(value instanceof PercentMention) && !(value instanceof QuantityMention q
                && !q.unit().equals("unit") && !q.unit().equals("job")) && (made == null || made.isEmpty());
        if (value instanceof MoneyMention && worthOfProjects(c, s, i)) {
            return new String[] {"value of projects", ""}; // "189 projects worth 3.4 trillion tenge"
        }
        String[] item = value instanceof PercentMention ? bracketedItem(c, s, i) : null;
        if (item != null) {
            return item;
        }
        k = Math.max(k, c.valueFrom[i] - WINDOW); // the nearest cue, looked for in a window: linear in long sentences
        int to = Math.min(c.sentTo[s], c.valueTo[i] + WINDOW);
        String counted = null; // a count's metric beside a percent: its metric only when no other cue stands there
        int countedFrom = -1;
        int countedDistance = Integer.MAX_VALUE;
        while (k < to) {
            Lexicon.Match m = c.t.isWord(k) ? metrics.longest("metric", c.t, k) : null;
            if (m != null && m.value().contains("#count") && !count && value instanceof PercentMention
                    && Math.abs(m.from() - c.valueFrom[i]) < countedDistance) {
                counted = m.value();
                countedFrom = m.from();
                countedDistance = Math.abs(m.from() - c.valueFrom[i]);
            }
            // a share is a percent's metric: "закроет 35% потребности ... выпустит 200 млн единиц" is no share
            boolean share = m != null && m.value().startsWith("share") && !(value instanceof PercentMention);
            if (m == null || (m.value().contains("#count") && !count) || share) {
                k = m == null ? k + 1 : m.to();
                continue;
            }
            int d = Math.abs(m.from() - c.valueFrom[i]);
            if (acrossClause(c, Math.min(m.to(), c.valueTo[i]), Math.max(m.from(), c.valueFrom[i]))) {
                d += 1000; // "ВРП вырос на 5,8%, привлечено ... инвестиций": the metric of its own clause first
            }
            if (d < bestDistance) {
                best = m.value();
                bestDistance = d;
                bestFrom = m.from();
            }
            k = m.to();
        }
        if (best != null && best.contains("#count") && value instanceof FactorMention) {
            // "зауыт өндірісті екі есе арттырды": a factor grows what the plant makes, not the count of plants
            Lexicon.Match g = nearestCue(c, s, i, "metric-generic");
            if (g != null) {
                return new String[] {g.value() + " growth", ""};
            }
        }
        boolean countedOwns = countedFrom < c.valueFrom[i] ? c.valueFrom[i] - countedFrom <= 1 : countedFrom - c.valueTo[i] <= 2;
        if (best == null && counted != null && countedDistance <= 5 && (countedOwns || !partOf(c, i))) {
            best = counted; // "40% of the enterprises": nothing else says what the percent is of (not a word far off:
            // «кәсіпорынға ... ерітіндінің 20 пайызын» is a share of the solutions)
            bestFrom = countedFrom;
        }
        if (best == null) {
            return generic(c, s, i);
        }
        if (value instanceof PercentMention) {
            // "the import share of building materials to 20%": a percent of what the share is of is a share
            Lexicon.Match share = nearestCueAt(c, s, bestFrom, "metric-share");
            if (share != null && share.to() <= bestFrom && bestFrom - share.to() <= 2) {
                return new String[] {share.value(), ""};
            }
        }
        int bar = best.indexOf('|');
        return new String[] {best.substring(0, bar).replace("#count", ""), best.substring(bar + 1)};
    }

    /**
     * "growth in mining (4.6%), light industry (4.4%) and chemicals (8.1%)": a percent in brackets right after
     * a list item is that item's. The metric a cue inside the item names; in English, an item of a few
     * lower-case words the vocabulary does not know is its own growth ("light industry growth"); in Russian and
     * Kazakh, an item after the sentence's word of growth or making is a production index (or growth); else null.
     */
    private String[] bracketedItem(DocContext c, int s, int i) {
        int open = c.valueFrom[i] - 1;
        if (!c.t.is(open, '(') || !c.t.is(c.valueTo[i], ')')) {
            return null;
        }
        int from = open;
        while (from - 1 >= c.sentFrom[s] && open - from < 6 && c.t.isWord(from - 1)
                && !c.t.lower(from - 1).equals("and") && !c.t.lower(from - 1).equals("и")) {
            from--;
        }
        if (from == open || !(from == c.sentFrom[s] || c.t.isAnyOf(from - 1, ",(:;") || c.t.isWord(from - 1))) {
            return null;
        }
        boolean english = c.doc.language() == kz.zauyt.extract.text.Language.EN;
        // «Рост отмечен в производстве фармацевтической продукции (118,6%), бумаги (108,9%)»: in Russian and Kazakh
        // the items follow the sentence's word of growth or making, and are words in the genitive
        int cueEnd = -1;
        for (int k = c.sentFrom[s]; k < open && !english; k++) {
            Lexicon.Match cue = c.t.isWord(k) ? metrics.longest("metric-growth", c.t, k) : null;
            cue = cue == null && c.t.isWord(k) ? metrics.longest("metric-generic", c.t, k) : cue;
            if (cue != null && cue.to() <= open) {
                cueEnd = Math.max(cueEnd, cue.to());
            }
        }
        int itemFrom = cueEnd > from && cueEnd < open ? cueEnd : from;
        for (int k = itemFrom; k < open; k++) {
            Lexicon.Match m = metrics.longest("metric", c.t, k);
            if (m != null && m.to() <= open && !m.value().contains("#count")) {
                int bar = m.value().indexOf('|');
                return new String[] {m.value().substring(0, bar), m.value().substring(bar + 1)};
            }
        }
        boolean plain = english && open - from <= 3;
        for (int k = from; k < open && plain; k++) {
            plain = !c.t.isCapitalised(k) && c.t.lower(k).length() > 2;
        }
        if (plain) {
            return new String[] {c.doc.text().substring(c.t.start(from), c.t.end(open - 1)) + " growth", ""};
        }
        // the item: the lower-case words of three letters or more just before the bracket
        int words = open;
        while (words - 1 >= itemFrom && open - words < 4 && c.t.isWord(words - 1) && !c.t.isCapitalised(words - 1)
                && c.t.lower(words - 1).length() > 2) {
            words--;
        }
        if (cueEnd < 0 || words == open || !(c.values.get(i) instanceof PercentMention p)) {
            return null;
        }
        return new String[] {IndexGrowth.isIndex(p.value()) ? "production index" : "production growth", ""};
    }


    /**
     * A production figure of a product the vocabulary does not list ("produced 248,000 tonnes of
     * polypropylene", "выпуск сахара"): "production", named after the product when the text gives it.
     */
    private String[] generic(DocContext c, int s, int i) {
        Mention m = c.values.get(i);
        if (m instanceof PercentMention) {
            Lexicon.Match share = nearestCue(c, s, i, "metric-share");
            if (share != null) {
                return new String[] {share.value(), ""};
            }
            // "plans to sell 40% of its bricks outside the region", «поставлять 40% продукции в Россию»,
            // «өнімнің 40 пайызын»: a part of the whole written beside it
            Lexicon.Match part = c.t.isWord(c.valueTo[i]) ? metrics.longest("share-after", c.t, c.valueTo[i]) : null;
            if (part == null && c.valueFrom[i] > 0) {
                part = metrics.endingAt("share-before", c.t, c.valueFrom[i]);
            }
            if (part != null) {
                return new String[] {part.value(), ""};
            }
            Lexicon.Match g = nearestCue(c, s, i, "metric-generic");
            if (g == null) {
                // "Atyrau region leads with a 110.6% growth": a bare growth word counts only for a place
                g = c.geoIn(c.sentFrom[s], c.sentTo[s]).isEmpty() ? null : nearestCue(c, s, i, "metric-growth");
                return g == null ? null : new String[] {g.value(), ""};
            }
            return new String[] {g.value() + " growth", ""};
        }
        if (m instanceof FactorMention) {
            // "выпуск рыбной продукции вырос в 1,3 раза", «жұмыртқа өндірісі 1,2 есе артты»: growth alone, of what is made,
            // as told (a promise to "double production" names what it doubles, or is no figure of ours), and alone (beside
            // an amount, «23,8 мың тонна ... бұл 1,3 есе көп», it is that amount's change)
            boolean amount = c.valuesIn(c.sentFrom[s], c.sentTo[s]).stream()
                    .anyMatch(v -> c.values.get(v) instanceof QuantityMention || c.values.get(v) instanceof MoneyMention);
            Lexicon.Match g = promise(c, s) || amount ? null : nearestCue(c, s, i, "metric-generic");
            return g == null || g.value().equals("area") ? null : new String[] {g.value() + " growth", ""};
        }
        if (m instanceof MoneyMention) {
            // "enterprises of the region produced goods worth 1.74 trillion tenge", "произведено продукции на
            // 1,7 трлн тенге": money beside a word of making is output counted in money
            Lexicon.Match g = nearestCue(c, s, i, "metric-generic");
            boolean worth = g != null && (metrics.endingAt("output-worth", c.t, c.valueFrom[i]) != null
                    || c.t.isWord(c.valueTo[i]) && metrics.longest("output-worth-after", c.t, c.valueTo[i]) != null
                    || metrics.longest("output-noun", c.t, g.from()) != null); // not "plans to invest in production"
            return worth && g.value().equals("production") ? new String[] {"output", ""} : null;
        }
        if (!(m instanceof QuantityMention q) || q.unit().equals("job")) {
            return null;
        }
        // "produced 52,000 tyres": a count of things made is production; a count of projects or plants is not
        String counted = q.unit().equals("unit") ? countedProduct(c, i) : null;
        if (q.unit().equals("unit") && counted == null) {
            return null;
        }
        int lead = Status.leadIn(c, s);
        if (lead >= 0 && nearestCue(c, s, i, "metric-generic") == null) {
            Lexicon.Match g = nearestCueAt(c, lead, c.sentFrom[lead], "metric-generic");
            for (int p = 0; g == null && p < Math.min(3, c.sentences()); p++) {
                g = nearestCueAt(c, p, c.sentFrom[p], "metric-generic"); // "publishes its production report"
            }
            if (g != null) {
                String label = itemLabel(c, s);
                return new String[] {label == null ? g.value() : label + " " + g.value(), ""}; // "- Zinc in concentrate: 21,400 t"
            }
        }
        for (int k = c.sentFrom[s]; k < c.sentTo[s]; k++) {
            Lexicon.Match g = c.t.isWord(k) ? metrics.longest("metric-generic", c.t, k) : null;
            // hectares measure land, not production: "76 ha of the plant's site"; square metres too, but
            // tiles and glass are made by the square metre ("to produce 2.5 million square metres")
            boolean made = g != null && g.value().equals("production") && q.unit().equals("m2")
                    && Math.abs(g.from() - c.valueFrom[i]) <= 8;
            if (g != null && (q.unit().equals("ha") || q.unit().equals("m2") && !made) != g.value().equals("area")) {
                continue;
            }
            if (g != null) {
                String product = null;
                int after = c.valueTo[i];
                boolean english = c.doc.language() == kz.zauyt.extract.text.Language.EN;
                if (g.value().equals("area")) {
                    product = null; // "12 гектаров промышленной зоны": land is measured, nothing is made
                } else if (counted != null) {
                    product = english && !counted.isEmpty() ? counted : null; // "52,000 tyres": tyre production; the metric stays English
                } else if (c.t.isWord(after) && c.t.lower(after).equals("of") && c.t.isWord(after + 1)) {
                    product = c.t.lower(after + 1); // "248,000 tonnes of polypropylene"
                } else if (english && c.t.isWord(k - 1) && !c.t.isCapitalised(k - 1) && c.t.lower(k - 1).length() > 3) {
                    product = c.t.lower(k - 1); // "polypropylene production"
                }
                return new String[] {product == null ? g.value() : product + " " + g.value(), ""};
            }
        }
        return null;
    }

    /** A length followed by a word of direction or distance ("west of", "from", "downstream", «от», «жерде»). */
    private boolean distance(DocContext c, int i, QuantityMention q) {
        int next = c.valueTo[i];
        return (q.unit().equals("km") || q.unit().equals("m")) && next < c.t.size() && c.t.isWord(next)
                && metrics.longest("distance-after", c.t, next) != null;
    }

    /** "a 20,000-tonne ball-rolling line": a size written as a modifier of one thing is its capacity, not a figure. */
    private boolean sizeOfOne(DocContext c, int i) {
        int from = c.valueFrom[i];
        return from > 0 && c.t.isWord(from - 1) && facts.has("indefinite", c.t.lower(from - 1))
                && from + 1 < c.valueTo[i] && c.t.isAnyOf(from + 1, "-");
    }

    /** A design-capacity word within five tokens before value i ("capacity of", "designed to produce", "мощностью"). */
    private boolean designCapacity(DocContext c, int i) {
        for (int k = Math.max(0, c.valueFrom[i] - 5); k < c.valueFrom[i]; k++) {
            if (c.t.isWord(k) && metrics.longest("design-capacity", c.t, k) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The thing a count of units counts, when a plant makes it ("52,000 tyres": "tyre"), in the singular
     * for English; "" when the count names nothing ("20,000 units"); null when it is of projects, plants
     * or other things no plant makes, or a bare number.
     */
    private String countedProduct(DocContext c, int i) {
        int last = c.valueTo[i] - 1;
        if (last <= c.valueFrom[i] || !c.t.isWord(last)) {
            return null; // a bare number counted by a word of the vocabulary elsewhere
        }
        for (int k = c.valueFrom[i] + 1; k <= last; k++) {
            if (c.t.isWord(k) && metrics.longest("counted-not-product", c.t, k) != null) {
                return null;
            }
        }
        String w = c.t.lower(last);
        if (metrics.longest("counted-generic", c.t, last) != null) {
            return ""; // "20,000 units": production, of nothing named
        }
        return singular(w);
    }

    /** An English plural's singular: "batteries" battery, "buses" bus, "boxes" box, "houses" house, "tyres" tyre. */
    static String singular(String w) {
        if (w.length() <= 3 || !w.endsWith("s") || w.endsWith("ss")) {
            return w;
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.matches(".*(ch|sh|x|z|ss)es") || w.endsWith("uses") && !w.endsWith("ouses")) {
            return w.substring(0, w.length() - 2);
        }
        return w.substring(0, w.length() - 1);
    }

    /** The words of a list item before its colon or dash: "Zinc in concentrate" in "- Zinc in concentrate: 21,400 tonnes". */
    private static String itemLabel(DocContext c, int s) {
        int from = c.sentFrom[s] + 1;
        for (int k = from; k < c.sentTo[s] && k < from + 6; k++) {
            if (c.t.isAnyOf(k, ":—–")) {
                return k > from ? c.doc.text().substring(c.t.start(from), c.t.end(k - 1)).toLowerCase(java.util.Locale.ROOT) : null;
            }
        }
        return null;
    }

    /** The cue of {@code section} in sentence s nearest value i, or null. */
    private Lexicon.Match nearestCue(DocContext c, int s, int i, String section) {
        return nearestCueAt(c, s, c.valueFrom[i], section);
    }

    private Lexicon.Match nearestCueAt(DocContext c, int s, int token, String section) {
        Lexicon.Match best = null;
        for (int k = c.sentFrom[s]; k < c.sentTo[s]; k++) {
            Lexicon.Match g = c.t.isWord(k) ? metrics.longest(section, c.t, k) : null;
            if (g != null && (best == null || Math.abs(g.from() - token) < Math.abs(best.from() - token))) {
                best = g;
            }
        }
        return best;
    }

    /**
     * Money beside a count of projects, with no other money between: "10 projects worth more than 268
     * billion tenge", "45 projects have been introduced, the cost of which is over 574 billion tenge",
     * "жалпы құны 32 млрд. теңге құрайтын, 44 жоба" (Kazakh puts the value first).
     */
    private boolean worthOfProjects(DocContext c, int s, int i) {
        List<Integer> vals = c.valuesIn(Math.max(c.sentFrom[s], c.valueFrom[i] - WINDOW), Math.min(c.sentTo[s], c.valueTo[i] + WINDOW));
        int at = vals.indexOf(i);
        for (int d : new int[] {-1, 1}) {
            for (int n = at + d; n >= 0 && n < vals.size(); n += d) {
                int j = vals.get(n);
                if (c.values.get(j) instanceof MoneyMention) {
                    break;
                }
                int gap = d < 0 ? c.valueFrom[i] - c.valueTo[j] : c.valueFrom[j] - c.valueTo[i];
                if (countOfUnits(c, j) && gap <= 12) {
                    return true;
                }
            }
        }
        return false;
    }

    private Period period(DocContext c, int s) {
        for (int i : c.valuesIn(c.sentFrom[s], c.sentTo[s])) {
            Mention m = c.values.get(i);
            if (m instanceof PeriodMention p && p.from() != null && !comparedWith(c, i)) {
                LocalDate published = c.doc.published();
                if (p.to() == null && published != null && p.from().length() == 7 && p.from().compareTo(published.toString()) <= 0) {
                    // "since the start of the year" in a September release: January to September
                    return new Period(p.from(), published.toString().substring(0, 7));
                }
                return new Period(p.from(), p.to());
            }
        }
        Period event = null;
        for (int i : c.valuesIn(c.sentFrom[s], c.sentTo[s])) {
            if (c.values.get(i) instanceof DateMention d && d.value() != null && d.qualifier() == null && d.value().length() <= 7
                    && !comparedWith(c, i)) {
                if (!eventDate(c, i)) {
                    return new Period(d.value(), d.value());
                }
                event = event == null ? new Period(d.value(), d.value()) : event;
            }
        }
        return event;
    }

    /**
     * "The plant, which opened in 2021, produced 212 million diapers in 2023", «завод, открытый в 2021 году,
     * выпустил в 2023 году ...», «2021 жылы ашылған зауыт»: a year told with the plant's own opening dates that event, not the period of
     * the figure beside it; it stands for the period only when the sentence gives no other year.
     */
    private boolean eventDate(DocContext c, int i) {
        // Kazakh tells the date first: «2021 жылы ашылған зауыт»
        return facts.anyIn("event-date", "before", c.t, Math.max(0, c.valueFrom[i] - 3), c.valueFrom[i])
                || facts.anyIn("event-date", "after", c.t, c.valueTo[i], Math.min(c.t.size(), c.valueTo[i] + 2));
    }

    /** "compared with the first quarter of last year", "өткен жылдың сәйкес кезеңімен салыстырғанда": the base of a comparison, not the figure's period. */
    private boolean comparedWith(DocContext c, int i) {
        if (i > 0 && c.values.get(i) instanceof PeriodMention p && p.to() == null && c.values.get(i - 1) instanceof PercentMention
                && c.valueFrom[i] - c.valueTo[i - 1] <= 1) {
            return true; // "up 1.9% from 2021": the year after a change is its base
        }
        if (i > 0 && c.values.get(i) instanceof PeriodMention && c.values.get(i - 1) instanceof PercentMention
                && c.valueFrom[i] - c.valueTo[i - 1] == 1 && facts.anyIn("compared", "after-percent", c.t, c.valueTo[i - 1], c.valueFrom[i])) {
            return true; // «+12% к январю-июню 2024 года»: the months a percent is measured against
        }
        // "against the same months of 2024": the comparison's words may stand six tokens before its year
        if (facts.anyIn("compared", "before", c.t, Math.max(0, c.valueFrom[i] - 6), c.valueFrom[i])) {
            return true;
        }
        for (int k = c.valueTo[i]; k < Math.min(c.t.size(), c.valueTo[i] + 6); k++) {
            Lexicon.Match m = c.t.isWord(k) ? facts.longest("compared", c.t, k) : null;
            if (m != null && m.value().equals("after")) {
                // "in 2022, 23% more than a year earlier": a change between the year and the words makes the
                // year the figure's own, and "a year earlier" its base
                boolean changeBetween = i + 1 < c.values.size() && c.values.get(i + 1) instanceof PercentMention
                        && c.valueFrom[i + 1] < k;
                return !changeBetween;
            }
        }
        return false;
    }

    /**
     * The year a programme named in the sentence runs to ("a programme for fisheries until 2030", "программа
     * развития до 2030 года", "for 2025-2029"), or null: a date after the release's year, in a sentence that
     * names a programme.
     */
    private String horizon(DocContext c, int s) {
        if (!facts.anyIn("programme", c.t, c.sentFrom[s], c.sentTo[s])) {
            return null;
        }
        LocalDate published = c.doc.published();
        for (int j : c.valuesIn(c.sentFrom[s], c.sentTo[s])) {
            Mention m = c.values.get(j);
            String end = m instanceof DateMention d ? d.value() : m instanceof PeriodMention p ? p.to() : null; // "for 2020-2025"
            if (end != null && (published == null || end.compareTo(published.toString().substring(0, 4)) > 0)) {
                return end;
            }
        }
        return null;
    }

    /** The date nearest the value in its sentence: "by 2025", "к 2025 году", "this year". */
    private static String deadline(DocContext c, int s, int i) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String today = c.doc.published() == null ? null : c.doc.published().toString();
        for (int j : c.valuesIn(c.sentFrom[s], c.sentTo[s])) {
            // a day not after the article's own ("from 27% today to 40% by 2026") is where things stand, no deadline;
            // a year before the article's ("which opened last year, wants 33% by 2027") is no deadline either, unless
            // the sentence gives no other
            if (c.values.get(j) instanceof DateMention d && d.value() != null
                    && !(today != null && d.value().length() >= 10 && d.value().compareTo(today) <= 0)) {
                int dist = Math.abs(c.valueFrom[j] - c.valueFrom[i])
                        + (today != null && d.value().substring(0, 4).compareTo(today.substring(0, 4)) < 0 ? 1000 : 0);
                if (dist < bestDistance) {
                    best = d.value();
                    bestDistance = dist;
                }
            }
        }
        return best;
    }

    private String per(DocContext c, int i, String metric, String unit) {
        for (int k = c.valueTo[i]; k < Math.min(c.t.size(), c.valueTo[i] + 3); k++) {
            Lexicon.Match m = facts.longest("per-year", c.t, k);
            if (m != null) {
                return m.value();
            }
        }
        boolean production = metric.contains("production") || metric.contains("output");
        return production && (unit.equals("unit") || unit.equals("t")) ? "year" : null;
    }

    /**
     * The scope of value i: the place named nearest before it in its sentence ("Atyrau region leads with
     * 110.6%, then East Kazakhstan region (109.3%)"), else the first place after it, else the article's.
     */
    private String region(DocContext c, int s, int i) {
        String before = null;
        String after = null;
        for (Gazetteer.Hit h : c.geoIn(c.sentFrom[s], c.sentTo[s])) {
            if (h.kind() == Gazetteer.Kind.COUNTRY) {
                continue;
            }
            if (h.to() <= c.valueFrom[i]) {
                before = h.code();
            } else if (after == null) {
                after = h.code();
            }
        }
        // "Kazakhstan imported 96,000 tonnes", "елге 31 мың тонна импортталды": a sentence that names the country
        // and no place before the figure speaks of the country, not of the article's region ("Atyrau region
        // remains the country's leader with 110.6%" is Atyrau's); "Kazakh-Turkish" is a compound, no country
        // a sentence that names no place and gives a ministry as its source is the country's, wherever it says so
        // («По данным Министерства энергетики, объекты ВИЭ выработали ...», "..., the trade ministry said")
        boolean placeless = before == null && after == null;
        for (int k = c.sentFrom[s]; before == null && k < (placeless ? c.sentTo[s] : c.valueFrom[i]); k++) {
            Lexicon.Match country = c.t.isWord(k) ? facts.longest("country-scope", c.t, k) : null;
            if (country != null && (country.value().equals("KZ") ? k < c.valueFrom[i] : placeless)
                    && !(k + 1 < c.t.size() && c.t.isAnyOf(k + 1, "-") && c.t.touches(k + 1))) {
                return "KZ";
            }
        }
        return before != null ? before : after != null ? after : c.docRegion != null ? c.docRegion : "KZ";
    }

    private String setBy(DocContext c, int s) {
        for (int back = 0; back <= 2 && s - back >= 0; back++) {
            int from = c.sentFrom[s - back];
            for (int k = from; k < c.sentTo[s - back]; k++) {
                Lexicon.Match m = c.t.isWord(k) ? facts.longest("set-by", c.t, k) : null;
                if (m != null) {
                    return m.value();
                }
            }
        }
        return null;
    }
}
