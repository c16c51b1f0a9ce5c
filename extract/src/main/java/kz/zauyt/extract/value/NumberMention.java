package kz.zauyt.extract.value;

import kz.zauyt.extract.text.Span;

/** A plain number: "2 522", "three thousand", "1,5". */
public record NumberMention(Span span, double value, Double to, String qualifier) implements Mention {
    public NumberMention {
        Mention.checkFinite(value, "number");
        Mention.checkQualifier(qualifier);
    }

    @Override
    public String type() {
        return "number";
    }
}
