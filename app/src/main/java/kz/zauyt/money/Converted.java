package kz.zauyt.money;

import java.time.LocalDate;

/** An amount in tenge and in dollars, at the rates of {@code day}: what sorting and totals compare. */
public record Converted(double kzt, double usd, LocalDate day) {

    public Converted {
        if (!Double.isFinite(kzt) || !Double.isFinite(usd)) {
            throw new IllegalArgumentException("a converted amount must be finite, got " + kzt + " KZT, " + usd + " USD");
        }
    }
}
