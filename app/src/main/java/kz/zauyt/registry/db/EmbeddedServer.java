package kz.zauyt.registry.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * This process's use of the embedded PostgreSQL on a data directory, which several Zauyt commands
 * (an ingest, a serve, a second ingest) share. Two lock files in the data directory coordinate them:
 *
 * <ul>
 * <li>{@value #USERS}: every process using the server holds a shared lock on it. Whoever leaves and
 * can then lock it exclusively is the last user, and stops the server; anyone else leaves it running.
 * <li>{@value #GATE}: held exclusively while one process decides, starts or stops the server, so two
 * commands starting together wait for one server instead of racing to start two.
 * </ul>
 *
 * The kernel drops a killed process's locks, so a server whose owner died (even during start) is
 * simply found running by the next command, which uses it once it answers, and stops it if it is
 * the last user then. Only a server that never answers is stopped and started again.
 */
final class EmbeddedServer implements AutoCloseable {

    static final String GATE = "zauyt-start.lock";
    static final String USERS = "zauyt-users.lock";
    private static final Duration GATE_WAIT = Duration.ofMinutes(10);
    private static final Duration ADOPT_WAIT = Duration.ofMinutes(2);

    /** One use per data directory and JVM: file locks belong to the process, not to a channel. */
    private static final Map<Path, EmbeddedServer> OPEN = new HashMap<>();

    private final Path dir;
    private final FileChannel gate;
    private final FileChannel users;
    private final FileLock use;
    private final Postmaster server;
    private int holders;

    private EmbeddedServer(Path dir, FileChannel gate, FileChannel users, FileLock use, Postmaster server) {
        this.dir = dir;
        this.gate = gate;
        this.users = users;
        this.use = use;
        this.server = server;
    }

    String jdbcUrl() {
        return server.jdbcUrl();
    }

    static EmbeddedServer start(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        synchronized (OPEN) {
            EmbeddedServer s = OPEN.get(dir);
            if (s == null) {
                try {
                    s = join(dir);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dir + ": " + e.getMessage(), e);
                }
                OPEN.put(dir, s);
            }
            s.holders++;
            return s;
        }
    }

    private static EmbeddedServer join(Path dir) throws IOException {
        Files.createDirectories(dir);
        FileChannel gate = FileChannel.open(dir.resolve(GATE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileChannel users = null;
        try {
            users = FileChannel.open(dir.resolve(USERS), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock entered = enter(gate, dir);
            try {
                // never blocks: an exclusive holder holds the gate too
                FileLock use = users.lock(0, Long.MAX_VALUE, true);
                Postmaster server = running(dir).orElse(null);
                return new EmbeddedServer(dir, gate, users, use, server != null ? server : Launcher.start(dir));
            } finally {
                entered.release();
            }
        } catch (IOException | RuntimeException e) {
            gate.close(); // closing releases this process's locks on the files
            if (users != null) {
                users.close();
            }
            throw e;
        }
    }

    /** The server already running on {@code dir} once it answers; one that never does is stopped. */
    private static Optional<Postmaster> running(Path dir) throws IOException {
        Optional<Postmaster> found = Postmaster.of(dir);
        if (found.isEmpty()) {
            return found;
        }
        Postmaster p = found.get();
        try {
            if (p.awaitReady(ADOPT_WAIT)) {
                return found;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the PostgreSQL server in " + dir);
        }
        if (p.process().isAlive()) {
            System.err.println("zauyt: stopping the PostgreSQL server (pid " + p.process().pid() + ") in " + dir
                    + ", which has not answered for " + ADOPT_WAIT.toSeconds() + " s");
            p.stop();
        }
        return Optional.empty();
    }

    /** Waits for the gate, saying once why the command is waiting. */
    private static FileLock enter(FileChannel gate, Path dir) throws IOException {
        long start = System.nanoTime();
        boolean said = false;
        while (true) {
            FileLock lock = gate.tryLock();
            if (lock != null) {
                return lock;
            }
            long waited = System.nanoTime() - start;
            if (waited > GATE_WAIT.toNanos()) {
                throw new IOException("another Zauyt process has been starting or stopping the server for "
                        + GATE_WAIT.toMinutes() + " minutes");
            }
            if (!said && waited > Duration.ofSeconds(2).toNanos()) {
                System.err.println("zauyt: waiting for another Zauyt process to start or stop the PostgreSQL server in " + dir);
                said = true;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the PostgreSQL server in " + dir);
            }
        }
    }

    /** Ends this use; the last user of the server stops it. */
    @Override
    public void close() {
        synchronized (OPEN) {
            if (holders == 0 || --holders > 0) {
                return;
            }
            OPEN.remove(dir);
            try (gate; users) {
                FileLock entered = enter(gate, dir);
                try {
                    use.release();
                    FileLock sole = users.tryLock(0, Long.MAX_VALUE, false);
                    if (sole != null) {
                        Launcher.stop(server);
                    }
                } finally {
                    entered.release();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot leave the embedded PostgreSQL in " + dir + ": " + e.getMessage(), e);
            }
        }
    }
}
