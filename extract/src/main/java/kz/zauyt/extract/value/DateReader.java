package kz.zauyt.extract.value;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import kz.zauyt.extract.text.Lexicon;
import kz.zauyt.extract.text.Span;
import kz.zauyt.extract.text.Tokens;

/**
 * Reads dates and periods: "May 29, 2024", "29 мая 2024 года", "January–April 2024", "H1 2023",
 * "в первом полугодии", "in the first 4 months of this year", "к 2025 году", "с 2023 года",
 * "до конца года". Relative expressions resolve against the publication date, never today, and stay
 * null when it is unknown. A bare year with nothing around it ("Strategy 2050") is not a date.
 *
 * <p>The words come from the {@code time} lexicon; this class knows how they combine.
 */
public final class DateReader {

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    private final Lexicon lex;
    private final Lexicon amounts;

    /** {@code time} gives months, prepositions and relative words; {@code amounts} the number words. */
    public DateReader(Lexicon time, Lexicon amounts) {
        this.lex = time;
        this.amounts = amounts;
    }

    /** Adds dates and periods to {@code out} and marks their tokens in {@code taken}. */
    public void read(Tokens t, LocalDate published, BitSet taken, List<Mention> out) {
        Scan scan = new Scan(t, published);
        int i = 0;
        while (i < t.size()) {
            Found f = scan.at(i);
            if (f == null) {
                i++;
                continue;
            }
            out.add(f.mention);
            taken.set(f.from, f.to);
            i = f.to;
        }
    }

    private record Found(Mention mention, int from, int to) {
    }

    /** A year read from the text or resolved from the publication date (null when unknown). */
    private record Year(Integer year, int end) {
    }

    private final class Scan {
        private final Tokens t;
        private final LocalDate published;
        private final Integer pubYear;
        private final int pubMonth;

        Scan(Tokens t, LocalDate published) {
            this.t = t;
            this.published = published;
            this.pubYear = published == null ? null : published.getYear();
            this.pubMonth = published == null ? 0 : published.getMonthValue();
        }

        Found at(int i) {
            if (!t.isDigits(i) && !lex.startsAny(t, i) && !amounts.startsAny(t, i)) {
                return null; // most words start no date: every reading below needs digits or a listed form here
            }
            Found f = numericDate(i);
            if (f == null) {
                f = dayMonth(i);
                if (f == null) {
                    f = ordinalDayMonth(i);
                }
            }
            if (f == null) {
                f = monthFirst(i);
            }
            if (f == null) {
                f = halfOrQuarter(i);
            }
            if (f == null) {
                f = monthsCount(i);
            }
            if (f == null) {
                f = yearEnd(i);
            }
            if (f == null) {
                f = relativeMonth(i);
            }
            if (f == null) {
                f = relativeQuarter(i);
            }
            if (f == null) {
                f = yearStart(i);
            }
            if (f == null) {
                f = relativeCount(i);
            }
            if (f == null) {
                f = relative(i);
            }
            if (f == null) {
                f = decade(i);
            }
            if (f == null) {
                f = fiscalShort(i);
            }
            if (f == null) {
                f = year(i);
            }
            return f;
        }

        /** 2024-05-29 and 29.05.2024. */
        private Found numericDate(int i) {
            if (!t.isDigits(i) || (t.touches(i) && !t.isAnyOf(i - 1, "(«\"'"))) {
                return null;
            }
            if (len(i) == 4 && (t.is(i + 1, '-') && t.is(i + 3, '-') || t.is(i + 1, '/') && t.is(i + 3, '/'))
                    && len(i + 2) == 2 && len(i + 4) == 2 && touchingRun(i, i + 5)) {
                return date(i, i + 5, num(i), num(i + 2), num(i + 4));
            }
            if (len(i) <= 2 && t.is(i + 1, '.') && len(i + 2) <= 2 && t.is(i + 3, '.') && len(i + 4) == 4
                    && touchingRun(i, i + 5) && !(t.is(i + 5, '.') && t.isDigits(i + 6) && t.touches(i + 6))) {
                return date(i, i + 5, num(i + 4), num(i + 2), num(i));
            }
            // 03-03-2024
            if (len(i) <= 2 && t.is(i + 1, '-') && len(i + 2) == 2 && t.is(i + 3, '-') && len(i + 4) == 4
                    && touchingRun(i, i + 5) && !(t.is(i + 5, '-') && t.isDigits(i + 6))) {
                return date(i, i + 5, num(i + 4), num(i + 2), num(i));
            }
            // 2024.03.03
            if (len(i) == 4 && t.is(i + 1, '.') && len(i + 2) == 2 && t.is(i + 3, '.') && len(i + 4) == 2
                    && touchingRun(i, i + 5) && !(t.is(i + 5, '.') && t.isDigits(i + 6) && t.touches(i + 6))) {
                return date(i, i + 5, num(i), num(i + 2), num(i + 4));
            }
            // 15/11/2023: the day first, as written in Kazakhstan, unless only the month-first reading is a date (11/15/2023)
            if (len(i) <= 2 && t.is(i + 1, '/') && len(i + 2) <= 2 && t.is(i + 3, '/') && len(i + 4) == 4
                    && touchingRun(i, i + 5) && !(t.is(i + 5, '/') && t.isDigits(i + 6))) {
                boolean monthFirst = num(i + 2) > 12 && num(i) <= 12;
                return monthFirst ? date(i, i + 5, num(i + 4), num(i), num(i + 2)) : date(i, i + 5, num(i + 4), num(i + 2), num(i));
            }
            return null;
        }

