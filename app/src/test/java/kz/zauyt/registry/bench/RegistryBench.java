package kz.zauyt.registry.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;
import kz.zauyt.extract.Extractor;
import kz.zauyt.ingest.ContractParser;
import kz.zauyt.ingest.IngestService;
import kz.zauyt.ingest.IngestSummary;
import kz.zauyt.ingest.Progress;
import kz.zauyt.registry.Registry;
import kz.zauyt.registry.db.DatabaseConfig;
import kz.zauyt.registry.query.Dimension;
import kz.zauyt.registry.query.Paging;
import kz.zauyt.registry.query.ProjectFilter;
import kz.zauyt.web.data.SortedProjects;
import org.jdbi.v3.core.Jdbi;

/**
 * The registry benchmark (not a test): ingests synthetic news end to end into PostgreSQL, then times
 * the queries the web makes on the registry that results. See README.md, "## Registry", for the
 * command. Options: {@code --documents N} (default 55000, which makes over 100,000 projects),
 * {@code --db JDBC_URL} (default: a throwaway embedded server), {@code --runs N} per query (default 200),
 * {@code --from N} (default 0): the registry given by {@code --db} holds the corpus's first N documents
 * already (a copy of an earlier run's database, say), and only the {@code --documents} after them are
 * ingested and timed: ingest into a registry of 100,000 projects without filling it on every run.
 */
public final class RegistryBench {

    private RegistryBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        int documents = Integer.parseInt(option(args, "--documents", "55000"));
        int runs = Integer.parseInt(option(args, "--runs", "200"));
        String db = option(args, "--db", null);
        int from = Integer.parseInt(option(args, "--from", "0"));
        if (from > 0 && db == null) {
            throw new IllegalArgumentException("--from needs a --db that holds the corpus's first documents");
        }
        Path dir = Files.createTempDirectory("zauyt-bench");
        Path corpus = dir.resolve("corpus.jsonl");
        SyntheticCorpus synthetic = new SyntheticCorpus(42);
        long plants = synthetic.write(corpus, from, documents);
        System.out.printf("corpus: %d documents%s, %d project facts about %d plants (%.0f MB)%n", documents,
                from == 0 ? "" : " after the first " + from, new SyntheticCorpus(42).countFacts(from + documents)
                        - new SyntheticCorpus(42).countFacts(from), plants, Files.size(corpus) / 1e6);

