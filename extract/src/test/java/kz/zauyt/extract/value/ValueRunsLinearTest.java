package kz.zauyt.extract.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import kz.zauyt.extract.Extractor;
import kz.zauyt.extract.document.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15's doubling test for runs of values in one sentence (" 5 млрд 5 млрд ...", " 1,5 1,5 ..."):
 * every value used to scan its sentence from the start, so the time grew with the square of the run.
 * Linear time makes 8x the text take about 8x as long; a square 64x. The ratio allowed is generous,
 * and each size is timed as the fastest of several runs after a warm-up, in CPU time of this thread
 * (the machine is shared: wall time would count what other processes did).
 */
class ValueRunsLinearTest {

    private static final Extractor EXTRACTOR = Extractor.load();
    private static final int SMALL = 4_000;
    private static final int LARGE = 8 * SMALL;
    private static final double MAX_RATIO = 24;

    @ParameterizedTest
    @ValueSource(strings = {" 5 млрд", " 1,5", " 15", " 2 522"})
    void aRunOfValuesTakesLinearTime(String piece) throws Exception {
        for (int k = 0; k < 4; k++) { // warm-up, on both sizes: the first long runs still compile and re-compile their loops
            time(piece, SMALL);
            time(piece, LARGE);
        }
        double small = fastest(piece, SMALL, 5);
        double large = fastest(piece, LARGE, 5);
        assertThat(large / small).as("time of 8x the run over 1x (%.0f ms / %.0f ms)", large / 1e6, small / 1e6)
                .isLessThan(MAX_RATIO);
    }

    /** The fastest of a few runs: a collection or a recompilation only ever adds to a run's time. */
    private static double fastest(String piece, int n, int runs) throws Exception {
        long[] t = new long[runs];
        for (int k = 0; k < runs; k++) {
            t[k] = time(piece, n);
        }
        return Arrays.stream(t).min().orElseThrow();
    }

    private static long time(String piece, int n) throws Exception {
        String text = "date 2024-05-29\n\nЗавод в Алматы.\n\nЗавод построит" + piece.repeat(n) + ".\n";
        Document d = EXTRACTOR.reader().fromText("run.txt", text, false);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long start = cpu.getCurrentThreadCpuTime();
        EXTRACTOR.extract(d);
        return cpu.getCurrentThreadCpuTime() - start;
    }
}
