package kz.zauyt.extract.time;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * How much longer a piece of work takes on an input twice as large: the median CPU time of a few
 * runs at size n and at 2n, taken in turn after a warm-up. CPU time of the calling thread, not wall
 * time, because the machine is shared and the work runs on this thread. Work that is quick at size n
 * is repeated within each run (the same number of times at both sizes) so that no run is too short
 * to time.
 */
final class Doubling {

    private static final int WARM_UP = 3;
    private static final int RUNS = 5;
    private static final double SHORTEST_RUN = 0.1;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Doubling() {
    }

    /** {@code work} makes the input of the size given and returns what runs on it. */
    static double ratio(String label, int n, IntFunction<Runnable> work) {
        Runnable small = work.apply(n);
        Runnable large = work.apply(2 * n);
        double once = 0;
        for (int i = 0; i < WARM_UP; i++) {
            large.run();
            once = time(small, 1);
        }
        int reps = (int) Math.max(1, Math.ceil(SHORTEST_RUN / Math.max(once, 1e-4)));
        double[] a = new double[RUNS];
        double[] b = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            a[i] = time(small, reps);
            b[i] = time(large, reps);
        }
        double ratio = median(b) / Math.max(median(a), 1e-4);
        System.out.printf(Locale.ROOT, "%s: %.3f s at n=%d, %.3f s at 2n (%d in each run): ratio %.2f%n", label,
                median(a), n, median(b), reps, ratio);
        return ratio;
    }

    private static double median(double[] t) {
        double[] s = t.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static double time(Runnable r, int reps) {
        long start = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < reps; i++) {
            r.run();
        }
        return (THREADS.getCurrentThreadCpuTime() - start) / 1e9;
    }
}