        private Found date(int from, int to, int y, int m, int d) {
            if (y < MIN_YEAR || y > MAX_YEAR || !realDay(y, m, d)) {
                return null;
            }
            return new Found(new DateMention(span(from, to), ymd(y, m, d), null), from, to);
        }

        /** "29 May 2024", "29 мая 2024 года", "1 июля" (year from publication). */
        private Found dayMonth(int i) {
            int from = t.isWord(i) && lex.has("day-article", t.lower(i)) ? i + 1 : i;
            int dayEnd = dayEnd(from);
            if (dayEnd < 0 || (t.touches(from) && t.isWord(from - 1))) {
                return null;
            }
            int day = num(from);
            Found days = dayRange(i, from, day, dayEnd);
            if (days != null) {
                return days;
            }
            int at = t.isWord(dayEnd) && lex.has("day-of", t.lower(dayEnd)) ? dayEnd + 1 : dayEnd;
            boolean dashed = t.is(at, '-') && t.touches(at) && t.touches(at + 1) && t.isWord(at + 1); // "3-Mar-2024"
            if (dashed) {
                at++;
            }
            Lexicon.Match month = lex.longest("month", t, at);
            if (day < 1 || day > 31 || month == null || !t.sameLine(at)) {
                return null;
            }
            int j = month.to();
            Year y = dashed && t.is(j, '-') && t.touches(j) && isYear(j + 1, true) ? new Year(num(j + 1), yearWordEnd(j + 2))
                    : explicitYear(t.is(j, ',') ? j + 1 : j);
            int mo = Integer.parseInt(month.value());
            if (!realDay(y == null ? pubYear : y.year, mo, day)) {
                return null; // "30 февраля" is no date
            }
            if (y == null) {
                return new Found(new DateMention(span(i, j), ymd(pubYear, Integer.parseInt(month.value()), day), null), i, j);
            }
            return new Found(new DateMention(span(i, y.end), ymd(y.year, Integer.parseInt(month.value()), day), null), i, y.end);
        }

        /** "the first of May", "the third of March 2024": a day in ordinal words, "of", a month. */
        private Found ordinalDayMonth(int i) {
            int from = t.isWord(i) && lex.has("day-article", t.lower(i)) ? i + 1 : i;
            Lexicon.Match ordinal = t.isWord(from) ? lex.longest("ordinal-day", t, from) : null;
            if (ordinal == null || !(t.isWord(ordinal.to()) && lex.has("day-of", t.lower(ordinal.to())))) {
                return null;
            }
            int at = ordinal.to() + 1;
            Lexicon.Match month = lex.longest("month", t, at);
            if (month == null || !t.sameLine(at)) {
                return null;
            }
            int day = Integer.parseInt(ordinal.value());
            int mo = Integer.parseInt(month.value());
            Year y = explicitYear(t.is(month.to(), ',') ? month.to() + 1 : month.to());
            int year = y == null ? pubYear == null ? -1 : pubYear : y.year;
            return year < 0 ? null : date(i, y == null ? month.to() : y.end, year, mo, day);
        }

        /**
         * "5-7 June", "5–7 июня 2025 года", "с 5 по 7 июня", "from 5 to 7 June", "between 5 and 7 June",
         * "5-7 маусымда": days of one month, the first ending at {@code dayEnd}; or null.
         */
        private Found dayRange(int i, int from, int day, int dayEnd) {
            boolean dash = t.isAnyOf(dayEnd, "-–—") && t.sameLine(dayEnd + 1) && t.start(dayEnd + 1) - t.end(dayEnd) <= 1;
            boolean word = !dash && t.isWord(dayEnd) && lex.has("range-to", t.lower(dayEnd)) && t.sameLine(dayEnd + 1);
            int second = dayEnd + 1;
            int secondEnd = dash || word ? dayEnd(second) : -1; // cheap tests first: this runs at every small number
            if (secondEnd < 0 || num(second) <= day || num(second) > 31) {
                return null;
            }
            Lexicon.Match opener = lex.endingAt("prep-since", t, from);
            if (opener == null) {
                opener = lex.endingAt("range-from", t, from);
            }
            if (word && opener == null) {
                return null;
            }
            int at = t.isWord(secondEnd) && lex.has("day-of", t.lower(secondEnd)) ? secondEnd + 1 : secondEnd;
            Lexicon.Match month = at < t.size() && t.sameLine(at) ? lex.longest("month", t, at) : null;
            if (month == null) {
                return null;
            }
            Year y = explicitYear(t.is(month.to(), ',') ? month.to() + 1 : month.to());
            Integer year = y == null ? pubYear : y.year;
            int m = Integer.parseInt(month.value());
            if (!realDay(year, m, day) || !realDay(year, m, num(second))) {
                return null;
            }
            int start = opener != null && t.isDigits(i) ? opener.from() : i;
            int end = y == null ? month.to() : y.end;
            return new Found(new PeriodMention(span(start, end), ymd(year, m, day), ymd(year, m, num(second))), start, end);
        }

