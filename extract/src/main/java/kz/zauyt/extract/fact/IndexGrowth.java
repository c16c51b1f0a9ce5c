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
        for (int j = index.nextSetBit(0); j >= 0; j = index.nextSetBit(j + 1)) {
            Indicator idx = out.get(j);
            if (idx.value() <= LOW || idx.value() >= HIGH) {
                continue;
            }
            double growth = Math.round((idx.value() - 100) * 10) / 10.0;
            int amount = amountBeside(out, sentence, dropped, j);
            if (amount < 0) {
                continue;
            }
            Indicator a = out.get(amount);
            if (a.change() == null) {
                out.set(amount, new Indicator(a.metric(), a.scope(), a.period(), a.value(), a.unit(), new Change(growth, "yoy"),
                        a.evidence()));
            }
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
     * The amount (not a percent) nearest index j in its sentence or the one before or after, with no change
     * or with this very growth; the earlier one first, as statistics releases give the amount and then its index.
     */
    private static int amountBeside(List<Indicator> out, List<Integer> sentence, BitSet dropped, int j) {
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        double growth = Math.round((out.get(j).value() - 100) * 10) / 10.0;
        for (int k = 0; k < out.size(); k++) {
            Indicator a = out.get(k);
            int d = sentence.get(j) - sentence.get(k);
            if (dropped.get(k) || a.unit().equals("%") || Math.abs(d) > 1 || !samePeriod(a, out.get(j))
                    || !Objects.equals(a.scope().region(), out.get(j).scope().region())
                    || a.change() != null && a.change().percent() != growth) {
                continue;
            }
            int distance = d >= 0 ? 2 * d : -2 * d + 1; // before the index first, then after
            if (distance < bestDistance) {
                best = k;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static boolean samePeriod(Indicator a, Indicator b) {
        return a.period() == null || b.period() == null || Objects.equals(a.period(), b.period());
    }
}
