package kz.zauyt.extract.time;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.IntFunction;
import kz.zauyt.extract.Extractor;
import kz.zauyt.extract.bench.ExtractBenchmark;
import kz.zauyt.extract.document.ReadException;

/**
 * The inputs that once took super-linear time, read and extracted at 1x, 2x and 4x their base size,
 * then one article of 19.9 MB (the test articles repeated, just under the 20 MB limit) with its time
 * and peak heap. A harness that prints figures, not a test: run it with {@code bench/pathological}.
 */
public final class PathologicalBenchmark {

    private static final Extractor EXTRACTOR = Extractor.load();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private PathologicalBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        row("run of . ! ? … and closers (chars)", 100_000, n -> Pathological.punctuationRun(n), "run.txt");
        row("document dense with facts (chars)", 1_000_000, Pathological::denseFacts, "dense.txt");
        row("HTML nested n deep", 25_000, Pathological::deepHtml, "deep.html");
        String big = Pathological.repeat(Pathological.articles(), (int) (19.9 * 1024 * 1024));
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        double[] t = time(big, "big.txt");
        System.out.printf(Locale.ROOT, "19.9 MB article (%d chars): %.1f s wall, %.1f s CPU, peak heap %.0f MB%n", big.length(),
                t[0], t[1], ExtractBenchmark.peakHeap() / 1048576.0);
    }

    private static void row(String label, int n, IntFunction<String> input, String name) throws ReadException {
        time(input.apply(n / 4), name); // warm-up
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-38s", label));
        for (int m = 1; m <= 4; m *= 2) {
            double[] t = time(input.apply(n * m), name);
            b.append(String.format(Locale.ROOT, "  %dx (n=%d): %.2f s wall, %.2f s CPU", m, n * m, t[0], t[1]));
        }
        System.out.println(b);
    }

    private static double[] time(String text, String name) throws ReadException {
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        EXTRACTOR.extract(EXTRACTOR.reader().fromText(name, text, name.endsWith(".html")));
        return new double[] {(System.nanoTime() - wall) / 1e9, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9};
    }
}