        /** "May 29, 2024", "January–April 2024", "в январе-апреле 2024 года", "May 2024", "in March". */
        private Found monthFirst(int i) {
            Lexicon.Match month = t.isWord(i) ? lex.longest("month", t, i) : null;
            if (month == null || !plausibleMonth(i)) {
                return null;
            }
            int m = Integer.parseInt(month.value());
            int j = month.to();
            Found range = monthRange(i, m, null, j);
            if (range != null) {
                return range;
            }
            int dayEnd = t.sameLine(j) ? dayEnd(j) : -1;
            if (dayEnd > 0 && num(j) >= 1 && num(j) <= 31) {
                Found days = monthDayRange(i, m, num(j), dayEnd);
                if (days != null) {
                    return days;
                }
                int k = t.is(dayEnd, ',') ? dayEnd + 1 : dayEnd;
                Year y = explicitYear(k);
                if (!realDay(y == null ? pubYear : y.year, m, num(j))) {
                    return null; // "February 30" is no date
                }
                if (y != null) {
                    return new Found(new DateMention(span(i, y.end), ymd(y.year, m, num(j)), null), i, y.end);
                }
                if (t.isCapitalised(i) && !t.isWord(dayEnd)) {
                    return new Found(new DateMention(span(i, dayEnd), ymd(pubYear, m, num(j)), null), i, dayEnd);
                }
                return null;
            }
            Year y = explicitOrRelativeYear(skipFiller(j));
            int end = y == null ? j : y.end;
            if (y != null && (range = monthRange(i, m, y, end)) != null) {
                return range; // "from March 2023 to June 2024"
            }
            // "this September", "next March": the year from the word before
            Lexicon.Match rel = lex.endingAt("month-relative", t, i);
            Integer year = y != null ? y.year : pubYear;
            if (y == null && rel != null && pubYear != null) {
                year = pubYear + Integer.parseInt(rel.value());
            }
            int from = rel == null ? i : rel.from();
            Lexicon.Match since = lex.endingAt("prep-since", t, from);
            if (since != null) {
                return new Found(new PeriodMention(span(since.from(), end), ym(year, m), null), since.from(), end);
            }
            Found kazakh = sinceOrByAfter(from, end, year, m); // "наурыздан бастап", "қыркүйек айынан бастап", "наурызға дейін"
            if (kazakh != null) {
                return kazakh;
            }
            Lexicon.Match by = rel == null ? lex.endingAt("prep-by", t, i) : null;
            if (by != null) {
                return new Found(new DateMention(span(by.from(), end), ym(year, m), "by"), by.from(), end); // "by the end of March"
            }
            if (y != null || rel != null || lex.endingAt("prep-in", t, i) != null || lex.has("month-in", t.lower(i)) && lowerOrOpening(i)) {
                return new Found(new DateMention(span(from, end), ym(year, m), null), from, end);
            }
            Lexicon.Match after = lowerOrOpening(i) ? lex.longest("month-after", t, end) : null;
            if (after != null) {
                return new Found(new DateMention(span(from, after.to()), ym(year, m), null), from, after.to()); // "наурыз айында"
            }
            return null;
        }

        /**
         * A Kazakh month word that is lower-case, or capitalised only because it opens a sentence ("Желтоқсанда
         * зауыт ..."): capitalised inside one it is a name.
         */
        private boolean lowerOrOpening(int i) {
            return !t.isCapitalised(i) || i == 0 || t.isAnyOf(i - 1, ".!?") || !t.sameLine(i);
        }

        /** "June 5-7", "June 5-7, 2025", "from June 5 to June 7": days of month m, the first ending at dayEnd; or null. */
        private Found monthDayRange(int i, int m, int day, int dayEnd) {
            int second;
            boolean word = t.isWord(dayEnd) && lex.has("range-to", t.lower(dayEnd)) && t.sameLine(dayEnd + 1);
            Lexicon.Match opener = word ? lex.endingAt("prep-since", t, i) : null;
            if (t.isAnyOf(dayEnd, "-–—") && t.sameLine(dayEnd + 1) && t.start(dayEnd + 1) - t.end(dayEnd) <= 1 && t.isDigits(dayEnd + 1)) {
                second = dayEnd + 1;
            } else if (opener != null) {
                Lexicon.Match again = lex.longest("month", t, dayEnd + 1);
                if (again == null || Integer.parseInt(again.value()) != m) {
                    return null;
                }
                second = again.to();
            } else {
                return null;
            }
            int secondEnd = dayEnd(second);
            if (secondEnd < 0 || num(second) <= day || num(second) > 31) {
                return null;
            }
            Year y = explicitYear(t.is(secondEnd, ',') ? secondEnd + 1 : secondEnd);
            Integer year = y == null ? pubYear : y.year;
            if (!realDay(year, m, day) || !realDay(year, m, num(second))) {
                return null;
            }
            if (opener == null) {
                opener = lex.endingAt("prep-since", t, i);
            }
            int start = opener != null ? opener.from() : i;
            int end = y == null ? secondEnd : y.end;
            return new Found(new PeriodMention(span(start, end), ymd(year, m, day), ymd(year, m, num(second))), start, end);
        }

