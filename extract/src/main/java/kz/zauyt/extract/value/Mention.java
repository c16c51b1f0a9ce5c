package kz.zauyt.extract.value;

import kz.zauyt.extract.text.Span;

/**
 * A typed value the engine read from a text: the seven types of the contract's {@code annotations}.
 * Mentions are stand-off: they point into the normalised text and never copy or change it.
 */
public sealed interface Mention permits NumberMention, MoneyMention, QuantityMention, PercentMention,
        FactorMention, DateMention, PeriodMention {

    Span span();

    /** The contract's name of this type: number, money, quantity, percent, factor, date, period. */
    String type();

    static void checkQualifier(String qualifier) {
        if (qualifier != null && !qualifier.equals("over") && !qualifier.equals("about") && !qualifier.equals("up to")) {
            throw new IllegalArgumentException("qualifier must be over, about or up to, got '" + qualifier + "'");
        }
    }

    static void checkFinite(double v, String what) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be a finite number, got " + v);
        }
    }
}
