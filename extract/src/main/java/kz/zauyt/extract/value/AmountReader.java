package kz.zauyt.extract.value;

import java.util.BitSet;
import java.util.List;
import kz.zauyt.extract.text.Language;
import kz.zauyt.extract.text.Lexicon;
import kz.zauyt.extract.text.Span;
import kz.zauyt.extract.text.Tokens;

/**
 * Reads numbers, money, quantities, percentages and factors from tokens. The words (scales,
 * currencies, units, qualifiers, labels) come from the {@code amounts} lexicon; this class only
 * knows how they combine: [qualifier] [currency sign] NUMBER [range] [scale] [currency | unit |
 * % | factor].
 *
 * <p>Stateless and thread-safe: per-text state lives in the {@link Scan} of one call.
 */
public final class AmountReader {

    private static final int MAX_ADJECTIVES = 2;

    private final Lexicon lex;

    public AmountReader(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * Adds what it finds to {@code out}. Tokens set in {@code taken} (dates, already read) are skipped.
     */
    public void read(Tokens t, Language lang, BitSet taken, List<Mention> out) {
        markPhoneNumbers(t, taken);
        int first = out.size();
        int i = 0;
        while (i < t.size()) {
            int next = taken.get(i) ? i + 1 : new Scan(t, lang, taken).at(i, out);
            i = Math.max(next, i + 1);
        }
        mergeRanges(t, out, first);
    }

    /**
     * A range whose two ends each carry their scale, sign or unit is read as two amounts first: "$5
     * million to $7 million", "between $5 million and $7 million", "от 5 млрд до 7 млрд тенге", "by 5% to
     * 7%". Two neighbours joined by a dash or a range word become one amount with a high end. "Rose from
     * $5 million to $7 million" stays a change.
     */
    private void mergeRanges(Tokens t, List<Mention> out, int first) {
        int w = first; // compacted in place: linear however many ranges there are
        for (int k = first; k < out.size(); k++) {
            Mention a = out.get(k);
            Mention merged = k + 1 < out.size() ? range(t, a, out.get(k + 1)) : null;
            if (merged != null) {
                k++;
            }
            out.set(w++, merged != null ? merged : a);
        }
        out.subList(w, out.size()).clear();
    }

    private Mention range(Tokens t, Mention a, Mention b) {
        double low;
        if (a instanceof NumberMention n && n.to() == null) {
            low = n.value();
        } else if (a instanceof MoneyMention m && m.to() == null && b instanceof MoneyMention mb && m.currency().equals(mb.currency())) {
            low = m.amount();
        } else if (a instanceof QuantityMention q && q.to() == null && b instanceof QuantityMention qb && q.unit().equals(qb.unit())) {
            low = q.value();
        } else if (a instanceof PercentMention p && p.to() == null && b instanceof PercentMention) {
            low = p.value();
        } else {
            return null;
        }
        if (low < 0 || a.span().end() >= b.span().start()) {
            return null;
        }
        int aFrom = t.indexAt(a.span().start());
        int link = t.indexAt(a.span().end());
        int bFrom = t.indexAt(b.span().start());
        if (link == bFrom && t.isWord(link) && lex.has("range-to", t.lower(link))) {
            bFrom++; // "от 5 млрд до 7 млрд": the second end took "до" as its "up to"
        }
        if (aFrom < 0 || link != bFrom - 1 || !t.sameLine(bFrom)) {
            return null;
        }
        boolean joined;
        if (t.isAnyOf(link, "-–—")) {
            joined = true;
        } else if (t.isWord(link) && lex.has("range-to", t.lower(link))) {
            Lexicon.Match from = lex.endingAt("range-from", t, aFrom);
            boolean to = !lex.has("range-from", t.lower(link)) && !t.lower(link).equals("and") && !t.lower(link).equals("и");
            // "rose 5% to 7%", "up 10 to 12 percent": two shares of one kind with no "from" are a range even after a
            // verb of change ("rose from 5% to 7%" is the change)
            boolean percents = b instanceof PercentMention && (a instanceof PercentMention || a instanceof NumberMention);
            joined = from != null ? from.value().equals("always") || !changeVerbBefore(t, from.from())
                    : lex.endingAt("range-by", t, aFrom) != null || to && percents
                    || to && !(a instanceof NumberMention) && !changeVerbBefore(t, aFrom);
        } else {
            joined = false;
        }
        if (!joined) {
            return null;
        }
        Span span = new Span(a.span().start(), b.span().end());
        String qualifier = qualifierOf(a);
        if (b instanceof MoneyMention m && m.amount() > low) {
            return new MoneyMention(span, low, m.amount(), m.currency(), qualifier);
        }
        if (b instanceof QuantityMention q && q.value() > low) {
            return new QuantityMention(span, low, q.value(), q.unit(), qualifier);
        }
        if (b instanceof PercentMention p && p.value() > low) {
            return new PercentMention(span, low, p.value(), qualifier);
        }
        return null;
    }

    private static String qualifierOf(Mention m) {
        if (m instanceof NumberMention n) {
            return n.qualifier();
        }
        if (m instanceof MoneyMention n) {
            return n.qualifier();
        }
        if (m instanceof QuantityMention n) {
            return n.qualifier();
        }
        return m instanceof PercentMention n ? n.qualifier() : null;
    }

    /** "увеличить до 28" is a change to 28, not "up to 28". */
    private boolean changeVerbBefore(Tokens t, int k) {
        for (int m = Math.max(0, k - 6); m < k; m++) {
            if (!t.isWord(m)) {
                continue;
            }
            String w = t.lower(m);
            for (String stem : lex.section("change-verb").keySet()) {
                if (w.startsWith(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Phone numbers are runs of digit groups that start with "+" or hold a bracketed area code
     * ("+7 727 244 50 50", "8 (7172) 74-55-11"); they are marked taken so no group reads as an amount.
     */
    private static void markPhoneNumbers(Tokens t, BitSet taken) {
        for (int i = 0; i < t.size(); i++) {
            boolean plus = t.is(i, '+') && t.isDigits(i + 1) && t.touches(i + 1);
            boolean bracket = t.isDigits(i) && t.is(i + 1, '(') && t.isDigits(i + 2) && t.is(i + 3, ')');
            boolean dashed = t.isDigits(i) && t.is(i + 1, '-') && t.isDigits(i + 2) && t.is(i + 3, '-')
                    && t.isDigits(i + 4) && t.touches(i + 1) && t.touches(i + 2) && t.touches(i + 3);
            if (!plus && !bracket && !dashed) {
                continue;
            }
            int j = i;
            int digits = 0;
            while (j < t.size() && (t.isDigits(j) || t.isAnyOf(j, "+()-")) && (j == i || (t.sameLine(j) && t.start(j) - t.end(j - 1) <= 1))) {
                digits += t.isDigits(j) ? t.token(j).length() : 0;
                j++;
            }
            if (plus && digits < 7) {
                continue; // "(+38%)", "+5.2": a signed figure, not a phone number (those have seven digits or more)
            }
            for (int k = i; k < j; k++) {
                taken.set(k);
            }
            i = j - 1;
        }
    }

    /** Parsed digits: a value and the token after the last one used. */
    private record Num(double value, int end, boolean grouped, boolean word) {
    }

    private final class Scan {
        private final Tokens t;
        private final Language lang;
        private final BitSet taken;

        Scan(Tokens t, Language lang, BitSet taken) {
            this.t = t;
            this.lang = lang;
            this.taken = taken;
        }

        /** Reads a mention starting at token i, if any; returns the token to go on from. */
        int at(int i, List<Mention> out) {
            if (!t.isDigits(i) && !lex.startsAny(t, i)) {
                return i + 1; // no number, number word, currency sign or factor word starts here
            }
            Lexicon.Match percentWord = t.isWord(i) ? lex.longest("percent-word", t, i) : null;
            if (percentWord != null && !isTaken(percentWord.from(), percentWord.to())) {
                Lexicon.Match q = qualifierBefore(i);
                out.add(new PercentMention(span(q == null ? i : q.from(), percentWord.to()), Double.parseDouble(percentWord.value()), null,
                        q == null ? null : q.value())); // "на полпроцента", "почти на полпроцента"
                return percentWord.to();
            }
            Lexicon.Match factorWord = t.isWord(i) ? lex.longest("factor-word", t, i) : null;
            if (factorWord != null && !isTaken(factorWord.from(), factorWord.to())) {
                out.add(new FactorMention(span(i, factorWord.to()), Double.parseDouble(factorWord.value())));
                return factorWord.to();
            }
            String prefixCurrency = null;
            int numStart = i;
            Lexicon.Match prefix = t.kind(i) != Tokens.DIGITS ? lex.longest("currency-prefix", t, i) : null;
            if (prefix != null && t.isDigits(prefix.to()) && t.start(prefix.to()) - t.end(prefix.to() - 1) <= 1
                    && !isTaken(prefix.to(), prefix.to() + 1)) {
                prefixCurrency = prefix.value();
                numStart = prefix.to();
            }
            Num num = number(numStart, prefixCurrency == null); // "EUR75 million": a code may touch its figure
            if (num == null) {
                return i + 1;
            }
            int j = num.end;
            if (isTaken(numStart, j)) {
                return j;
            }
            // "1.5-fold", "15-th", "9-ти": a hyphen glued to letters
            if (t.is(j, '-') && t.touches(j) && t.isWord(j + 1) && t.touches(j + 1)) {
                if (lex.has("factor-suffix", "-" + t.lower(j + 1)) || lex.has("factor-suffix", t.lower(j + 1))) {
                    out.add(new FactorMention(span(numStart, j + 2), num.value));
                    return j + 2;
                }
                if (lex.has("ordinal-suffix", t.lower(j + 1))) {
                    return j + 2;
                }
                Lexicon.Match inflected = longestOrInflected("unit", j + 1); // "350-megawatt", "500-тонналық"
                String unitWord = inflected != null && inflected.to() == j + 2 ? inflected.value() : null;
                if (unitWord != null && t.lower(j + 1).length() > 1) {
                    String[] unit = unitWord.split("\\*");
                    double mult = unit.length > 1 ? Double.parseDouble(unit[1]) : 1;
                    out.add(new QuantityMention(span(numStart, j + 2), num.value * mult, null, unit[0], null));
                    return j + 2;
                }
                if (compoundWord(j + 1)) {
                    return j + 2; // "25-летие", "10-летний": one word with the number in it, not an amount
                }
            }
            Double to = null;
            Num high = range(j, num, prefixCurrency != null ? prefix.from() : numStart);
            if (high != null) {
                to = high.value;
                j = high.end;
            }
            double scale = 1;
            boolean scaled = false;
            Lexicon.Match sc = near(j) ? lex.longest("scale", t, j) : null;
            if (sc == null && t.touches(j) && t.isWord(j)) {
                sc = lex.longest("scale-glued", t, j); // "100K"
                Lexicon.Match m = sc == null ? lex.longest("scale-glued-unit", t, j) : null;
                boolean capital = m != null && Character.isUpperCase(t.token(j).charAt(0));
                if (m != null && (capital || near(m.to()) && (lex.longest("unit", t, m.to()) != null
                        || lex.longest("currency", t, m.to()) != null))) {
                    sc = m; // "3.4m tonnes", "3M": million; "500m" alone is metres
                }
            }
            if (sc == null && t.is(j, '-') && t.touches(j) && t.touches(j + 1) && t.isWord(j + 1)) {
                sc = lex.longest("scale", t, j + 1); // "a $1.2-billion plant"
            }
            if (sc == null && prefixCurrency != null && near(j)) {
                sc = lex.longest("scale-short", t, j);
            }
            if (sc != null) {
                scale = Double.parseDouble(sc.value());
                scaled = true;
                j = sc.to();
            }
            double value = num.value * scale;
            if (scaled && to == null && near(j) && t.isDigits(j)) {
                // "753 млрд 300 млн тенге": a smaller scale's remainder continues the amount
                Num rest = number(j);
                Lexicon.Match sc2 = rest == null || rest.value >= 1000 || !near(rest.end) ? null
                        : lex.longest("scale", t, rest.end);
                if (sc2 != null && Double.parseDouble(sc2.value()) * 1000 <= scale) {
                    value += rest.value * Double.parseDouble(sc2.value());
                    j = sc2.to();
                }
            }
            Double upper = to == null ? null : to * scale;
            if (!Double.isFinite(value * 1e9) || (upper != null && !Double.isFinite(upper * 1e9))) {
                return j; // so large that a unit's multiplier could overflow it: not a value
            }
            int start = prefix != null && prefixCurrency != null ? prefix.from() : numStart;
            int sign = to == null ? signBefore(start) : -1;
            if (sign >= 0) {
                value = -value; // "-0.3%", "−150 billion", "минус 0,3%"
                start = sign;
            }
            if (near(j) && t.isWord(j) && lex.has("not-amount-after", t.lower(j))) {
                return j + 1; // "25 жылдығы": years of a history, not an amount
            }
            String qualifier = null;
            Lexicon.Match q = qualifierBefore(start);
            if (q != null) {
                qualifier = q.value();
                start = q.from();
            }
            if (prefixCurrency != null) {
                int end = j;
                Lexicon.Match redundant = near(j) ? lex.longest("currency", t, j) : null;
                if (redundant != null && redundant.value().equals(prefixCurrency)) {
                    end = redundant.to();
                }
                out.add(new MoneyMention(span(start, end), value, upper, prefixCurrency, qualifier));
                return end;
            }
            if (near(j)) {
                Lexicon.Match m = longestOrInflected("currency", j);
                if (m != null) {
                    out.add(new MoneyMention(span(start, m.to()), value, upper, m.value(), qualifierAfter(m.to(), qualifier)));
                    return qualifierAfterEnd(m.to());
                }
                m = lex.longest("percent", t, j);
                if (m != null && !scaled) {
                    out.add(new PercentMention(span(start, m.to()), value, upper, qualifierAfter(m.to(), qualifier)));
                    return qualifierAfterEnd(m.to()); // "30%-дан астам"
                }
                m = lex.longest("factor-suffix", t, j);
                if (m != null && !scaled) { // "в 1,5-2 раза": a range of factors is read at its low end
                    int s = numStart;
                    if (t.isWord(numStart - 1) && (t.lower(numStart - 1).equals("в") || t.lower(numStart - 1).equals("by"))) {
                        s = numStart - 1;
                    }
                    out.add(new FactorMention(span(s, m.to()), value));
                    return m.to();
                }
                boolean glued = t.touches(j) && !(t.touches(j + 1) && (t.isDigits(j + 1) || t.isWord(j + 1)));
                m = glued ? lex.longest("factor-suffix-glued", t, j) : null;
                if (m != null && !scaled && to == null) {
                    out.add(new FactorMention(span(numStart, m.to()), value)); // "7x", not "4x4"
                    return m.to();
                }
                m = longestOrInflected("unit", j);
                if (m == null && scaled && t.is(j, '-') && t.touches(j) && t.touches(j + 1)) {
                    m = longestOrInflected("unit", j + 1); // "a 1.5 million-tonne plant"
                }
                if (m != null && (scaled || !t.isWord(j) || t.lower(j).length() > 1 || !t.isCapitalised(j))) {
                    String[] unit = m.value().split("\\*");
                    double mult = unit.length > 1 ? Double.parseDouble(unit[1]) : 1;
                    out.add(new QuantityMention(span(start, m.to()), value * mult, upper == null ? null : upper * mult,
                            unit[0], qualifierAfter(m.to(), qualifier)));
                    return qualifierAfterEnd(m.to());
                }
            }
            // "две трети вагонов": a share of things, not a count of them
            Lexicon.Match counted = num.word && num.value < 1 ? null : countable(j);
            int qualifierEnd = qualifierAfterEnd(j);
            // (not a bare noun there: "900-ден астам техника шығарды" sent out snow ploughs, it made nothing)
            if (counted == null && qualifierEnd > j && (counted = countable(qualifierEnd, false)) != null) {
                // Kazakh: "200-ден астам жұмыс орны", the qualifier between the number and the noun
                out.add(new QuantityMention(span(start, counted.to()), value, upper, counted.value(), qualifierAfter(j, qualifier)));
                return counted.to();
            }
            if (counted != null) {
                out.add(new QuantityMention(span(start, counted.to()), value, upper, counted.value(),
                        qualifierAfter(counted.to(), qualifier)));
                return qualifierAfterEnd(counted.to());
            }
            Lexicon.Match factorOf = to == null && !scaled ? lex.endingAt("factor-before", t, numStart) : null;
            if (factorOf != null) {
                out.add(new FactorMention(span(factorOf.from(), j), value)); // "by a factor of three"
                return j;
            }
            if (!scaled && (looksLikeYear(num) || (num.word && num.value == 1))) {
                return j;
            }
            int end = qualifierAfterEnd(j);
            out.add(new NumberMention(span(start, end), value, upper, qualifierAfter(j, qualifier)));
            return end;
        }

        /** A form at j, or a Kazakh inflection of a one-word form ("теңгені", "гектарға"). */
        private Lexicon.Match longestOrInflected(String section, int j) {
            Lexicon.Match m = lex.longest(section, t, j);
            if (m != null || !t.isWord(j)) {
                return m;
            }
            String w = t.lower(j);
            for (String suffix : lex.section("case-suffix").keySet()) {
                if (w.length() > suffix.length() + 1 && w.endsWith(suffix)) {
                    String v = lex.get(section, w.substring(0, w.length() - suffix.length()));
                    if (v != null) {
                        return new Lexicon.Match(v, j, j + 1);
                    }
                }
            }
            return null;
        }

        /** The token of a minus sign right before token {@code start} ("-0.3%", "−2.4", "минус 150"), or -1. */
        private int signBefore(int start) {
            int m = start - 1;
            if (m < 0 || !t.sameLine(start)) {
                return -1;
            }
            if (t.isWord(m)) {
                return lex.has("minus", t.lower(m)) ? m : -1;
            }
            if (!t.touches(start) || (m > 0 && t.touches(m) && !t.isAnyOf(m - 1, "(«\"'"))) {
                return -1; // "2020-2021", "A-2": a hyphen between two things, not a sign
            }
            // a hyphen first on its line is a list's dash; U+2212 is always a minus
            return t.is(m, '\u2212') || (t.is(m, '-') && m > 0 && t.sameLine(m)) ? m : -1;
        }

        /**
         * A word glued to a number by a hyphen that makes one word of both ("25-летие", "10-летний"): long,
         * and no scale, unit, currency, percent or counted noun. Short endings stay: Kazakh case endings
         * ("200-ден астам"), Russian ones ("9-ти").
         */
        private boolean compoundWord(int k) {
            String w = t.lower(k);
            return w.length() >= 5 && !lex.has("scale", w) && !lex.has("currency", w) && !lex.has("percent", w)
                    && !lex.has("qualifier-after", w) && lex.longest("countable", t, k) == null;
        }

        private boolean looksLikeYear(Num num) {
            return !num.grouped && !num.word && num.value >= 1900 && num.value <= 2100 && num.value == Math.rint(num.value);
        }

        /** Digits (with group separators and one decimal mark) or number words starting at i. */
        Num number(int i) {
            return number(i, true);
        }

        /** {@code checkStart} is false for the high end of a range, which a hyphen rightly precedes. */
        Num number(int i, boolean checkStart) {
            if (t.isDigits(i)) {
                return digits(i, checkStart);
            }
            if (!t.isWord(i)) {
                return null;
            }
            Lexicon.Match w = lex.longest("word-number", t, i);
            if (w == null || (t.touches(i) && t.isWord(i - 1))) {
                return null;
            }
            if (Double.parseDouble(w.value()) < 1) {
                return fraction(Double.parseDouble(w.value()), w.to());
            }
            Num g = wordGroup(w);
            double v = g.value;
            int j = g.end;
            Lexicon.Match half = t.sameLine(j) ? lex.longest("number-half", t, j) : null;
            if (half == null && t.is(j, '-') && t.touches(j) && t.touches(j + 1)) {
                half = lex.longest("number-half", t, j + 1); // "one-and-a-half"
            }
            if (half != null && v < 1000) {
                v += Double.parseDouble(half.value()); // "one and a half", "две с половиной", "бір жарым"
                j = half.to();
                return new Num(v, j, false, true);
            }
            Lexicon.Match part = t.sameLine(j) && v < 10 ? lex.longest("fraction-denominator", t, j) : null;
            if (part != null) {
                return new Num(v * Double.parseDouble(part.value()), part.to(), false, true); // "two thirds"
            }
            Lexicon.Match point = t.sameLine(j) ? lex.longest("number-point", t, j) : null;
            if (point != null) {
                // "four point eight": the digits after the point, each a number word below ten
                double place = 0.1;
                int k = point.to();
                for (Lexicon.Match d; k < t.size() && t.sameLine(k) && (d = lex.longest("word-number", t, k)) != null; k = d.to()) {
                    double digit = Double.parseDouble(d.value());
                    if (digit >= 10 || digit != Math.rint(digit)) {
                        break;
                    }
                    v += digit * place;
                    place /= 10;
                }
                if (place < 0.1) {
                    return new Num(v, k, false, true);
                }
            }
            return overScale(v, j);
        }

        /** "half", "a quarter" alone, or of a scale: "half a million", "a quarter of a million", "полмиллиона". */
        private Num fraction(double v, int j) {
            if (t.is(j, '-') && t.touches(j) && t.isWord(j + 1) && t.touches(j + 1)) {
                return null; // "half-year", "half-hour": one word, not a share
            }
            Lexicon.Match link = t.sameLine(j) ? lex.longest("fraction-link", t, j) : null;
            int k = link == null ? j : link.to();
            Lexicon.Match sc = near(k) ? lex.longest("scale", t, k) : null;
            if (sc != null) {
                return new Num(v * Double.parseDouble(sc.value()), sc.to(), false, true);
            }
            if (link != null && near(k) && lex.longest("percent", t, k) != null) {
                return new Num(v, k, false, true); // "half a percent"
            }
            Lexicon.Match whole = link != null && near(k) ? lex.longest("word-number", t, k) : null;
            if (whole != null && Double.parseDouble(whole.value()) >= 10) {
                return new Num(v * Double.parseDouble(whole.value()), whole.to(), false, true); // "half a dozen"
            }
            return new Num(v, j, false, true);
        }

        /**
         * Number words that go on past a scale: "two thousand three hundred", "two million three hundred
         * thousand", "тысячу двести", "бір мың бес жүз". Each later part stays below the scale before it;
         * a scale with nothing after it is left to the caller ("three thousand tonnes").
         */
        private Num overScale(double v, int j) {
            Lexicon.Match sc = near(j) ? lex.longest("scale", t, j) : null;
            double unit;
            double total;
            int k;
            if (sc != null) {
                unit = Double.parseDouble(sc.value());
                total = v * unit;
                k = sc.to();
            } else if (v >= 1000 && v % 1000 == 0) {
                unit = v % 1e6 == 0 ? 1e6 : 1000; // "one thousand", "тысячу"
                total = v;
                k = j;
            } else {
                return new Num(v, j, false, true);
            }
            boolean longer = false;
            while (near(k) && t.isWord(k)) {
                Lexicon.Match r = lex.longest("word-number", t, k);
                if (r == null || Double.parseDouble(r.value()) < 1) {
                    break;
                }
                Num rest = wordGroup(r);
                Lexicon.Match sc2 = near(rest.end) ? lex.longest("scale", t, rest.end) : null;
                double unit2 = sc2 == null ? 1 : Double.parseDouble(sc2.value());
                if (unit2 >= unit || rest.value * unit2 >= unit) {
                    break;
                }
                total += rest.value * unit2;
                unit = unit2;
                k = sc2 == null ? rest.end : sc2.to();
                longer = true;
                if (sc2 == null) {
                    break;
                }
            }
            return longer ? new Num(total, k, false, true) : new Num(v, j, false, true);
        }

        /** Number words below a thousand from match w: "two hundred and fifty", "двести пятьдесят три", "полтора десятка". */
        private Num wordGroup(Lexicon.Match w) {
            double v = Double.parseDouble(w.value());
            int j = w.to();
            Lexicon.Match hundred = v < 10 && t.sameLine(j) ? lex.longest("word-number", t, j) : null;
            Lexicon.Match times = v < 10 && t.sameLine(j) ? lex.longest("number-multiplier", t, j) : null;
            if (hundred != null && hundred.value().equals("100")) {
                v *= 100; // "two hundred"
                j = hundred.to();
            } else if (times != null) {
                v *= Double.parseDouble(times.value()); // "two hundreds", "полтора десятка"
                j = times.to();
            }
            // "twenty-five", "two hundred and fifty", "двести пятьдесят три": each part below the last one's place
            double last = v;
            while (j < t.size() && t.sameLine(j)) {
                int k = t.is(j, '-') && t.touches(j) ? j + 1 : j;
                if (last >= 100 && t.isWord(k) && lex.has("number-and", t.lower(k))) {
                    k++;
                }
                Lexicon.Match part = k < t.size() && t.sameLine(k) ? lex.longest("word-number", t, k) : null;
                double p = part == null ? 0 : Double.parseDouble(part.value());
                if (p < 1 || p != Math.rint(p) || p >= place(last)) {
                    break;
                }
                v += p;
                last = p;
                j = part.to();
            }
            return new Num(v, j, false, true);
        }

        /** The bound a following part of a number word must stay under: 100 after "двести", 10 after "twenty". */
        private static double place(double part) {
            if (part >= 100 && part < 1000 && part % 100 == 0) {
                return 100;
            }
            return part >= 20 && part < 100 && part % 10 == 0 ? 10 : 0;
        }

        private Num digits(int i, boolean checkStart) {
            if (checkStart && !plausibleStart(i)) {
                return null;
            }
            String text = t.text();
            StringBuilder s = new StringBuilder(t.token(i));
            int j = i + 1;
            boolean grouped = false;
            boolean decimal = false;
            // "2 522", "1 000 000": groups of three after a space (plain, no-break or thin)
            while (t.isDigits(j) && t.start(j) - t.end(j - 1) == 1 && isGroupSpace(text.charAt(t.end(j - 1)))
                    && t.end(j) - t.start(j) == 3 && (grouped || s.length() <= 3)) {
                grouped = true;
                s.append(t.token(j));
                j++;
            }
            // separators that are tokens: DIGITS SYMBOL(. or ,) DIGITS, all touching
            while (t.isAnyOf(j, ".,") && t.touches(j) && t.isDigits(j + 1) && t.touches(j + 1) && !decimal) {
                char sep = text.charAt(t.start(j));
                boolean threeDigits = t.end(j + 1) - t.start(j + 1) == 3;
                boolean moreGroups = t.is(j + 2, sep) && t.touches(j + 2) && t.isDigits(j + 3);
                boolean group;
                if (sep == ',') {
                    group = threeDigits && (grouped || moreGroups || lang == Language.EN || !scaleFollows(j + 2));
                } else {
                    group = threeDigits && (grouped || moreGroups);
                }
                if (group) {
                    grouped = true;
                    s.append(t.token(j + 1));
                } else {
                    decimal = true;
                    s.append('.').append(t.token(j + 1));
                }
                j += 2;
            }
            String vulgar = !decimal && t.touches(j) && !t.isWord(j) && !t.isDigits(j) ? lex.get("vulgar-fraction", t.lower(j)) : null;
            double extra = 0;
            if (vulgar != null) {
                extra = Double.parseDouble(vulgar); // "1½", "2¼"
                j++;
            }
            if (!plausibleEnd(j) || listMarker(i, j)) {
                return null;
            }
            if (!grouped && !decimal && (s.length() > 12 || (s.length() > 1 && s.charAt(0) == '0'))) {
                return null; // an identifier or a postal code, not an amount
            }
            double v = Double.parseDouble(s.toString()) + extra;
            return Double.isFinite(v) ? new Num(v, j, grouped, false) : null; // too large to hold: no value
        }

        private boolean isGroupSpace(char c) {
            return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
        }

        private boolean scaleFollows(int j) {
            return near(j) && lex.longest("scale", t, j) != null;
        }

        /** "(+38%)", "+5.2%": a growth written with its sign, not a phone number's first group. */
        private boolean signedPercent(int i) {
            int k = t.isAnyOf(i + 1, ".,") && t.isDigits(i + 2) && t.touches(i + 1) && t.touches(i + 2) ? i + 3 : i + 1;
            return t.is(k, '%');
        }

        /** Rejects numbers glued to words ("K5", "COVID-19"), phone numbers, labels ("No. 1"), times. */
        private boolean plausibleStart(int i) {
            if (i > 0 && t.touches(i)) {
                if (t.isWord(i - 1)) {
                    return false;
                }
                if (t.isAnyOf(i - 1, "-‐") && t.touches(i - 1) && (t.isWord(i - 2) || t.isDigits(i - 2))) {
                    return false;
                }
                if (t.isAnyOf(i - 1, "/:.#№_@") || t.is(i - 1, '+') && !signedPercent(i)) {
                    return false;
                }
            }
            if ((t.isAnyOf(i - 1, "#№") || t.is(i - 1, '+') && !signedPercent(i)) && t.sameLine(i)) {
                return false;
            }
            if (t.is(i - 1, '(') && t.isDigits(i - 2)) {
                return false; // 8 (7172) ...
            }
            int k = i - 1;
            if (t.isAnyOf(k, ".:")) {
                k--;
            }
            if (t.isWord(k) && t.sameLine(k + 1) && lex.has("label-before", t.lower(k))) {
                return false;
            }
            return !(t.isWord(k) && t.isAnyOf(k + 1, "-") && lex.has("label-before", t.lower(k)));
        }

        /** "1) строительство ТЭЦ", "2. Launch of...": the number of a list item at the start of a line. */
        private boolean listMarker(int i, int j) {
            if (!t.isAnyOf(j, ").") || j != i + 1) {
                return false;
            }
            int before = t.start(i) - 1;
            while (before >= 0 && (t.text().charAt(before) == ' ' || t.text().charAt(before) == '\t')) {
                before--;
            }
            return before < 0 || t.text().charAt(before) == '\n';
        }

        private boolean plausibleEnd(int j) {
            if (t.isWord(j) && t.touches(j)) {
                String w = t.lower(j);
                return lex.has("scale", w) || lex.has("scale-short", w) || lex.has("unit", w) || lex.has("currency", w)
                        || lex.has("percent", w) || lex.has("factor-suffix", w)
                        || (lex.has("factor-suffix-glued", w) || lex.has("scale-glued", w) || lex.has("scale-glued-unit", w))
                        && !(t.touches(j + 1) && (t.isDigits(j + 1) || t.isWord(j + 1))); // "7x", "100K", not "4x4"
            }
            if (t.isAnyOf(j, ":/") && t.touches(j) && t.isDigits(j + 1) && t.touches(j + 1)) {
                return false; // 10:30, 24/7, 3:1
            }
            if (t.is(j, ')') && t.isDigits(j + 1)) {
                return false;
            }
            // 74-55-11: a phone number, not a range
            return !(t.is(j, '-') && t.isDigits(j + 1) && t.touches(j + 1) && t.is(j + 2, '-') && t.isDigits(j + 3));
        }

        /**
         * The high end of a range whose low end ends at j, or null: "40-50", "40–50", "from 10 to 12",
         * "от 2 до 3". "Increased from 100 to 160" is a change, not a range.
         */
        private Num range(int j, Num low, int lowStart) {
            int k = -1;
            if (t.isAnyOf(j, "-–—") && (t.touches(j) || t.isAnyOf(j, "–—")) && t.sameLine(j + 1)
                    && t.start(j + 1) - t.end(j) <= 1) {
                k = j + 1;
            } else if (t.isWord(j) && lex.has("range-to", t.lower(j)) && t.sameLine(j + 1)) {
                Lexicon.Match from = lex.endingAt("range-from", t, lowStart);
                if ((from != null && (from.value().equals("always") || !changeVerbBefore(from.from())))
                        || lex.endingAt("range-by", t, lowStart) != null) {
                    k = j + 1;
                }
            }
            if (k < 0) {
                return null;
            }
            Lexicon.Match sign = t.isDigits(k) ? null : lex.longest("currency-prefix", t, k);
            if (sign != null && t.isDigits(sign.to()) && t.start(sign.to()) - t.end(sign.to() - 1) <= 1) {
                k = sign.to(); // "from $1 to $2 million"
            }
            Num high = number(k, false);
            return high != null && high.value > low.value && !looksLikeYear(high) ? high : null;
        }

        /** A counted noun at j, perhaps after an adjective or two: "2 522 дополнительных рабочих места". */
        private Lexicon.Match countable(int j) {
            return countable(j, true);
        }

        /** As above; {@code bareCount} lets a Kazakh noun before a verb of making count ("780 мың диск шығарды"). */
        private Lexicon.Match countable(int j, boolean bareCount) {
            int k = j;
            for (int adjectives = 0; adjectives <= MAX_ADJECTIVES && t.sameLine(k); adjectives++) {
                Lexicon.Match m = lex.longest("countable", t, k);
                if (m != null) {
                    return m;
                }
                if (!t.isWord(k) || t.isCapitalised(k) || isKnownWord(t.lower(k))) {
                    return null;
                }
                // Kazakh counts things with a bare noun before a verb of making or selling: "780 мың диск
                // шығарды", "1 050 лифт шығарады": the verb says the noun is a product counted
                if (bareCount && t.isWord(k + 1) && t.sameLine(k + 1) && lex.longest("count-verb", t, k + 1) != null) {
                    return new Lexicon.Match("unit", j, k + 1);
                }
                k++;
                while (t.is(k, '-') && t.touches(k) && t.isWord(k + 1)) {
                    k += 2; // high-performance
                }
            }
            return null;
        }

        private boolean isKnownWord(String w) {
            return lex.has("stop", w) || lex.has("percent", w) || lex.has("qualifier", w) || lex.has("currency", w) || lex.has("unit", w) || lex.has("scale", w)
                    || lex.has("word-number", w) || w.length() <= 2;
        }

        /** The qualifier before the number starting at token {@code start}: its value and first token, or null. */
        private Lexicon.Match qualifierBefore(int start) {
            Lexicon.Match q = qualifierEndingAt(start);
            if (q == null && t.isWord(start - 1) && lex.has("qualifier-gap", t.lower(start - 1))) {
                q = qualifierEndingAt(start - 1); // "более чем на 20%"
            }
            return q;
        }

        private Lexicon.Match qualifierEndingAt(int start) {
            Lexicon.Match m = lex.endingAt("qualifier", t, start);
            if (m == null) {
                return null;
            }
            String form = qualifierKey(m.from(), m.to());
            if ("up to".equals(m.value()) && (form.equals("до") || form.equals("to")) && changeVerbBefore(m.from())) {
                return null;
            }
            return m;
        }

        private String qualifierKey(int from, int to) {
            StringBuilder b = new StringBuilder();
            for (int k = from; k < to; k++) {
                if (k > from) {
                    b.append(' ');
                }
                b.append(t.lower(k));
            }
            return b.toString();
        }

        private boolean changeVerbBefore(int k) {
            return AmountReader.this.changeVerbBefore(t, k);
        }

        private String qualifierAfter(int j, String qualifier) {
            if (qualifier != null) {
                return qualifier;
            }
            int k = skipCaseSuffix(j);
            Lexicon.Match m = t.sameLine(k) || k == j ? lex.longest("qualifier-after", t, k) : null;
            return m == null ? null : m.value();
        }

        private int qualifierAfterEnd(int j) {
            int k = skipCaseSuffix(j);
            Lexicon.Match m = lex.longest("qualifier-after", t, k);
            return m == null ? j : m.to();
        }

        /** Kazakh glues case endings to numbers with a hyphen: "200-ден астам". */
        private int skipCaseSuffix(int j) {
            return t.is(j, '-') && t.touches(j) && t.isWord(j + 1) && t.touches(j + 1) ? j + 2 : j;
        }

        /** True when token j follows on the same line, at most a space away. */
        private boolean near(int j) {
            return j < t.size() && t.sameLine(j) && t.start(j) - t.end(j - 1) <= 2;
        }

        private boolean isTaken(int from, int to) {
            int n = taken.nextSetBit(from);
            return n >= 0 && n < to;
        }

        private Span span(int from, int to) {
            return new Span(t.start(from), t.end(to - 1));
        }
    }
}
