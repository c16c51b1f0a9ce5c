package kz.zauyt.extract.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The index answers exactly what a scan of every range would, in the same order, long and backwards ranges too. */
class TokenIndexPropertyTest {

    @Property(tries = 300)
    void answersLikeAScan(@ForAll @Size(max = 60) List<@IntRange(min = 0, max = 120) Integer> starts,
            @ForAll @Size(max = 60) List<@IntRange(min = -3, max = 90) Integer> lengths,
            @ForAll @IntRange(min = -5, max = 130) int lo, @ForAll @IntRange(min = 0, max = 40) int width) {
        int n = Math.min(starts.size(), lengths.size());
        int[] from = new int[n];
        int[] to = new int[n];
        for (int i = 0; i < n; i++) {
            from[i] = starts.get(i);
            to[i] = starts.get(i) + lengths.get(i);
        }
        TokenIndex index = new TokenIndex(from, to);
        int hi = lo + width;
        List<Integer> within = new ArrayList<>();
        List<Integer> touching = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (from[i] >= lo && to[i] <= hi) {
                within.add(i);
            }
            if (from[i] <= hi && to[i] >= lo) {
                touching.add(i);
            }
        }
        assertThat(index.within(lo, hi)).isEqualTo(within);
        assertThat(index.touching(lo, hi)).isEqualTo(touching);
    }
}