        /**
         * A second month after the one ending at k: "January-April", "January through April", "from March
         * to June 2024", "с марта по июнь", "between March and May", "қаңтардан наурызға дейін". The first
         * month's year, when written, is {@code y1}; otherwise the second's.
         */
        private Found monthRange(int start, int m, Year y1, int k) {
            Lexicon.Match from = lex.endingAt("prep-since", t, start);
            if (from == null) {
                from = lex.endingAt("range-from", t, start);
            }
            int link;
            if (t.isAnyOf(k, "-–—") && t.sameLine(k + 1)) {
                link = k + 1;
            } else if (t.isWord(k) && t.sameLine(k) && (lex.has("month-range-through", t.lower(k))
                    || from != null && lex.has("month-range-to", t.lower(k)))) {
                link = k + 1;
            } else if (t.isWord(start) && lex.has("month-from", t.lower(start)) && t.sameLine(k)) {
                link = k; // Kazakh: the first month in the ablative, "қаңтардан наурызға"
            } else {
                return null;
            }
            Lexicon.Match second = lex.longest("month", t, link);
            if (second == null || !plausibleMonth(link)) {
                return null;
            }
            Year y2 = explicitOrRelativeYear(second.to());
            int end = y2 == null ? second.to() : y2.end;
            Lexicon.Match until = lex.longest("prep-by-after", t, end);
            end = until == null ? end : until.to();
            Integer toYear = y2 != null ? y2.year : y1 != null ? y1.year : pubYear;
            Integer fromYear = y1 != null ? y1.year : toYear;
            int first = from == null ? start : from.from();
            return new Found(new PeriodMention(span(first, end), ym(fromYear, m), ym(toYear, Integer.parseInt(second.value()))),
                    first, end);
        }

        /** "next month", "в прошлом месяце", "осы айда", "yesterday": a month or day counted from the publication's. */
        private Found relativeMonth(int i) {
            Lexicon.Match m = lex.longest("relative-month", t, i);
            Lexicon.Match d = m == null ? lex.longest("relative-day", t, i) : null;
            if (m == null && d == null) {
                return null;
            }
            String value = null;
            if (m != null && pubYear != null && pubMonth > 0) {
                java.time.YearMonth ym = java.time.YearMonth.of(pubYear, pubMonth).plusMonths(Integer.parseInt(m.value()));
                value = ym(ym.getYear(), ym.getMonthValue());
            } else if (d != null && published != null) {
                value = published.plusDays(Integer.parseInt(d.value())).toString(); // "yesterday", "вчера", "кеше"
            }
            int end = (m != null ? m : d).to();
            return new Found(new DateMention(span(i, end), value, null), i, end);
        }

        /** "May" and "March" are also a verb; in English a month is capitalised. */
        private boolean plausibleMonth(int i) {
            String w = t.token(i);
            boolean latin = w.charAt(0) < 0x400;
            return !latin || Character.isUpperCase(w.charAt(0));
        }

        /** "H1 2023", "first half of 2016", "в первом полугодии", "Q3 of this year". */
        private Found halfOrQuarter(int i) {
            int[] months = new int[2];
            int to = partOfYear(i, months);
            if (to < 0) {
                return null;
            }
            Year y = gluedYear(to);
            if (y == null) {
                y = explicitOrRelativeYear(skipFiller(to));
            }
            Lexicon.Match rel = y == null ? lex.endingAt("month-relative", t, i) : null; // "this summer", "этим летом"
            if (rel != null) {
                y = new Year(pubYear == null ? null : pubYear + Integer.parseInt(rel.value()), to);
            }
            if (y == null && lex.longest("months-span", t, i) != null && (lex.endingAt("prep-in", t, i) == null || !t.isWord(i))) {
                return null; // a season needs its year or "in" ("summer" alone is no date); "9M" needs its year
            }
            int end = y == null ? to : y.end;
            int from = rel == null ? i : rel.from();
            Integer year = y == null ? pubYear : y.year;
            return new Found(new PeriodMention(span(from, end), ym(year, months[0]), ym(year, months[1])), from, end);
        }

        /** A year glued to a half or quarter: "3Q24", "1H25", "Q3'24", "Q3-2024"; or null. */
        private Year gluedYear(int k) {
            if (k >= t.size() || !t.touches(k)) {
                return null;
            }
            if (len(k) == 2 && !(t.isWord(k + 1) && t.touches(k + 1))) {
                return new Year(2000 + num(k), k + 1);
            }
            if (t.isAnyOf(k, "'’") && len(k + 1) == 2 && t.touches(k + 1) && !(t.isWord(k + 2) && t.touches(k + 2))) {
                return new Year(2000 + num(k + 1), k + 2);
            }
            if (t.is(k, '-') && isYear(k + 1, true) && t.touches(k + 1)) {
                return new Year(num(k + 1), yearWordEnd(k + 2));
            }
            return null;
        }

        /** "FY24": a fiscal year written with two digits. */
        private Found fiscalShort(int i) {
            Lexicon.Match m = t.isWord(i) ? lex.longest("fiscal-short", t, i) : null;
            Year y = m == null || !t.isDigits(m.to()) || len(m.to()) != 2 ? null : gluedYear(m.to());
            return y == null ? null : new Found(new DateMention(span(i, y.end), y(y.year), null), i, y.end);
        }

        /**
         * Kazakh puts "since" and "until" after a month, perhaps after "айы" ("month"): "наурыздан бастап",
         * "қыркүйек айынан бастап" open a period; "наурызға дейін", "наурыз айына дейін" are deadlines. Null otherwise.
         */
        private Found sinceOrByAfter(int from, int end, Integer year, int m) {
            Lexicon.Match month = lex.longest("month-after", t, end);
            int k = month == null ? end : month.to();
            Lexicon.Match since = lex.longest("prep-since-after", t, k);
            if (since != null) {
                return new Found(new PeriodMention(span(from, since.to()), ym(year, m), null), from, since.to());
            }
            Lexicon.Match by = lex.longest("prep-by-after", t, k);
            if (by != null && by.value().equals("by") && (month != null || k == end)) {
                return new Found(new DateMention(span(from, by.to()), ym(year, m), "by"), from, by.to());
            }
            return null;
        }

