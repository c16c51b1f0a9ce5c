package kz.zauyt.extract.value;

import kz.zauyt.extract.text.Span;

/** A measured or counted amount in base units: "15 тыс. тонн" is 15000 t, "2,522 jobs" is 2522 job. */
public record QuantityMention(Span span, double value, Double to, String unit, String qualifier) implements Mention {
    public QuantityMention {
        Mention.checkFinite(value, "quantity");
        if (unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("a quantity needs a unit, got '" + unit + "'");
        }
        Mention.checkQualifier(qualifier);
    }

    @Override
    public String type() {
        return "quantity";
    }
}