        DatabaseConfig config = db == null ? DatabaseConfig.embedded(dir.resolve("data")) : DatabaseConfig.server(db);
        try (Registry registry = Registry.open(config)) {
            IngestService ingest = new IngestService(registry.store(), Extractor::load, new ContractParser("0.1.0"), 2);
            String database = db == null ? null : databaseName(db);
            Cpu cpu = new Cpu(database);
            Halfway halfway = new Halfway();
            long t0 = System.nanoTime();
            IngestSummary s = ingest.ingest(List.of(corpus), halfway);
            long t1 = System.nanoTime();
            double seconds = (t1 - t0) / 1e9;
            System.out.printf("ingest: %s%n        %.1f s, %.0f documents/s end to end (parse, resolve, store; one transaction each)%n",
                    s.line(), seconds, s.read() / seconds);
            s.failures().stream().limit(3).forEach(f -> System.out.println("        failed: " + f.reason()));
            System.out.printf("        the second half: %.0f documents/s (the JIT compiler has done most of its work by then)%n",
                    (s.read() - halfway.count) / ((t1 - halfway.at) / 1e9));
            System.out.printf("        heap in use halfway through, after a full collection: %.0f MB%n", halfway.heap / 1e6);
            System.out.printf("        %s%n", cpu.since(s.read()));
            threadsCpu();
            System.gc();
            System.out.printf("        heap in use after ingest: %.0f MB%n", java.lang.management.ManagementFactory
                    .getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6);
            cpu = new Cpu(database);
            t0 = System.nanoTime();
            IngestSummary again = ingest.ingest(List.of(corpus), Progress.NONE);
            seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("again:  %s%n        %.0f documents/s%n", again.line(), again.read() / seconds);
            System.out.printf("        %s%n", cpu.since(again.read()));
            registry.store().analyze();
            merges(registry, synthetic);
            queries(registry, runs);
        } finally {
            if (db == null) {
                deleteTree(dir);
            }
        }
    }

    /**
     * How well mentions were merged into projects, against the plants the corpus wrote them about:
     * of the pairs of mentions put in one project, the share about one plant (precision), and of the
     * pairs about one plant, the share put in one project (recall). Different plants can share a made-up
     * name, so a perfect score is not to be had.
     */
    private static void merges(Registry r, SyntheticCorpus truth) {
        Map<Long, Long> byProject = new HashMap<>();
        Map<Integer, Long> byPlant = new HashMap<>();
        Map<List<Long>, Long> byBoth = new HashMap<>();
        r.database().jdbi().useHandle(h -> h.createQuery("select d.source, m.ordinal, m.project_id from mention m "
                + "join document d on d.id = m.document_id").map((rs, ctx) -> {
                    String source = rs.getString(1);
                    int n = Integer.parseInt(source.substring("synthetic/".length(), source.length() - ".txt".length()));
                    int plant = truth.plantOf(n, rs.getInt(2));
                    long project = rs.getLong(3);
                    byProject.merge(project, 1L, Long::sum);
                    byPlant.merge(plant, 1L, Long::sum);
                    byBoth.merge(List.of(project, (long) plant), 1L, Long::sum);
                    return null;
                }).forEach(x -> { }));
        double together = pairs(byBoth.values());
        System.out.printf("merges: %d projects for %d plants; pairs of mentions joined: %.4f precision, %.4f recall%n",
                byProject.size(), byPlant.size(), together / pairs(byProject.values()), together / pairs(byPlant.values()));
    }

    /**
     * Notes when half the documents were handed on to be stored, and the heap in use then (what ingest
     * keeps while it runs; the collection it takes is left out of the time).
     */
    private static final class Halfway implements Progress {
        private long total;
        private long done;
        long count;
        long at;
        long heap;

        @Override
        public void start(long total) {
            this.total = total;
        }

        @Override
        public void done(String source) {
            if (++done == (total + 1) / 2) {
                System.gc();
                heap = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                count = done;
                at = System.nanoTime();
            }
        }
    }

    /**
     * The CPU seconds this JVM's live threads have used, by kind: the JIT compilers' (a short run pays for
     * compiling the code it runs), the garbage collector's, and the rest (threads that ended are not counted).
     */
    private static void threadsCpu() {
        Map<String, Double> by = new HashMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                String stat = Files.readString(t.resolve("stat"));
                int close = stat.lastIndexOf(')');
                String name = stat.substring(stat.indexOf('(') + 1, close);
                // "C2 CompilerThre", "GC Thread#0", "G1 Refine#0": names as the JVM gives them, cut at 15 characters
                String kind = name.contains("Compiler") ? "JIT compilers"
                        : name.startsWith("GC ") || name.startsWith("G1 ") ? "GC" : "other threads";
                String[] f = stat.substring(close + 2).split(" ");
                by.merge(kind, (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0, Double::sum);
            }
        } catch (java.io.IOException | RuntimeException e) {
            return; // no /proc
        }
        System.out.printf("        JVM threads (whole run): JIT compilers %.1f s, GC %.1f s, other threads %.1f s%n",
                by.getOrDefault("JIT compilers", 0.0), by.getOrDefault("GC", 0.0), by.getOrDefault("other threads", 0.0));
    }

    private static double pairs(java.util.Collection<Long> groupSizes) {
        double sum = 0;
        for (long n : groupSizes) {
            sum += n * (n - 1) / 2.0;
        }
        return sum;
    }

    private static void queries(Registry r, int runs) {
        Jdbi jdbi = r.database().jdbi();
        long projects = jdbi.withHandle(h -> h.createQuery("select count(*) from project").mapTo(Long.class).one());
        long mentions = jdbi.withHandle(h -> h.createQuery("select count(*) from mention").mapTo(Long.class).one());
        System.out.printf("registry: %d projects from %d mentions%n", projects, mentions);
        List<Long> ids = jdbi.withHandle(h -> h.createQuery("select id from project order by random() limit 1000")
                .mapTo(Long.class).list());
        List<String> docs = jdbi.withHandle(h -> h.createQuery("select id from document order by random() limit 1000")
                .mapTo(String.class).list());
        // a made-up name can read as a legal form or a generic word only, which the company filter refuses
        List<String> companies = jdbi.withHandle(h -> h.createQuery(
                "select companies[1] from project where cardinality(companies) > 0 order by random() limit 1000")
                .mapTo(String.class).list()).stream().filter(RegistryBench::filtersByCompany).toList();
        String[] regions = {"KZ-75", "KZ-71", "KZ-79", "KZ-39", "KZ-15", "KZ-23", "KZ-35", "KZ-55"};
        String[] words = {"cement", "tractors", "удобрения", "трубы", "radiators", "электроэнергия", "medicines", "мука"};
        Random random = new Random(1);
        Paging page = Paging.first(20);
        System.out.printf("%-44s %8s %8s %8s%n", "query (" + runs + " runs each)", "p50 ms", "p95 ms", "max ms");
        time("projects, newest first", runs, i -> r.search().search(ProjectFilter.ANY, page));
        time("projects, page 50", runs, i -> r.search().search(ProjectFilter.ANY, new Paging(50, 20)));
        time("projects in a region", runs, i -> r.search().search(ProjectFilter.ANY.withRegion(regions[i % regions.length]), page));
        time("projects by region + status", runs, i -> r.search().search(
                ProjectFilter.ANY.withRegion(regions[i % regions.length]).withStatus("construction"), page));
        time("projects by sector (prefix C)", runs, i -> r.search().search(ProjectFilter.ANY.withSector("C"), page));
        time("projects by sector C29 + year", runs, i -> r.search().search(
                ProjectFilter.ANY.withSector("C29").withYear(2013 + i % 10), page));
        time("projects by investor country", runs, i -> r.search().search(ProjectFilter.ANY.withCountry("CN"), page));
        time("projects by company name", runs, i -> r.search().search(
                ProjectFilter.ANY.withCompany(companies.get(random.nextInt(companies.size()))), page));
        time("full text (EN/RU)", runs, i -> r.search().search(ProjectFilter.ANY.withText(words[i % words.length]), page));
        time("full text + region", runs, i -> r.search().search(
                ProjectFilter.ANY.withText(words[i % words.length]).withRegion(regions[i % regions.length]), page));
        time("full text, a company's name (any script)", runs, i -> r.search().search(
                ProjectFilter.ANY.withText(companies.get(random.nextInt(companies.size()))), page));
        time("full text, inflected / compound (RU, KK)", runs, i -> r.search().search(
                ProjectFilter.ANY.withText(new String[] {"автозавод", "цементного завода", "зауыттарының", "удобрений"}[i % 4]), page));
        time("projects by country name (Китай)", runs, i -> r.search().search(ProjectFilter.ANY.withCountry("Китай"), page));
        SortedProjects sorted = new SortedProjects(r.database().jdbi());
        time("sorted by investment (converted), page 1", runs, i -> sorted.list(ProjectFilter.ANY, "-investment", page));
        time("sorted by investment in a region", runs, i -> sorted.list(
                ProjectFilter.ANY.withRegion(regions[i % regions.length]), "-investment", page));
        for (Dimension d : Dimension.values()) {
            time("totals by " + d.name().toLowerCase(java.util.Locale.ROOT), runs, i -> r.search().totals(d, ProjectFilter.ANY));
        }
        time("totals by region, filtered", runs, i -> r.search().totals(Dimension.REGION, ProjectFilter.ANY.withSector("C23")));
        time("one project (timeline, values, mentions)", runs, i -> r.projects().get(ids.get(random.nextInt(ids.size()))));
        time("one document with facts", runs, i -> r.documents().get(docs.get(random.nextInt(docs.size()))));
        time("targets ledger (all targets)", Math.max(5, runs / 20), i -> r.ledger().entries(LocalDate.of(2026, 1, 1)));
    }

    private static boolean filtersByCompany(String company) {
        try {
            ProjectFilter.ANY.withCompany(company);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void time(String what, int runs, IntConsumer query) {
        for (int i = 0; i < Math.min(20, runs); i++) {
            query.accept(i); // warm up: JIT, plan caches
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            query.accept(i);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-44s %8.2f %8.2f %8.2f%n", what, ms[runs / 2], ms[(int) (runs * 0.95)], ms[runs - 1]);
    }

    /** The database a JDBC URL names ("jdbc:postgresql://host:5432/NAME?..."), or null. */
    private static String databaseName(String url) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^jdbc:postgresql://[^/]*/([^?]+)").matcher(url);
        return m.find() ? m.group(1) : null;
    }

    /**
     * CPU time spent since it was made: this JVM's (all threads, the JIT's included), and PostgreSQL's on
     * this machine, read from /proc (a remote server's is not seen). With a URL that names the database,
     * the connections to that database (the work this run asks for) and, apart, the server's background
     * processes alive at both ends (WAL writer, checkpointer, autovacuum: shared with whoever else uses the
     * server); otherwise every PostgreSQL process's, and those that ended (another user's of the same
     * local server is then counted). The machine is shared, so seconds of CPU compare runs; wall time
     * does not.
     */
    private static final class Cpu {
        private final String database;
        private final long jvm = jvmNanos();
        private final long[] server;
        private final long storing = storingNanos();

        Cpu(String database) {
            this.database = database;
            this.server = serverTicks(database);
        }

        String since(long documents) {
            double j = (jvmNanos() - jvm) / 1e9;
            double t = (storingNanos() - storing) / 1e9;
            long[] ticks = serverTicks(database);
            String s = String.format("CPU: JVM %.1f s (%.2f ms/document; the storing thread %.2f)", j, j * 1000 / documents,
                    t * 1000 / documents);
            if (ticks != null && server != null) {
                double p = (ticks[0] - server[0]) / 100.0;
                s += String.format(", PostgreSQL%s %.1f s (%.2f ms/document)", database == null ? "" : " connections", p,
                        p * 1000 / documents);
                if (database != null) {
                    double b = (ticks[1] - server[1]) / 100.0;
                    s += String.format(", background %.1f s (%.2f)", b, b * 1000 / documents);
                }
            }
            return s + String.format(", load average %.2f", java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean().getSystemLoadAverage());
        }

        /** This thread's: ingest stores on the calling thread, under the registry's lock. */
        private static long storingNanos() {
            return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        }

        private static long jvmNanos() {
            return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime();
        }

        /**
         * In 1/100 s: utime + stime of the postgres processes serving {@code database} and of the background
         * ones (the postmaster, whose children's times add up everyone's ended connections, is left out);
         * without a database, utime + stime + cutime + cstime of every postgres process. Null without /proc.
         */
        private static long[] serverTicks(String database) {
            long[] sum = new long[2];
            try (var procs = Files.list(Path.of("/proc"))) {
                for (Path p : (Iterable<Path>) procs::iterator) {
                    if (!p.getFileName().toString().chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    try {
                        String stat = Files.readString(p.resolve("stat"));
                        int close = stat.lastIndexOf(')');
                        if (!stat.substring(stat.indexOf('(') + 1, close).equals("postgres")) {
                            continue;
                        }
                        String[] f = stat.substring(close + 2).split(" ");
                        if (database == null) {
                            for (int i = 11; i <= 14; i++) { // fields 14-17 of stat: utime, stime, cutime, cstime
                                sum[0] += Long.parseLong(f[i]);
                            }
                            continue;
                        }
                        // "postgres: 15/main: USER DATABASE 127.0.0.1(PORT) idle"; "postgres: 15/main: walwriter"
                        String title = Files.readString(p.resolve("cmdline")).replace('\0', ' ');
                        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                        if (title.contains(" " + database + " ") && title.contains("(")) {
                            sum[0] += ticks;
                        } else if (title.startsWith("postgres: ") && !title.contains("(")) {
                            sum[1] += ticks;
                        }
                    } catch (java.io.IOException | RuntimeException e) {
                        // the process ended while being read
                    }
                }
            } catch (java.io.IOException e) {
                return null;
            }
            return sum;
        }
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        List<Path> paths = new ArrayList<>();
        try (var walk = Files.walk(dir)) {
            walk.forEach(paths::add);
        }
        for (int i = paths.size() - 1; i >= 0; i--) {
            Files.deleteIfExists(paths.get(i));
        }
    }
}
