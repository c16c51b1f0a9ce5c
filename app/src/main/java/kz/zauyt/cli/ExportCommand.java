package kz.zauyt.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import kz.zauyt.export.ExportFormat;
import kz.zauyt.export.ExportRequest;
import kz.zauyt.export.Exporter;
import kz.zauyt.registry.Registry;
import kz.zauyt.registry.ledger.TargetState;
import kz.zauyt.registry.query.ProjectFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code zauyt export}: the registry's projects, indicators, targets or ledger as CSV, a workbook,
 * GeoJSON, OC4IDS or JSON Lines, on standard output or into a file. A file appears whole or not at
 * all: it is written beside its destination and moved into place once complete.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports projects, indicators, targets or the targets ledger (csv, xlsx, geojson, oc4ids, jsonl).",
        footer = "--region narrows every kind; --sector, --status, --company, --country, --year and --search narrow projects.")
final class ExportCommand implements Callable<Integer> {

    @Mixin RegistryOptions db;
    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "csv, xlsx (one sheet per kind), geojson (projects as points), oc4ids (project package), jsonl.")
    String format;
    @Option(names = "--what", paramLabel = "KIND",
            description = "projects, indicators, targets or ledger; default: every kind for xlsx, else projects.")
    String what;
    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.") Path out;
    @Mixin ProjectFilterOptions filters;
    @Option(names = "--metric", description = "Indicators, targets, ledger: metric containing these words.") String metric;
    @Option(names = "--state", description = "Ledger: no_data, pending, on_track, met or missed.") String state;
    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Ledger: judged as of this day (default: today).")
    String asOf;

    @Override
    public Integer call() {
        ExportRequest request = request(); // a bad value is one line on stderr (Main), before anything opens
        Path part = out == null ? null : partFile(out);
        try (Registry r = db.open()) {
            long n;
            if (part == null) {
                OutputStream o = new BufferedOutputStream(System.out, 1 << 16);
                n = new Exporter(r, Clock.systemDefaultZone()).write(request, o);
                o.flush();
            } else {
                try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16)) {
                    n = new Exporter(r, Clock.systemDefaultZone()).write(request, o);
                }
                Files.move(part, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            System.err.printf("Exported %d row%s (%s, %s)%s.%n", n, n == 1 ? "" : "s", String.join(" + ",
                    request.kinds().stream().map(k -> k.key()).toList()), request.format().key(), out == null ? "" : " to " + out);
            return 0;
        } catch (IOException e) {
            System.err.println("zauyt export: cannot write " + (out == null ? "standard output" : out) + ": " + reason(e));
            return 1;
        } finally {
            if (part != null) {
                try {
                    Files.deleteIfExists(part); // a failed export leaves nothing behind
                } catch (IOException e) {
                    System.err.println("zauyt export: could not remove " + part + ": " + reason(e));
                }
            }
        }
    }

    private ExportRequest request() {
        ExportFormat f = ExportFormat.parse(format);
        ProjectFilter filter = filters.filter();
        LocalDate day;
        try {
            day = asOf == null ? LocalDate.now() : LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--as-of must be a date such as 2026-01-31, got '" + asOf + "'");
        }
        return new ExportRequest(f, ExportRequest.kinds(f, what), filter, metric, filters.region(), state(state), day);
    }

    static TargetState state(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        for (TargetState t : TargetState.values()) {
            if (t.name().equalsIgnoreCase(s.strip().replace(' ', '_')) || t.label().equalsIgnoreCase(s.strip())) {
                return t;
            }
        }
        throw new IllegalArgumentException("state must be one of no_data, pending, on_track, met, missed; got '" + s + "'");
    }

    /** A hidden file beside {@code target}, created now, so an unwritable place fails before the registry opens. */
    private static Path partFile(Path target) {
        Path abs = target.toAbsolutePath();
        if (Files.isDirectory(abs)) {
            throw new IllegalArgumentException("--out " + target + " is a directory; name a file");
        }
        try {
            Path part = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".part");
            try { // a temporary file is private (0600); an export is a file like any other
                Files.setPosixFilePermissions(part, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: keep what it gave
            }
            return part;
        } catch (IOException e) {
            throw new IllegalArgumentException("--out " + target + " cannot be written: " + reason(e));
        }
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such directory " + e.getMessage();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return String.valueOf(e.getMessage());
    }
}
