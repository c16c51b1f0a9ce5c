package kz.zauyt.extract.time;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * How much longer a piece of work takes on an input twice as large: the median CPU time of a few
 * runs at size n and at 2n, after a warm-up. CPU time of the calling thread, not wall time, because
 * the machine is shared and the work runs on this thread.
 */
final class Doubling {

    private static final int RUNS = 3;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Doubling() {
    }

    /** {@code work} makes the input of the size given and returns what runs on it. */
    static double ratio(String label, int n, IntFunction<Runnable> work) {
        Runnable small = work.apply(n);
        Runnable large = work.apply(2 * n);
        small.run();
        double a = median(small);
        double b = median(large);
        double ratio = b / Math.max(a, 1e-3);
        System.out.printf(Locale.ROOT, "%s: %.3f s at n=%d, %.3f s at 2n: ratio %.2f%n", label, a, n, b, ratio);
        return ratio;
    }

    private static double median(Runnable r) {
        double[] t = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = THREADS.getCurrentThreadCpuTime();
            r.run();
            t[i] = (THREADS.getCurrentThreadCpuTime() - start) / 1e9;
        }
        Arrays.sort(t);
        return t[RUNS / 2];
    }
}
