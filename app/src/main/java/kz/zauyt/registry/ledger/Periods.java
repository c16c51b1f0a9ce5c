package kz.zauyt.registry.ledger;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** The contract's dates are as precise as the text ("2025", "2025-10", "2025-10-01"); these give their bounds. */
public final class Periods {

    /** What span of time a reading covers: only readings of one kind of period are drawn or compared together. */
    public enum Kind {
        /** A calendar year: "2024", or January to December. */
        ANNUAL,
        /** Several months of a year, from January (January-April) or not (June-August). */
        PART_YEAR,
        /** One month. */
        MONTH,
        /** No period given, or one the ledger cannot place (a day, a span of years). */
        UNDATED
    }

    private Periods() {
    }

    /** The kind of the period {@code from}..{@code to} (either may be null). */
    public static Kind kind(String from, String to) {
        if (from == null) {
            return Kind.UNDATED;
        }
        String end = to == null ? from : to;
        if (isYear(from) && end.equals(from)) {
            return Kind.ANNUAL;
        }
        int months = months(from, end);
        if (months == 1) {
            return Kind.MONTH;
        }
        if (months == 12 && from.endsWith("-01")) {
            return Kind.ANNUAL;
        }
        return months > 1 && months < 12 && from.regionMatches(0, end, 0, 4) ? Kind.PART_YEAR : Kind.UNDATED;
    }

    /** The calendar year a period lies in (its end's year), or 0 when unknown. */
    public static int year(String from, String to) {
        LocalDate end = end(to != null ? to : from);
        return end == null ? 0 : end.getYear();
    }

    /** The last day of the period a date names, or null when it names none. */
    public static LocalDate end(String iso) {
        try {
            if (iso == null) {
                return null;
            }
            if (isYear(iso)) {
                return LocalDate.of(Integer.parseInt(iso), 12, 31);
            }
            if (isMonth(iso)) {
                return YearMonth.parse(iso).atEndOfMonth();
            }
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null; // an unreadable date orders like a missing one
        }
    }

    /** The first day of the period a date names, or null. */
    public static LocalDate start(String iso) {
        try {
            if (iso == null) {
                return null;
            }
            if (isYear(iso)) {
                return LocalDate.of(Integer.parseInt(iso), 1, 1);
            }
            if (isMonth(iso)) {
                return YearMonth.parse(iso).atDay(1);
            }
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** How many whole months a month-precise period spans ("2024-01".."2024-04" is 4), else 0. */
    public static int months(String from, String to) {
        if (from == null || to == null || !isMonth(from) || !isMonth(to)) {
            return 0;
        }
        YearMonth a = YearMonth.parse(from);
        YearMonth b = YearMonth.parse(to);
        return (int) (a.until(b, java.time.temporal.ChronoUnit.MONTHS) + 1);
    }

    // plain character checks, no regular expressions: the ledger asks for the bounds of every
    // reading's period while sorting and judging, tens of thousands of times per page

    /** "2025". */
    private static boolean isYear(String s) {
        return s.length() == 4 && digits(s, 0, 4);
    }

    /** "2025-10". */
    private static boolean isMonth(String s) {
        return s.length() == 7 && digits(s, 0, 4) && s.charAt(4) == '-' && digits(s, 5, 7);
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
