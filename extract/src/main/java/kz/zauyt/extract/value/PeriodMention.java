package kz.zauyt.extract.value;

import kz.zauyt.extract.text.Span;

/** A stretch of time: "January–April 2024" is 2024-01..2024-04; "с 2023 года" is 2023..open. */
public record PeriodMention(Span span, String from, String to) implements Mention {
    public PeriodMention {
        for (String v : new String[] {from, to}) {
            if (v != null && !DateMention.isIso(v)) {
                throw new IllegalArgumentException("period bound must be a real day of ISO 8601, got '" + v + "'");
            }
        }
    }

    @Override
    public String type() {
        return "period";
    }
}
