package kz.zauyt.cli;

import kz.zauyt.cli.InProcess.Run;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.zauyt.registry.bench.SyntheticCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A registry that cannot be opened or a port that cannot be had: one line saying so, never a stack trace. */
class CommandErrorsTest {

    /** What a command printed and returned. */
    private static Run run(String... args) {
        return InProcess.run(args);
    }

    private static void assertOneLine(Run r, String command, String says) {
        assertThat(r.exit()).as(r.err()).isNotZero();
        assertThat(r.err().strip()).as("one line").doesNotContain("\n").startsWith(command + ": ").contains(says);
    }

    @Test
    void aWrongDbIsOneLine() {
        assertOneLine(run("serve", "--db", "postgres://localhost/zauyt"), "zauyt serve", "got 'postgres://localhost/zauyt'");
        assertOneLine(run("projects", "list", "--db", "nonsense"), "zauyt projects list", "jdbc:postgresql:");
    }

    @Test
    void anUnreachableServerIsOneLine() {
        assertOneLine(run("projects", "show", "1", "--db", "jdbc:postgresql://127.0.0.1:1/zauyt?user=postgres"),
                "zauyt projects show", "cannot open the registry at jdbc:postgresql://127.0.0.1:1/zauyt");
    }

    @Test
    void aBusyPortIsOneLineAndLeavesNoServerBehind(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("registry");
        Path corpus = dir.resolve("corpus.jsonl");
        new SyntheticCorpus(2).write(corpus, 5);
        Run ingest = run("ingest", "--data", data.toString(), corpus.toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        assertThat(ingest.out()).contains("Read 5 documents: 5 new");
        assertThat(data.resolve("postgresql.conf")).as("--data holds the embedded server's files").exists();

        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run serve = run("serve", "--data", data.toString(), "--port", Integer.toString(taken.getLocalPort()));
            assertOneLine(serve, "zauyt serve", "cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
        assertThat(Files.exists(data.resolve("postmaster.pid"))).as("the server serve started is stopped").isFalse();
    }

    @Test
    void aDataDirectoryHoldingSomethingElseIsLeftAlone(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        assertOneLine(run("projects", "list", "--data", dir.toString()), "zauyt projects list",
                "holds no PostgreSQL cluster but is not empty (notes.txt)");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).doesNotContain("base", "PG_VERSION");
        }
    }

    @Test
    void aWrongNewsroomIntervalIsOneLineBeforeAnyRegistryStarts() {
        assertOneLine(run("demo", "--newsroom-every", "soon", "--db", "jdbc:postgresql://127.0.0.1:1/zauyt?user=postgres"),
                "zauyt demo", "--newsroom-every must be a number with s, m or h (30s), got 'soon'");
    }

    @Test
    void dataAndDbTogetherAreRefused(@TempDir Path dir) {
        assertOneLine(run("ingest", "--data", dir.toString(), "--db", "jdbc:postgresql://localhost/x", dir.toString()),
                "zauyt ingest", "--data");
    }
}
