package kz.zauyt.extract.fact;

/** An investment amount in the currency written (ISO 4217), never converted. */
public record Investment(double amount, String currency) {
    public Investment {
        if (!Double.isFinite(amount) || amount <= 0) {
            throw new IllegalArgumentException("investment must be a positive amount, got " + amount);
        }
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("investment currency must be ISO 4217, got '" + currency + "'");
        }
    }
}