        /** "next quarter", "в текущем квартале": a quarter counted from the publication's. */
        private Found relativeQuarter(int i) {
            Lexicon.Match m = t.isWord(i) ? lex.longest("relative-quarter", t, i) : null;
            if (m == null) {
                return null;
            }
            String from = null;
            String to = null;
            if (pubYear != null && pubMonth > 0) {
                java.time.YearMonth first = java.time.YearMonth.of(pubYear, (pubMonth - 1) / 3 * 3 + 1)
                        .plusMonths(3L * Integer.parseInt(m.value()));
                java.time.YearMonth last = first.plusMonths(2);
                from = ym(first.getYear(), first.getMonthValue());
                to = ym(last.getYear(), last.getMonthValue());
            }
            return new Found(new PeriodMention(span(i, m.to()), from, to), i, m.to());
        }

        /** "since the start of the year", "с начала года", "жыл басынан бері": open from the publication's January. */
        private Found yearStart(int i) {
            Lexicon.Match m = t.isWord(i) ? lex.longest("year-start", t, i) : null;
            if (m == null) {
                return null;
            }
            Integer year = pubYear == null ? null : pubYear + Integer.parseInt(m.value());
            return new Found(new PeriodMention(span(i, m.to()), ym(year, 1), null), i, m.to());
        }

        /**
         * "two years ago", "three years from now", "через три года", "два дня назад", "екі жыл бұрын": a count
         * of years or days from the publication date. "In three years" alone may be a duration and is left.
         */
        private Found relativeCount(int i) {
            Lexicon.Match before = t.isWord(i) ? lex.longest("count-before", t, i) : null;
            int k = before == null ? i : before.to();
            int n;
            int j;
            if (t.isDigits(k) && len(k) <= 2 && !(t.touches(k) && t.isWord(k - 1))) {
                n = num(k);
                j = k + 1;
            } else {
                Lexicon.Match w = t.isWord(k) ? wordNumber(k) : null;
                if (w == null || (t.touches(k) && t.isWord(k - 1))) {
                    return null;
                }
                double v = Double.parseDouble(w.value());
                if (v < 1 || v > 99 || v != Math.rint(v)) {
                    return null;
                }
                n = (int) v;
                j = w.to();
            }
            if (j >= t.size() || !t.sameLine(j)) {
                return null;
            }
            Lexicon.Match unit = lex.longest("count-unit", t, j);
            if (unit == null) {
                return null;
            }
            int grain = switch (unit.value()) { // 0 years, 1 months, 2 days
                case "month" -> 1;
                case "week", "day" -> 2;
                default -> 0;
            };
            int per = unit.value().equals("week") ? 7 : 1;
            boolean years = grain == 0;
            int end = unit.to();
            int sign;
            if (before != null) {
                sign = Integer.parseInt(before.value());
            } else {
                Lexicon.Match ago = end < t.size() && t.sameLine(end) ? lex.longest("count-ago", t, end) : null;
                Lexicon.Match after = ago == null && end < t.size() && t.sameLine(end) ? lex.longest("count-after", t, end) : null;
                if (ago == null && after == null) {
                    return null;
                }
                sign = Integer.parseInt((ago != null ? ago : after).value());
                end = (ago != null ? ago : after).to();
            }
            String value = null;
            if (years && pubYear != null) {
                value = y(pubYear + sign * n);
            } else if (grain == 1 && published != null) {
                java.time.LocalDate d = published.plusMonths((long) sign * n);
                value = ym(d.getYear(), d.getMonthValue());
            } else if (grain == 2 && published != null) {
                value = published.plusDays((long) sign * n * per).toString();
            }
            return new Found(new DateMention(span(i, end), value, null), i, end);
        }

        /**
         * A half, quarter, season or run of months at i ("H1", "Q1-Q3", "summer", "first three quarters"):
         * its first and last month go into {@code months}; returns the token after it, or -1.
         */
        private int partOfYear(int i, int[] months) {
            Lexicon.Match half = lex.longest("half", t, i);
            Lexicon.Match quarter = half == null ? lex.longest("quarter", t, i) : null;
            if (half != null || quarter != null) {
                Lexicon.Match m = half != null ? half : quarter;
                int n = Integer.parseInt(m.value());
                int size = half != null ? 6 : 3;
                months[0] = (n - 1) * size + 1;
                months[1] = n * size;
                Lexicon.Match last = t.isAnyOf(m.to(), "-–—") && t.sameLine(m.to() + 1)
                        ? lex.longest(half != null ? "half" : "quarter", t, m.to() + 1) : null;
                if (last != null && Integer.parseInt(last.value()) > n) {
                    months[1] = Integer.parseInt(last.value()) * size; // "Q1-Q3"
                    return last.to();
                }
                return m.to();
            }
            Lexicon.Match span = lex.longest("months-span", t, i);
            if (span == null) {
                return -1;
            }
            String[] v = span.value().split("-");
            months[0] = Integer.parseInt(v[0]);
            months[1] = Integer.parseInt(v[1]);
            return span.to();
        }

        /** "first 4 months of this year", "за 9 месяцев 2023 года", "nine months of 2024". */
        private Found monthsCount(int i) {
            Lexicon.Match first = lex.longest("first", t, i);
            int k = first == null ? i : first.to();
            Integer count = null;
            int j = k;
            if (t.isDigits(k) && len(k) <= 2) {
                count = num(k);
                j = k + 1;
            } else {
                Lexicon.Match w = t.isWord(k) ? wordNumber(k) : null;
                if (w != null) {
                    count = (int) Double.parseDouble(w.value());
                    j = w.to();
                }
            }
            if (count == null || count < 1 || count > 12) {
                return null;
            }
            Lexicon.Match months = lex.longest("months-word", t, j);
            if (months == null) {
                return null;
            }
            Year y = explicitOrRelativeYear(skipFiller(months.to()));
            boolean za = t.isWord(i - 1) && t.lower(i - 1).equals("за");
            if (y == null && first == null && !za) {
                return null;
            }
            int end = y == null ? months.to() : y.end;
            Integer year = y == null ? pubYear : y.year;
            return new Found(new PeriodMention(span(i, end), ym(year, 1), ym(year, count)), i, end);
        }

