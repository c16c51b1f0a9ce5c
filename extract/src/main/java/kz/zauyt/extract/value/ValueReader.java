package kz.zauyt.extract.value;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import kz.zauyt.extract.text.Language;
import kz.zauyt.extract.text.Lexicon;
import kz.zauyt.extract.text.Tokens;

/**
 * The number and date reading of the engine: dates and periods first (so that "2025" in "к 2025
 * году" is a date, not an amount), then numbers, money, quantities, percentages and factors.
 * Lexicons load once; {@link #read} is thread-safe.
 */
public final class ValueReader {

    private static final Comparator<Mention> TEXT_ORDER =
            Comparator.comparingInt((Mention m) -> m.span().start()).thenComparingInt(m -> -m.span().end());

    private final DateReader dates;
    private final AmountReader amounts;

    public ValueReader(Lexicon time, Lexicon amounts) {
        this.dates = new DateReader(time, amounts);
        this.amounts = new AmountReader(amounts);
    }

    public static ValueReader load() {
        return new ValueReader(Lexicon.load("time"), Lexicon.load("amounts"));
    }

    /** Every value in {@code tokens}, in text order. */
    public List<Mention> read(Tokens tokens, Language language, LocalDate published) {
        List<Mention> out = new ArrayList<>();
        BitSet taken = new BitSet(tokens.size());
        dates.read(tokens, published, taken, out);
        amounts.read(tokens, language, taken, out);
        out.sort(TEXT_ORDER);
        return out;
    }

    /** Convenience for a short text (tests, the corpus): tokenises it first. */
    public List<Mention> read(String text, Language language, LocalDate published) {
        return read(Tokens.of(text), language, published);
    }
}
