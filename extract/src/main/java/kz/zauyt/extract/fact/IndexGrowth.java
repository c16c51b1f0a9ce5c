package kz.zauyt.extract.fact;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * Statistics state growth as an index: "the index of industrial production was 106.8%" is +6.8% on a
 * year before. Told beside an amount that has no change of its own (in its sentence or the next one,
 * either order: "produced goods worth 1.74 trillion tenge. The index was 106.8%"), the index is that
 * amount's change, not a figure of its own; and a percent told elsewhere with the same growth (the
 * headline's "up 6.8%") is then the same fact told again. An index with no amount beside it ("coal
 * mining: its index stood at 94.2%") stays an indicator.
 */
final class IndexGrowth {

    /** An index outside this range is no year-on-year index (a share, a price level, a typo). */
    private static final double LOW = 50;
    private static final double HIGH = 250;

    private IndexGrowth() {
    }

    /**
     * @param sentence the sentence each indicator was read from
     * @param index    which indicators are percents stated as an index
     */
    static List<Indicator> fold(List<Indicator> indicators, List<Integer> sentence, BitSet index) {
        if (index.isEmpty()) {
            return indicators;
        }
        List<Indicator> out = new ArrayList<>(indicators);
        BitSet dropped = new BitSet();
        BitSet paired = new BitSet();
        // nearest pairs first, over all of them: in "mining: 101.1%. In manufacturing the index was 104.8%;
        // output totalled 13.9 trillion" the amount is its own sentence's index's, not the one read first
        for (int[] pair : pairs(out, sentence, index)) {
            int j = pair[0];
            int amount = pair[1];
            if (dropped.get(j) || paired.get(amount)) {
                continue;
            }
            Indicator idx = out.get(j);
            double growth = growth(idx.value());
            Indicator a = out.get(amount);
            if (a.change() == null) {
                out.set(amount, new Indicator(a.metric(), a.scope(), a.period(), a.value(), a.unit(), new Change(growth, "yoy"),
                        a.evidence()));
            }
            paired.set(amount);
            dropped.set(j);
            for (int k = 0; k < out.size(); k++) {
                Indicator p = out.get(k);
                if (k != j && !index.get(k) && p.unit().equals("%") && p.value() == growth && samePeriod(p, idx)) {
                    dropped.set(k); // the headline's "output up 6.8%": the growth now told with its amount
                }
            }
        }
        List<Indicator> kept = new ArrayList<>(out.size());
        for (int k = 0; k < out.size(); k++) {
            if (!dropped.get(k)) {
                kept.add(out.get(k));
            }
        }
        return kept;
    }

    /**
     * Every index with every amount (not a percent) in its sentence or the one before or after, of its
     * period and region, with no change or with this very growth: {index, amount}, nearest first, and at
     * one distance the amount before the index first, as statistics releases give the amount and then its index.
     */
    private static List<int[]> pairs(List<Indicator> out, List<Integer> sentence, BitSet index) {
        List<int[]> pairs = new ArrayList<>();
        for (int j = index.nextSetBit(0); j >= 0; j = index.nextSetBit(j + 1)) {
            Indicator idx = out.get(j);
            if (!isIndex(idx.value())) {
                continue;
            }
            double growth = growth(idx.value());
            for (int k = 0; k < out.size(); k++) {
                Indicator a = out.get(k);
                int d = sentence.get(j) - sentence.get(k);
                if (a.unit().equals("%") || Math.abs(d) > 1 || !samePeriod(a, idx)
                        || !Objects.equals(a.scope().region(), idx.scope().region())
                        || a.change() != null && a.change().percent() != growth) {
                    continue;
                }
                pairs.add(new int[] {j, k, d >= 0 ? 2 * d : -2 * d + 1});
            }
        }
        pairs.sort(java.util.Comparator.<int[]>comparingInt(p -> p[2]).thenComparingInt(p -> p[0]));
        return pairs;
    }

    /** Whether a percent can be a year-on-year index at all. */
    static boolean isIndex(double percent) {
        return percent > LOW && percent < HIGH;
    }

    /** The growth an index states: 106.8% is +6.8%. */
    static double growth(double index) {
        return Math.round((index - 100) * 10) / 10.0;
    }

    private static boolean samePeriod(Indicator a, Indicator b) {
        return a.period() == null || b.period() == null || Objects.equals(a.period(), b.period());
    }
}
