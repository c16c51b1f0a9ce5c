package kz.zauyt.extract.value;

import kz.zauyt.extract.text.Span;

/**
 * A point in time as precise as the text ("2024", "2024-05", "2024-05-29"), or a null value when it
 * is relative and the publication date is unknown. {@code qualifier} is "by" for deadlines ("by 2025",
 * "до конца года").
 */
public record DateMention(Span span, String value, String qualifier) implements Mention {
    public DateMention {
        if (value != null && !value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new IllegalArgumentException("date must be ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD), got '" + value + "'");
        }
    }

    @Override
    public String type() {
        return "date";
    }
}