        private Lexicon.Match wordNumber(int k) {
            return amounts.longest("word-number", t, k);
        }

        /** "by the end of the year", "до конца года", "жыл соңына дейін", "by the end of the decade". */
        private Found yearEnd(int i) {
            Lexicon.Match m = lex.longest("year-end", t, i);
            if (m == null) {
                return null;
            }
            int from = i;
            String qualifier = null;
            Lexicon.Match by = lex.endingAt("prep-by", t, i);
            if (by != null) {
                from = by.from();
                qualifier = "by";
            }
            int end = m.to();
            Lexicon.Match after = lex.longest("prep-by-after", t, end);
            if (after != null) {
                end = after.to();
                qualifier = "by";
            }
            // "до конца следующего года" is a year on; "by the end of the decade" the last year of the publication's decade
            Integer year = pubYear == null ? null : m.value().equals("decade") ? pubYear / 10 * 10 + 9 : pubYear + Integer.parseInt(m.value());
            return new Found(new DateMention(span(from, end), y(year), qualifier), from, end);
        }

        /** "this year", "в прошлом году", "биыл". */
        private Found relative(int i) {
            Lexicon.Match m = lex.longest("relative-year", t, i);
            if (m == null) {
                return null;
            }
            Integer year = pubYear == null ? null : pubYear + Integer.parseInt(m.value());
            Lexicon.Match month = m.to() < t.size() && t.sameLine(m.to()) ? lex.longest("month", t, m.to()) : null;
            if (month != null) {
                // Kazakh: "биыл қыркүйекте" is September of this year, "биылғы қаңтар-сәуірде" its January-April
                int mo = Integer.parseInt(month.value());
                Found range = monthRange(m.to(), mo, new Year(year, m.to()), month.to());
                if (range != null) {
                    return new Found(range.mention instanceof PeriodMention p ? new PeriodMention(span(i, range.to), p.from(), p.to())
                            : range.mention, i, range.to);
                }
                return new Found(new DateMention(span(i, month.to()), ym(year, mo), null), i, month.to());
            }
            int[] months = new int[2];
            int stop = m.to() < t.size() && t.sameLine(m.to()) ? partOfYear(m.to(), months) : -1;
            if (stop > 0) {
                return new Found(new PeriodMention(span(i, stop), ym(year, months[0]), ym(year, months[1])), i, stop);
            }
            Lexicon.Match by = lex.endingAt("prep-by", t, i);
            int from = by == null ? i : by.from();
            return new Found(new DateMention(span(from, m.to()), y(year), by == null ? null : "by"), from, m.to());
        }

