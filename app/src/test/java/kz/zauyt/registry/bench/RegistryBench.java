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
 * {@code --db JDBC_URL} (default: a throwaway embedded server), {@code --runs N} per query (default 200).
 */
public final class RegistryBench {

    private RegistryBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        int documents = Integer.parseInt(option(args, "--documents", "55000"));
        int runs = Integer.parseInt(option(args, "--runs", "200"));
        String db = option(args, "--db", null);
        Path dir = Files.createTempDirectory("zauyt-bench");
        Path corpus = dir.resolve("corpus.jsonl");
        SyntheticCorpus synthetic = new SyntheticCorpus(42);
        long plants = synthetic.write(corpus, documents);
        System.out.printf("corpus: %d documents, %d project facts about %d plants (%.0f MB)%n", documents,
                new SyntheticCorpus(42).countFacts(documents), plants, Files.size(corpus) / 1e6);

        DatabaseConfig config = db == null ? DatabaseConfig.embedded(dir.resolve("data")) : DatabaseConfig.server(db);
        try (Registry registry = Registry.open(config)) {
            IngestService ingest = new IngestService(registry.store(), Extractor::load, new ContractParser("0.1.0"), 2);
            Cpu cpu = new Cpu();
            long t0 = System.nanoTime();
            IngestSummary s = ingest.ingest(List.of(corpus), Progress.NONE);
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("ingest: %s%n        %.1f s, %.0f documents/s end to end (parse, resolve, store; one transaction each)%n",
                    s.line(), seconds, s.read() / seconds);
            System.out.printf("        %s%n", cpu.since(s.read()));
            System.gc();
            System.out.printf("        heap in use after ingest: %.0f MB%n", java.lang.management.ManagementFactory
                    .getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6);
            cpu = new Cpu();
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
        List<String> companies = jdbi.withHandle(h -> h.createQuery(
                "select companies[1] from project where cardinality(companies) > 0 order by random() limit 1000")
                .mapTo(String.class).list());
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

    /**
     * CPU time spent since it was made: this JVM's (all threads, the JIT's included), and every PostgreSQL
     * process's on this machine, read from /proc (a remote server's is not seen; another user's of the
     * same local server is counted). The machine is shared, so seconds of CPU compare runs; wall time does not.
     */
    private static final class Cpu {
        private final long jvm = jvmNanos();
        private final long server = serverTicks();
        private final long storing = storingNanos();

        String since(long documents) {
            double j = (jvmNanos() - jvm) / 1e9;
            double t = (storingNanos() - storing) / 1e9;
            long ticks = serverTicks();
            String s = String.format("CPU: JVM %.1f s (%.2f ms/document; the storing thread %.2f)", j, j * 1000 / documents,
                    t * 1000 / documents);
            if (ticks >= 0 && server >= 0) {
                double p = (ticks - server) / 100.0;
                s += String.format(", PostgreSQL %.1f s (%.2f ms/document)", p, p * 1000 / documents);
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

        /** utime + stime of each postgres process and of its children that ended, in 1/100 s; -1 without /proc. */
        private static long serverTicks() {
            long sum = 0;
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
                        for (int i = 11; i <= 14; i++) { // fields 14-17 of stat: utime, stime, cutime, cstime
                            sum += Long.parseLong(f[i]);
                        }
                    } catch (java.io.IOException | RuntimeException e) {
                        // the process ended while being read
                    }
                }
            } catch (java.io.IOException e) {
                return -1;
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
