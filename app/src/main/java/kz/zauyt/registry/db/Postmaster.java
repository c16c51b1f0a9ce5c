package kz.zauyt.registry.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server running on a data directory, as its {@code postmaster.pid} describes it: the
 * process and the port. Whoever started it, it can be used, waited for and stopped by anyone.
 */
record Postmaster(Path dir, ProcessHandle process, int port) {

    static final String PID_FILE = "postmaster.pid";
    private static final Duration STOP_WAIT = Duration.ofMinutes(5);

    /** The live server of {@code dir}, if its pid file names a running postgres (the pid may have been reused). */
    static Optional<Postmaster> of(Path dir) {
        List<String> lines;
        try {
            Path pid = dir.resolve(PID_FILE);
            lines = Files.exists(pid) ? Files.readAllLines(pid) : List.of();
        } catch (IOException e) {
            return Optional.empty(); // being written or removed right now: not a server we can use yet
        }
        if (lines.size() < 4 || !lines.get(0).strip().matches("\\d{1,10}") || !lines.get(3).strip().matches("\\d{1,5}")) {
            return Optional.empty();
        }
        int port = Integer.parseInt(lines.get(3).strip());
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .map(p -> new Postmaster(dir, p, port));
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
    }

    /** Answers a query now (not starting up, recovering or shutting down). */
    boolean answers() {
        try (Connection c = DriverManager.getConnection(jdbcUrl() + "&connectTimeout=2&loginTimeout=2&socketTimeout=5")) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Waits until the server answers (true) or its process ends or {@code patience} runs out (false).
     * A server whose owner was killed while starting it may still be replaying its WAL.
     */
    boolean awaitReady(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (process.isAlive()) {
            if (answers()) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /**
     * A fast shutdown (SIGINT: it rolls back open transactions and writes a checkpoint); waits for the
     * process to end. Signals rather than pg_ctl, which refuses to run as root. Kills it only if it will
     * not stop: the next start then replays the WAL, which loses nothing committed.
     */
    void stop() {
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            process.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            process.destroyForcibly();
            process.onExit().join();
        }
    }
}
