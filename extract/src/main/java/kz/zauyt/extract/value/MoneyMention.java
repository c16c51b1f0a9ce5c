package kz.zauyt.extract.value;

import kz.zauyt.extract.text.Span;

/** An amount of money in an ISO 4217 currency, as written (never converted): "$2.9 billion". */
public record MoneyMention(Span span, double amount, Double to, String currency, String qualifier) implements Mention {
    public MoneyMention {
        Mention.checkFinite(amount, "money amount");
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code, got '" + currency + "'");
        }
        Mention.checkQualifier(qualifier);
    }

    @Override
    public String type() {
        return "money";
    }
}
