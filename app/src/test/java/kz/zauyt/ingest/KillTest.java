package kz.zauyt.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import kz.zauyt.registry.Registry;
import kz.zauyt.registry.TestDb;
import kz.zauyt.registry.bench.SyntheticCorpus;
import kz.zauyt.registry.db.DatabaseConfig;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code zauyt ingest} in a real process, killed with SIGKILL part-way: what it leaves is whole
 * documents only, and running it again gives the registry one clean run gives.
 */
class KillTest {

    private static final int DOCUMENTS = 800;

    @Test
    void aKilledIngestLeavesWholeDocumentsAndARerunFinishesIt(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        new SyntheticCorpus(7).write(corpus, DOCUMENTS);
        DatabaseConfig killed = TestDb.freshSchema("killed");
        DatabaseConfig clean = TestDb.freshSchema("clean");
        try (Registry k = Registry.open(killed); Registry c = Registry.open(clean)) {
            Jdbi jdbi = k.database().jdbi();
            String url = TestDb.urlWithSchema(killed);

            Process p = zauyt(dir, dir.resolve("killed.log"), "ingest", "--db", url, corpus.toString());
            long atKill = killWhen(p, () -> count(jdbi), 100);
            long left = count(jdbi);
            assertThat(left).as("documents stored when the process died").isBetween(atKill, (long) DOCUMENTS - 1);
            assertWhole(jdbi, corpus);

            Process rerun = zauyt(dir, dir.resolve("rerun.log"), "ingest", "--db", url, corpus.toString());
            assertThat(rerun.waitFor()).as(Files.readString(dir.resolve("rerun.log"))).isZero();
            assertThat(Files.readString(dir.resolve("rerun.log")))
                    .contains("Read " + DOCUMENTS + " documents: " + (DOCUMENTS - left) + " new, " + left + " unchanged");

            Process once = zauyt(dir, dir.resolve("clean.log"), "ingest", "--db", TestDb.urlWithSchema(clean), corpus.toString());
            assertThat(once.waitFor()).isZero();
            assertThat(Snapshot.of(jdbi)).isEqualTo(Snapshot.of(c.database().jdbi()));
        } finally {
            TestDb.drop(killed);
            TestDb.drop(clean);
        }
    }

    /**
     * The default set-up: the embedded server under ./data/. Killing the Zauyt process orphans its
     * server; the next run must take the data directory over and finish.
     */
    @Test
    void aKilledIngestOnTheEmbeddedServerIsFinishedByTheNextRun(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        new SyntheticCorpus(11).write(corpus, DOCUMENTS);
        Path data = dir.resolve("data");
        try {
            Process p = zauyt(dir, dir.resolve("killed.log"), "ingest", corpus.toString());
            long atKill = killWhen(p, () -> embeddedCount(data), 50);
            assertThat(atKill).isLessThan(DOCUMENTS);

            Process rerun = zauyt(dir, dir.resolve("rerun.log"), "ingest", corpus.toString());
            String log;
            assertThat(rerun.waitFor()).as(() -> read(dir.resolve("rerun.log"))).isZero();
            log = read(dir.resolve("rerun.log"));
            assertThat(log).contains("stopping the PostgreSQL server", "Read " + DOCUMENTS + " documents:");
            long unchanged = Long.parseLong(log.replaceAll("(?s).* new, (\\d+) unchanged.*", "$1"));
            assertThat(unchanged).isGreaterThanOrEqualTo(atKill).isLessThan(DOCUMENTS);

            Process third = zauyt(dir, dir.resolve("third.log"), "ingest", corpus.toString());
            assertThat(third.waitFor()).isZero();
            assertThat(read(dir.resolve("third.log"))).contains("0 new, " + DOCUMENTS + " unchanged");
            assertThat(data.resolve("postmaster.pid")).as("the server stops with the process").doesNotExist();
        } finally {
            stopLeftover(data);
        }
    }

    /** Starts {@code zauyt ARGS} as a separate JVM in {@code dir}, output to {@code log}. */
    private static Process zauyt(Path dir, Path log, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "kz.zauyt.cli.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().remove("ZAUYT_DB");
        return pb.start();
    }

    /** Kills the process with SIGKILL once {@code stored} reaches {@code atLeast}; returns the count seen then. */
    private static long killWhen(Process p, LongSupplier stored, long atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            long n = stored.getAsLong();
            if (n >= atLeast) {
                p.destroyForcibly();
                p.waitFor();
                return n;
            }
            assertThat(p.isAlive()).as("ingest ended before it could be killed").isTrue();
            Thread.sleep(20);
        }
        p.destroyForcibly();
        throw new AssertionError("ingest stored fewer than " + atLeast + " documents in 3 minutes");
    }

    private static long count(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from document").mapTo(Long.class).one());
    }

    /** Each stored document has every fact its line had, and every project summary counts its mentions. */
    private static void assertWhole(Jdbi jdbi, Path corpus) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, Integer> expected = new HashMap<>();
        for (String line : Files.readAllLines(corpus)) {
            JsonNode n = mapper.readTree(line);
            expected.put(n.path("document").path("id").asText(),
                    n.path("projects").size() * 10_000 + n.path("indicators").size() * 100 + n.path("targets").size());
        }
        List<Map.Entry<String, Integer>> stored = jdbi.withHandle(h -> h.createQuery("select d.id, "
                        + "(select count(*) from mention m where m.document_id = d.id) * 10000 + "
                        + "(select count(*) from indicator i where i.document_id = d.id) * 100 + "
                        + "(select count(*) from target t where t.document_id = d.id) from document d")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getInt(2))).list());
        for (Map.Entry<String, Integer> e : stored) {
            assertThat(e.getValue()).as("facts of document " + e.getKey()).isEqualTo(expected.get(e.getKey()));
        }
        long inconsistent = jdbi.withHandle(h -> h.createQuery("select count(*) from project p where p.mentions <> "
                + "(select count(*) from mention m where m.project_id = p.id)").mapTo(Long.class).one());
        assertThat(inconsistent).isZero();
    }

    /** Documents in the embedded server a child process runs, reached through the port in its pid file; 0 before it is up. */
    private static long embeddedCount(Path data) {
        Optional<String> port = port(data);
        if (port.isEmpty()) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port.get() + "/postgres?user=postgres");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from document")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return 0; // starting, migrating: not yet
        }
    }

    private static Optional<String> port(Path data) {
        try {
            List<String> lines = Files.readAllLines(data.resolve("postmaster.pid"));
            return lines.size() > 3 ? Optional.of(lines.get(3).strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** A failed assertion must not leave a server running: stop the one our child processes started. */
    private static void stopLeftover(Path data) {
        try {
            List<String> lines = Files.readAllLines(data.resolve("postmaster.pid"));
            ProcessHandle.of(Long.parseLong(lines.get(0).strip())).ifPresent(ProcessHandle::destroy);
        } catch (IOException | RuntimeException e) {
            // nothing left running
        }
    }
}
