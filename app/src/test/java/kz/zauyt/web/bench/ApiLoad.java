package kz.zauyt.web.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import kz.zauyt.extract.Extractor;
import kz.zauyt.ingest.ContractParser;
import kz.zauyt.ingest.IngestService;
import kz.zauyt.ingest.IngestSummary;
import kz.zauyt.ingest.Progress;
import kz.zauyt.registry.Registry;
import kz.zauyt.registry.bench.SyntheticCorpus;
import kz.zauyt.registry.db.DatabaseConfig;
import kz.zauyt.web.WebServer;

/**
 * Load harness for {@code /api/v1/projects} with filters (a harness, not a test). Fills a registry
 * with synthetic news through the registry's own ingest (the registry benchmark's generator) until it
 * holds the asked number of projects, serves it, then measures over real HTTP on loopback:
 *
 * <ol>
 *   <li>an open-loop run at a fixed rate (default 200 requests/s): latency counted from when each request
 *       was due, so a slow server cannot hide its queue (no coordinated omission);</li>
 *   <li>a closed-loop run with a few clients back to back: the most requests per second it serves.</li>
 * </ol>
 *
 * The requests cycle through filter combinations a person uses: region, status, sector prefix,
 * investor country, year, company, full-text search, sorting, deep pages.
 *
 * <pre>bench/web [--projects 100000] [--rate 200] [--seconds 30] [--db JDBC_URL]</pre>
 *
 * With {@code --db}, a registry that already holds enough projects is used as it is (no ingest).
 */
public final class ApiLoad {

    private static final String[] QUERIES = {
        "region=KZ-75", "status=operating", "sector=C23", "country=CN", "region=KZ-39&status=construction",
        "year=2015", "company=Karaday", "q=cement", "q=цемент", "sort=-investment", "sort=name&region=KZ-71",
        "page=7&size=25", "sector=C&country=KR&sort=-jobs", "region=KZ-55&year=2016&page=2", "status=planned&sort=-last",
        "q=plant&region=KZ-35", "country=China", "country=Китай", "q=автозавод",
    };

    private ApiLoad() {
    }

    public static void main(String[] args) throws Exception {
        int projects = intArg(args, "--projects", 100_000);
        int rate = intArg(args, "--rate", 200);
        int seconds = intArg(args, "--seconds", 30);
        String db = stringArg(args, "--db", System.getenv("ZAUYT_BENCH_DB"));
        DatabaseConfig config = db != null ? DatabaseConfig.server(db) : DatabaseConfig.embedded(Path.of("target", "bench-web-db"));
        try (Registry registry = Registry.open(config)) {
            fill(registry, projects);
            try (WebServer server = WebServer.start(registry, "127.0.0.1", 0, Clock.systemDefaultZone())) {
                String base = "http://127.0.0.1:" + server.port() + "/api/v1/projects?";
                java.util.concurrent.ExecutorService pool = Executors.newFixedThreadPool(8);
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(pool).build();
                System.out.println("warming up (10 s)...");
                closedLoop(client, base, 4, 10);
                System.out.printf(Locale.ROOT, "%nopen loop: %d requests/s for %d s, %d filter combinations%n", rate, seconds, QUERIES.length);
                Result open = openLoop(client, base, rate, seconds);
                open.print();
                open.printByQuery();
                System.out.printf(Locale.ROOT, "%nclosed loop: 4 clients back to back for %d s%n", seconds);
                closedLoop(client, base, 4, seconds).print();
                pool.shutdownNow();
            }
        }
    }

    /** Ingests synthetic documents until the registry holds {@code projects} projects. */
    public static void fill(Registry registry, int projects) throws Exception {
        long have = count(registry);
        System.out.printf(Locale.ROOT, "registry holds %,d projects; want %,d%n", have, projects);
        while (have < projects) {
            long seed = have + 1; // a new seed per batch: a rerun after a kill adds documents instead of repeating them
            // about 0.8 new plants a document: ask for what is missing, in batches the progress line can follow
            int docs = (int) Math.min(50_000, Math.max(1_000, (projects - have) * 1.3));
            Path file = Files.createTempFile("zauyt-bench-web", ".jsonl");
            new SyntheticCorpus(seed * 7919).write(file, docs);
            long t0 = System.nanoTime();
            IngestSummary s = new IngestService(registry.store(), Extractor::load, new ContractParser(Extractor.VERSION), 2)
                    .ingest(List.of(file), Progress.NONE);
            Files.delete(file);
            double secs = (System.nanoTime() - t0) / 1e9;
            have = count(registry);
            System.out.printf(Locale.ROOT, "  ingested %,d documents in %.0f s (%.0f/s): %,d projects now%n", s.added(), secs,
                    s.added() / secs, have);
        }
        registry.database().jdbi().useHandle(h -> h.execute("analyze"));
    }

