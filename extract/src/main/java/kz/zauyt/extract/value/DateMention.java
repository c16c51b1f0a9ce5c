package kz.zauyt.extract.value;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import kz.zauyt.extract.text.Span;

/**
 * A point in time as precise as the text ("2024", "2024-05", "2024-05-29"), or a null value when it
 * is relative and the publication date is unknown. {@code qualifier} is "by" for deadlines ("by 2025",
 * "до конца года").
 */
public record DateMention(Span span, String value, String qualifier) implements Mention {
    public DateMention {
        if (value != null && !isIso(value)) {
            throw new IllegalArgumentException("date must be a real day of ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD), got '" + value + "'");
        }
    }

    /** "2024", "2024-02", "2024-02-29": ISO 8601 and a day of the calendar ("2023-02-29" is none). */
    static boolean isIso(String v) {
        if (!v.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            return false;
        }
        try {
            if (v.length() == 10) {
                LocalDate.parse(v);
            } else if (v.length() == 7) {
                YearMonth.parse(v);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    @Override
    public String type() {
        return "date";
    }
}
