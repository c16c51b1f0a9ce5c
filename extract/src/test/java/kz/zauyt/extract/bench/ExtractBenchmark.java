package kz.zauyt.extract.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import kz.zauyt.extract.Extraction;
import kz.zauyt.extract.Extractor;
import kz.zauyt.extract.document.DocumentReader;
import kz.zauyt.extract.json.ExtractionJson;

/**
 * Extraction throughput: reading, every stage and the JSON line, over a corpus of at least 20 MB made
 * from the test articles, after a warm-up; on one thread and on all cores; with the peak heap. A
 * harness that prints figures, not a test: run it with {@code bench/extract}.
 */
public final class ExtractBenchmark {

    private static final long TARGET_BYTES = 20L * 1024 * 1024;

    private ExtractBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Extractor extractor = Extractor.load();
        List<byte[]> corpus = corpus();
        long bytes = corpus.stream().mapToLong(b -> b.length).sum();
        System.out.printf(Locale.ROOT, "corpus: %d articles, %.1f MB%n", corpus.size(), bytes / 1048576.0);
        run(extractor, corpus.subList(0, Math.min(corpus.size(), 3000)), 1, "warm-up");
        double one = run(extractor, corpus, 1, "1 thread");
        int cores = Runtime.getRuntime().availableProcessors();
        double all = run(extractor, corpus, cores, cores + " threads");
        System.out.printf(Locale.ROOT, "articles/s: %.0f on one thread, %.0f on %d; MB/s: %.2f and %.2f%n", one, all, cores,
                one * bytes / corpus.size() / 1048576.0, all * bytes / corpus.size() / 1048576.0);
        System.out.printf(Locale.ROOT, "peak heap: %.0f MB%n", peakHeap() / 1048576.0);
    }

    private static double run(Extractor extractor, List<byte[]> corpus, int threads, String label) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong cpuNanos = new AtomicLong();
        long start = System.nanoTime();
        List<Future<Integer>> parts = new ArrayList<>();
        int chunk = (corpus.size() + threads - 1) / threads;
        for (int t = 0; t < threads; t++) {
            List<byte[]> mine = corpus.subList(Math.min(corpus.size(), t * chunk), Math.min(corpus.size(), (t + 1) * chunk));
            parts.add(pool.submit(() -> {
                long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                int facts = 0;
                DocumentReader reader = extractor.reader();
                int n = 0;
                for (byte[] b : mine) {
                    Extraction x = extractor.extract(reader.read("bench-" + n++ + ".txt", b, false));
                    facts += ExtractionJson.line(x, new ExtractionJson.Options(false, false)).length() > 0 ? x.projects().size() : 0;
                }
                cpuNanos.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0);
                return facts;
            }));
        }
        int facts = 0;
        for (Future<Integer> f : parts) {
            facts += f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        double rate = corpus.size() / seconds;
        // CPU time too: on a shared machine the wall clock also counts what other processes did
        double perCpuSecond = corpus.size() / (cpuNanos.get() / 1e9);
        System.out.printf(Locale.ROOT, "%-10s %d articles in %.2f s: %.0f articles/s wall, %.0f per CPU-second (%d projects)%n",
                label, corpus.size(), seconds, rate, perCpuSecond, facts);
        return rate;
    }

    /** The test articles, repeated with a counter line so each copy is a distinct document, up to 20 MB. */
    private static List<byte[]> corpus() throws IOException, URISyntaxException {
        Path dir = Path.of(ExtractBenchmark.class.getResource("/corpus/articles").toURI());
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        List<byte[]> out = new ArrayList<>();
        long total = 0;
        for (int copy = 0; total < TARGET_BYTES; copy++) {
            for (String t : texts) {
                byte[] b = (t + "\n\nRef. " + copy + "\n").getBytes(StandardCharsets.UTF_8);
                out.add(b);
                total += b.length;
            }
        }
        return out;
    }

    /** The peak heap used since the start (or since the pools' peaks were reset), garbage included. */
    public static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
