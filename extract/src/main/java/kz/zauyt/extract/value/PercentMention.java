package kz.zauyt.extract.value;

import kz.zauyt.extract.text.Span;

/** A percentage: "на 5,2%" is 5.2; "by 40-50%" is 40 to 50. */
public record PercentMention(Span span, double value, Double to, String qualifier) implements Mention {
    public PercentMention {
        Mention.checkFinite(value, "percent");
        Mention.checkQualifier(qualifier);
    }

    @Override
    public String type() {
        return "percent";
    }
}