        /** "in 2011", "к 2025 году", "until 2028", "с 2023 года", "2021–2025 годах", "2024 жылы". */
        private Found year(int i) {
            if (!isYear(i)) {
                return null;
            }
            int year = num(i);
            int j = ordinalEnd(i); // "2014-го"
            Lexicon.Match sinceStart = lex.endingAt("prep-since-start", t, i);
            if (sinceStart != null) {
                // "since the start of 2023", "с начала 2023 года": open from its January
                int end = yearWordEnd(j);
                return new Found(new PeriodMention(span(sinceStart.from(), end), ym(year, 1), null), sinceStart.from(), end);
            }
            Lexicon.Match startAfter = lex.longest("since-start-after", t, yearWordEnd(j));
            if (startAfter != null) {
                return new Found(new PeriodMention(span(i, startAfter.to()), ym(year, 1), null), i, startAfter.to()); // "2023 жылдың басынан бері"
            }
            Lexicon.Match since = lex.endingAt("prep-since", t, i);
            if (since == null) {
                since = lex.endingAt("range-from", t, i); // "between 2014 and 2018"
            }
            Lexicon.Match part = yearPart(i);
            // ranges: 2021-2025, 2021–2025 годах, from 2020 to 2025, с 2020 по 2025 год, с 2014 года по 2018 год
            int k = -1;
            int afterWord = yearWordEnd(j);
            if (t.isAnyOf(j, "-–—") && isYear(j + 1, true) && t.start(j + 1) - t.end(j) <= 1) {
                k = j + 1;
            } else {
                for (int at : new int[] {j, afterWord}) {
                    Lexicon.Match rangeTo = k < 0 ? lex.longest("range-to", t, at) : null;
                    if (rangeTo != null && since != null && isYear(rangeTo.to())) {
                        k = rangeTo.to();
                    }
                }
                Lexicon.Match alone = k < 0 ? lex.longest("range-to-alone", t, j) : null;
                if (alone != null && isYear(alone.to())) {
                    k = alone.to(); // "2014 жылдан 2018 жылға дейін"
                }
            }
            if (k < 0 && t.is(j, '/') && t.touches(j) && t.touches(j + 1) && t.isDigits(j + 1)
                    && (len(j + 1) == 4 && num(j + 1) == year + 1 || len(j + 1) == 2 && num(j + 1) == (year + 1) % 100)
                    && !(t.is(j + 2, '/') && t.isDigits(j + 3))) {
                // "2023/2024", "2023/24": a marketing or school year over two calendar years
                int end = yearWordEnd(j + 2);
                int from = part != null ? part.from() : i;
                return new Found(new PeriodMention(span(from, end), y(year), y(year + 1)), from, end);
            }
            if (k > 0 && num(k) > year) {
                int end = yearWordEnd(ordinalEnd(k));
                Lexicon.Match until = lex.longest("prep-by-after", t, end);
                end = until == null ? end : until.to();
                int from = since != null ? since.from() : part != null ? part.from() : i;
                return new Found(new PeriodMention(span(from, end), y(year), y(num(k))), from, end);
            }
            int end = afterWord;
            if (end > j) {
                // Kazakh puts the year before the day: "2023 жылғы 15 наурызда"
                Found day = dayMonth(end);
                if (day != null && day.mention instanceof DateMention d && d.value() != null && t.sameLine(end)) {
                    String v = pad4(year) + d.value().substring(4);
                    if (DateMention.isIso(v)) {
                        return new Found(new DateMention(span(i, day.to), v, null), i, day.to);
                    }
                }
                if (day != null && day.mention instanceof PeriodMention p && p.from() != null && p.to() != null && t.sameLine(end)) {
                    String a = pad4(year) + p.from().substring(4); // "2025 жылғы 5-7 маусымда"
                    String b = pad4(year) + p.to().substring(4);
                    if (DateMention.isIso(a) && DateMention.isIso(b)) {
                        return new Found(new PeriodMention(span(i, day.to), a, b), i, day.to);
                    }
                }
                // and before a count of months: "2024 жылдың 9 айында", "2024 жылдың алғашқы бес айында"
                Lexicon.Match first = t.sameLine(end) ? lex.longest("first", t, end) : null;
                int at = first == null ? end : first.to();
                Lexicon.Match word = t.isWord(at) && t.sameLine(at) ? wordNumber(at) : null;
                int count = t.isDigits(at) && len(at) <= 2 && t.sameLine(at) ? num(at) : word != null ? (int) Double.parseDouble(word.value()) : 0;
                Lexicon.Match months = count > 0 ? lex.longest("months-word", t, word != null ? word.to() : at + 1) : null;
                if (months != null && count <= 12) {
                    return new Found(new PeriodMention(span(i, months.to()), ym(year, 1), ym(year, count)), i, months.to());
                }
            }
            if (part != null) {
                Lexicon.Match by = lex.endingAt("prep-by", t, part.from()); // "by mid-2026", "by end-2027"
                int from = by == null ? part.from() : by.from();
                return new Found(new DateMention(span(from, end), y(year), by == null ? null : "by"), from, end);
            }
            if (end > j) {
                // Kazakh puts the year first: "2024 жылғы наурызда", "2023 жылдың бірінші жартыжылдығында"
                Lexicon.Match month = lex.longest("month", t, end);
                if (month != null && t.sameLine(end)) {
                    int from = since == null ? i : since.from();
                    Lexicon.Match second = t.isAnyOf(month.to(), "-–—") ? lex.longest("month", t, month.to() + 1) : null;
                    if (second != null) {
                        return new Found(new PeriodMention(span(from, second.to()), ym(year, Integer.parseInt(month.value())),
                                ym(year, Integer.parseInt(second.value()))), from, second.to());
                    }
                    Found kazakh = sinceOrByAfter(from, month.to(), year, Integer.parseInt(month.value()));
                    if (kazakh != null) {
                        return kazakh; // "2025 жылдың наурыз айынан бастап", "2025 жылғы наурызға дейін"
                    }
                    return new Found(new DateMention(span(from, month.to()), ym(year, Integer.parseInt(month.value())), null),
                            from, month.to());
                }
                int[] months = new int[2];
                int stop = t.sameLine(end) ? partOfYear(end, months) : -1;
                if (stop > 0) {
                    return new Found(new PeriodMention(span(i, stop), ym(year, months[0]), ym(year, months[1])), i, stop);
                }
            }
            if (since != null || lex.longest("prep-since-after", t, end) != null) {
                int stop = since != null ? end : lex.longest("prep-since-after", t, end).to();
                int from = since == null ? i : since.from();
                return new Found(new PeriodMention(span(from, stop), y(year), null), from, stop);
            }
            Lexicon.Match by = lex.endingAt("prep-by", t, i);
            Lexicon.Match byAfter = lex.longest("prep-by-after", t, end);
            if (by != null || byAfter != null) {
                int from = by == null ? i : by.from();
                int stop = byAfter == null ? end : byAfter.to();
                return new Found(new DateMention(span(from, stop), y(year), "by"), from, stop);
            }
            if (end > j || lex.endingAt("prep-in", t, i) != null) {
                return new Found(new DateMention(span(i, end), y(year), null), i, end);
            }
            return null;
        }

        private boolean isYear(int i) {
            return isYear(i, false) || (len(i) == 4 && t.touches(i) && (t.is(i - 1, '-') || t.isWord(i - 1))
                    && isYear(i, true) && yearPart(i) != null);
        }

