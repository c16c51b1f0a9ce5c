package kz.zauyt.extract.value;

import kz.zauyt.extract.text.Span;

/** An amount of money in an ISO 4217 currency, as written (never converted): "$2.9 billion". */
public record MoneyMention(Span span, double amount, Double to, String currency, String qualifier) implements Mention {
    private static final java.util.regex.Pattern ISO_4217 = java.util.regex.Pattern.compile("[A-Z]{3}");

    public MoneyMention {
        Mention.checkFinite(amount, "money amount");
        if (currency == null || !ISO_4217.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code, got '" + currency + "'");
        }
        Mention.checkQualifier(qualifier);
    }

    @Override
    public String type() {
        return "money";
    }
}
