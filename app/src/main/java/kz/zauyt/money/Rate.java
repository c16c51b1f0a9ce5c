package kz.zauyt.money;

import java.time.LocalDate;

/** KZT per one unit of {@code currency} from {@code day} on, as the National Bank of Kazakhstan set it (or approximated, see {@code basis}). */
public record Rate(LocalDate day, String currency, double kzt, String basis) {

    public Rate {
        if (day == null) {
            throw new IllegalArgumentException("a rate needs a date");
        }
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("a rate's currency must be an ISO 4217 code such as USD, got '" + currency + "'");
        }
        if (!(kzt > 0) || Double.isInfinite(kzt)) {
            throw new IllegalArgumentException("a rate must be a positive number of tenge, got " + kzt + " for " + currency);
        }
        if (basis == null || !basis.matches("[a-z]+")) {
            throw new IllegalArgumentException("a rate's basis must be a lower-case word such as official, got '" + basis + "'");
        }
    }
}