        /** "the 1990s", "в 1990-х годах", "2010-е годы": ten years. */
        private Found decade(int i) {
            // "the mid-2020s", "в середине 2020-х": a part of the decade written before it
            Lexicon.Match part = lex.endingAt("decade-part", t, t.is(i - 1, '-') && t.touches(i) ? i - 1 : i);
            boolean hyphenedPart = part != null && t.is(i - 1, '-') && t.touches(i);
            if (len(i) != 4 || num(i) % 10 != 0 || num(i) < MIN_YEAR || num(i) > MAX_YEAR
                    || (t.touches(i) && !t.isAnyOf(i - 1, "(«\"'") && !hyphenedPart)) {
                return null;
            }
            int j = t.is(i + 1, '-') || t.is(i + 1, '\'') ? i + 2 : i + 1;
            if (!t.isWord(j) || !t.touches(j) || !t.touches(j == i + 2 ? i + 1 : j) || !lex.has("decade-suffix", t.lower(j))) {
                return null;
            }
            int end = yearWordEnd(j + 1);
            int first = 0;
            int last = 9;
            if (part != null) {
                String[] years = part.value().split("-");
                first = Integer.parseInt(years[0]);
                last = Integer.parseInt(years[1]);
            }
            int from = part != null ? part.from() : i;
            return new Found(new PeriodMention(span(from, end), y(num(i) + first), y(num(i) + last)), from, end);
        }

        /** "early 2025", "mid-2024", "late 2023", "в начале 2025 года": a part of a year, read as the year. */
        private Lexicon.Match yearPart(int i) {
            return lex.endingAt("year-part", t, t.is(i - 1, '-') && t.touches(i) ? i - 1 : i); // also "FY2023"
        }

        /** The token after a number at k and its ordinal ending, if any: "2014-го", "2018-й". */
        private int ordinalEnd(int k) {
            return t.is(k + 1, '-') && t.touches(k + 1) && t.isWord(k + 2) && t.touches(k + 2)
                    && amounts.has("ordinal-suffix", t.lower(k + 2)) ? k + 3 : k + 1;
        }

        /** The token after a day of the month at k ("9", "9th", "04th", "15-го"), or -1. */
        private int dayEnd(int k) {
            if (!t.isDigits(k) || len(k) > 2) {
                return -1;
            }
            if (t.isWord(k + 1) && t.touches(k + 1) && amounts.has("ordinal-suffix", t.lower(k + 1))) {
                return k + 2;
            }
            if (t.is(k + 1, '-') && t.touches(k + 1) && t.isWord(k + 2) && t.touches(k + 2)
                    && amounts.has("ordinal-suffix", t.lower(k + 2))) {
                return k + 3;
            }
            return k + 1;
        }

        /** {@code afterDash}: the end of a range "2020-2025", which a hyphen rightly touches. */
        private boolean isYear(int i, boolean afterDash) {
            if (!t.isDigits(i) || len(i) != 4 || (t.touches(i) && !afterDash && (t.isWord(i - 1) || t.isAnyOf(i - 1, "-.,/")))) {
                return false;
            }
            if (t.isWord(i + 1) && t.touches(i + 1)) {
                return false;
            }
            if (t.isAnyOf(i + 1, ".,") && t.isDigits(i + 2) && t.touches(i + 2)) {
                return false; // 2024.5, 2,024
            }
            int y = num(i);
            return y >= MIN_YEAR && y <= MAX_YEAR;
        }

        /** A four-digit year at k, with its "года"/"year" after it if any. */
        private Year explicitYear(int k) {
            if (!isYear(k) || !t.sameLine(k)) {
                return null;
            }
            return new Year(num(k), yearWordEnd(k + 1));
        }

        /** An explicit year, or "this year" / "текущего года" resolved against the publication date. */
        private Year explicitOrRelativeYear(int k) {
            Year y = explicitYear(k);
            if (y != null) {
                return y;
            }
            Lexicon.Match m = k < t.size() && t.sameLine(k) ? lex.longest("relative-year", t, k) : null;
            if (m == null) {
                return null;
            }
            return new Year(pubYear == null ? null : pubYear + Integer.parseInt(m.value()), m.to());
        }

        private int skipFiller(int k) {
            Lexicon.Match f = lex.longest("filler", t, k);
            if (f != null && (explicitYear(f.to()) != null || lex.longest("relative-year", t, f.to()) != null)) {
                return f.to();
            }
            return k;
        }

        private int yearWordEnd(int k) {
            Lexicon.Match w = k < t.size() && t.sameLine(k) ? lex.longest("year-word", t, k) : null;
            return w == null ? k : w.to();
        }

        private boolean touchingRun(int from, int to) {
            for (int k = from + 1; k < to; k++) {
                if (k >= t.size() || !t.touches(k)) {
                    return false;
                }
            }
            return true;
        }

        private int len(int i) {
            return t.isDigits(i) ? t.end(i) - t.start(i) : -1;
        }

        private int num(int i) {
            return Integer.parseInt(t.token(i));
        }

        private Span span(int from, int to) {
            return new Span(t.start(from), t.end(to - 1));
        }
    }

    /** Whether the day exists; with the year unknown, in some year (29 February does, 31 April never). */
    private static boolean realDay(Integer year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= java.time.YearMonth.of(year == null ? 2000 : year, month).lengthOfMonth();
    }

    private static String y(Integer year) {
        return year == null ? null : pad4(year);
    }

    private static String ym(Integer year, int month) {
        return year == null ? null : pad4(year) + (month < 10 ? "-0" : "-") + month;
    }

    private static String ymd(Integer year, int month, int day) {
        return year == null ? null : ym(year, month) + (day < 10 ? "-0" : "-") + day;
    }

    /** Years are 1900-2100 when read, but a relative one is computed: keep four digits without String.format. */
    private static String pad4(int year) {
        String s = Integer.toString(year);
        return s.length() >= 4 ? s : "0000".substring(s.length()) + s;
    }
}
