package kz.zauyt.extract.value;

import kz.zauyt.extract.text.Span;

/** A multiplier: "1.5-fold", "в 2 раза", "doubled". */
public record FactorMention(Span span, double value) implements Mention {
    public FactorMention {
        Mention.checkFinite(value, "factor");
    }

    @Override
    public String type() {
        return "factor";
    }
}