    private static long count(Registry registry) {
        return registry.database().jdbi().withHandle(h -> h.createQuery("select count(*) from project").mapTo(Long.class).one());
    }

    /** Latencies in microseconds (request i used query i mod the number of queries), and what went wrong. */
    private record Result(long[] micros, long errors, double seconds) {
        /** p50 and p99 per filter combination: which filters cost what. */
        void printByQuery() {
            for (int q = 0; q < QUERIES.length; q++) {
                List<Long> mine = new ArrayList<>();
                for (int i = q; i < micros.length; i += QUERIES.length) {
                    mine.add(micros[i]);
                }
                long[] l = mine.stream().mapToLong(Long::longValue).sorted().toArray();
                if (l.length > 0) {
                    System.out.printf(Locale.ROOT, "    %-40s p50 %6.1f ms  p99 %6.1f ms%n", QUERIES[q], pct(l, 50) / 1000.0,
                            pct(l, 99) / 1000.0);
                }
            }
        }

        void print() {
            long[] l = micros.clone();
            Arrays.sort(l);
            System.out.printf(Locale.ROOT, "  %,d requests in %.1f s: %.0f requests/s, %d errors%n", l.length, seconds,
                    l.length / seconds, errors);
            if (l.length > 0) {
                System.out.printf(Locale.ROOT, "  latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                        pct(l, 50) / 1000.0, pct(l, 90) / 1000.0, pct(l, 99) / 1000.0, l[l.length - 1] / 1000.0);
            }
        }

        private static long pct(long[] sorted, double p) {
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];
        }
    }

    private static Result openLoop(HttpClient client, String base, int rate, int seconds) throws Exception {
        int total = rate * seconds;
        long[] micros = new long[total];
        AtomicLong errors = new AtomicLong();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        long period = 1_000_000_000L / rate;
        AtomicInteger next = new AtomicInteger();
        CompletableFuture<Void> done = new CompletableFuture<>();
        ticker.scheduleAtFixedRate(() -> {
            // every request that is due by now is sent now: a late tick never thins the load
            long due = (System.nanoTime() - start) / period;
            while (next.get() <= due && next.get() < total) {
                int i = next.getAndIncrement();
                long dueAt = start + i * period;
                synchronized (pending) {
                    pending.add(client.sendAsync(request(base, i), HttpResponse.BodyHandlers.ofByteArray())
                            .whenComplete((r, e) -> {
                                micros[i] = (System.nanoTime() - dueAt) / 1000;
                                if (e != null || r.statusCode() != 200) {
                                    errors.incrementAndGet();
                                }
                            }));
                }
            }
            if (next.get() >= total) {
                done.complete(null);
            }
        }, 0, 1, TimeUnit.MILLISECONDS);
        done.get();
        ticker.shutdownNow();
        synchronized (pending) {
            CompletableFuture.allOf(pending.toArray(new CompletableFuture[0])).exceptionally(e -> null).get();
        }
        return new Result(micros, errors.get(), (System.nanoTime() - start) / 1e9);
    }

    private static Result closedLoop(HttpClient client, String base, int clients, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        AtomicInteger counter = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = client.send(request(base, counter.getAndIncrement()),
                                HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies.add((System.nanoTime() - t0) / 1000);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double secs = (System.nanoTime() - start) / 1e9;
        return new Result(latencies.stream().mapToLong(Long::longValue).toArray(), errors.get(), secs);
    }

    private static HttpRequest request(String base, int i) {
        return HttpRequest.newBuilder(URI.create(base + encode(QUERIES[i % QUERIES.length]))).timeout(Duration.ofSeconds(30))
                .GET().build();
    }

    private static String encode(String query) {
        StringBuilder b = new StringBuilder();
        for (char c : query.toCharArray()) {
            b.append(c < 128 ? String.valueOf(c) : java.net.URLEncoder.encode(String.valueOf(c), java.nio.charset.StandardCharsets.UTF_8));
        }
        return b.toString();
    }

    private static int intArg(String[] args, String name, int fallback) {
        String v = stringArg(args, name, null);
        return v == null ? fallback : Integer.parseInt(v);
    }

    private static String stringArg(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
