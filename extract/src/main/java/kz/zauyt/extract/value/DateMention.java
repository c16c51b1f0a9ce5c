package kz.zauyt.extract.value;

import java.time.YearMonth;
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

    /**
     * "2024", "2024-02", "2024-02-29": ISO 8601 and a day of the calendar ("2023-02-29" is none). Checked by
     * hand, without a regular expression or a parser: every date the reader makes passes through here.
     */
    static boolean isIso(String v) {
        int n = v.length();
        if (n != 4 && n != 7 && n != 10) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            char c = v.charAt(k);
            boolean dash = k == 4 || k == 7;
            if (dash ? c != '-' : c < '0' || c > '9') {
                return false;
            }
        }
        if (n == 4) {
            return true;
        }
        int month = (v.charAt(5) - '0') * 10 + v.charAt(6) - '0';
        if (month < 1 || month > 12) {
            return false;
        }
        if (n == 7) {
            return true;
        }
        int day = (v.charAt(8) - '0') * 10 + v.charAt(9) - '0';
        return day >= 1 && day <= YearMonth.of(Integer.parseInt(v, 0, 4, 10), month).lengthOfMonth();
    }

    @Override
    public String type() {
        return "date";
    }
}
