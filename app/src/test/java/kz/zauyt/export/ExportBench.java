package kz.zauyt.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import kz.zauyt.registry.Registry;
import kz.zauyt.registry.db.DatabaseConfig;
import kz.zauyt.registry.query.ProjectFilter;
import kz.zauyt.web.bench.ApiLoad;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The export benchmark (a harness, not a test): an XLSX of every project of a registry of
 * {@code --projects} (default 100,000; filled with the registry benchmark's synthetic news through the
 * registry's own ingest when it holds fewer), timed, with the heap's peak, {@code --runs} times (default
 * 3). With {@code --compare}, the same rows through Apache POI's streaming SXSSF workbook too.
 *
 * <pre>java -Xmx512m -cp ... kz.zauyt.export.ExportBench [--projects 100000] [--db JDBC_URL] [--runs 3] [--compare]</pre>
 *
 * The heap figure is the sum of each heap pool's peak since the run began: an upper bound of the peak
 * in use (the pools peak at different moments), garbage included.
 */
public final class ExportBench {

    private ExportBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        int projects = Integer.parseInt(arg(args, "--projects", "100000"));
        int runs = Integer.parseInt(arg(args, "--runs", "3"));
        String db = arg(args, "--db", System.getenv("ZAUYT_BENCH_DB"));
        boolean compare = List.of(args).contains("--compare");
        DatabaseConfig config = db != null ? DatabaseConfig.server(db) : DatabaseConfig.embedded(Path.of("target", "bench-web-db"));
        Path out = Files.createTempFile("zauyt-export-bench", ".xlsx");
        try (Registry registry = Registry.open(config)) {
            ApiLoad.fill(registry, projects);
            System.out.printf(Locale.ROOT, "max heap %d MB, %d cores%n", Runtime.getRuntime().maxMemory() >> 20,
                    Runtime.getRuntime().availableProcessors());
            Exporter exporter = new Exporter(registry, Clock.systemUTC());
            ExportRequest all = new ExportRequest(ExportFormat.XLSX, List.of(Kind.PROJECTS), ProjectFilter.ANY, null, null,
                    null, LocalDate.now());
            for (int run = 1; run <= runs; run++) {
                measure("zauyt xlsx  run " + run, out, o -> exporter.write(all, o));
            }
            if (compare) {
                for (int run = 1; run <= runs; run++) {
                    measure("POI SXSSF   run " + run, out, o -> sxssf(registry, o));
                }
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private interface Export {
        long write(OutputStream out) throws IOException;
    }

    private static void measure(String name, Path file, Export export) throws IOException {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        long rows;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            rows = export.write(out);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "%s: %,d projects in %.1f s (%,.0f rows/s), %.1f MB file, peak heap %d MB%n", name,
                rows, seconds, rows / seconds, Files.size(file) / 1e6, peak >> 20);
    }

    /** The same rows as a POI SXSSF workbook (100 rows in memory, the rest in a temporary file). */
    private static long sxssf(Registry registry, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            PoiSink sink = new PoiSink(wb);
            sink.begin(Kind.PROJECTS, ProjectTable.COLUMNS);
            long n = new ProjectReader(registry.database().jdbi()).read(ProjectFilter.ANY, p -> sink.row(ProjectTable.row(p)));
            wb.write(out);
            return n;
        }
    }

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
