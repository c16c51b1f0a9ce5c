package kz.zauyt.registry.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import kz.zauyt.registry.Commands;
import kz.zauyt.registry.bench.SyntheticCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several {@code zauyt} processes on one embedded data directory, as a user runs them: each uses the
 * server that is running, none stops it under another, and the last one stops it.
 */
class SharedServerTest {

    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final String SERVING = "serving http://127\\.0\\.0\\.1:(\\d+)/";

    @Test
    void aServeStartedDuringAnIngestKeepsServingAfterTheIngestEnds(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        new SyntheticCorpus(3).write(corpus, 400);
        Path data = dir.resolve("data");
        try {
            Process ingest = Commands.start(dir, dir.resolve("ingest.log"), "ingest", corpus.toString());
            awaitServer(ingest, data);
            Process serve = Commands.start(dir, dir.resolve("serve.log"), "serve", "--port", "0");
            int port = Integer.parseInt(Commands.await(serve, dir.resolve("serve.log"), SERVING, PATIENCE));
            assertThat(ingest.isAlive()).as("the ingest still runs when serve starts (make the corpus larger)").isTrue();

            assertThat(ingest.waitFor()).as(Commands.read(dir.resolve("ingest.log"))).isZero();
            assertThat(get(port, "/api/v1/projects?size=1")).as("serve after the ingest ended").isEqualTo(200);
            assertThat(Commands.read(dir.resolve("serve.log"))).doesNotContain("Exception");

            serve.destroy(); // Ctrl-C: the last user stops the server
            serve.waitFor();
            assertThat(data.resolve("postmaster.pid")).as("the last user stops the server").doesNotExist();
        } finally {
            Commands.stopLeftover(data);
        }
    }

    @Test
    void twoIngestsStartedTogetherOnAFreshDirectoryBothSucceed(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.jsonl");
        Path b = dir.resolve("b.jsonl");
        new SyntheticCorpus(5).write(a, 100);
        new SyntheticCorpus(6).write(b, 100);
        Path data = dir.resolve("data");
        try {
            Process first = Commands.start(dir, dir.resolve("a.log"), "ingest", a.toString());
            Process second = Commands.start(dir, dir.resolve("b.log"), "ingest", b.toString());
            assertThat(first.waitFor()).as(Commands.read(dir.resolve("a.log"))).isZero();
            assertThat(second.waitFor()).as(Commands.read(dir.resolve("b.log"))).isZero();
            assertThat(Commands.read(dir.resolve("a.log"))).contains("Read 100 documents: 100 new");
            assertThat(Commands.read(dir.resolve("b.log"))).contains("Read 100 documents: 100 new");
            assertThat(data.resolve("postmaster.pid")).as("the last user stops the server").doesNotExist();
        } finally {
            Commands.stopLeftover(data);
        }
    }

    @Test
    void theServerOfACommandKilledWhileStartingItIsAdoptedByTheNext(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        new SyntheticCorpus(9).write(corpus, 50);
        Path data = dir.resolve("data");
        try {
            Process owner = Commands.start(dir, dir.resolve("owner.log"), "ingest", corpus.toString());
            long[] orphan = awaitPidFile(owner, data);
            owner.destroyForcibly(); // kill -9, as soon as the server has a pid file: it may not answer yet
            owner.waitFor();

            Process serve = Commands.start(dir, dir.resolve("serve.log"), "serve", "--port", "0");
            int port = Integer.parseInt(Commands.await(serve, dir.resolve("serve.log"), SERVING, PATIENCE));
            assertThat(Commands.server(data).map(s -> s[0])).as("the same server, adopted").contains(orphan[0]);
            assertThat(get(port, "/api/v1/projects?size=1")).isEqualTo(200);
            assertThat(Commands.read(dir.resolve("serve.log"))).doesNotContain("stopping");

            serve.destroy();
            serve.waitFor();
            assertThat(ProcessHandle.of(orphan[0]).filter(ProcessHandle::isAlive)).as("the adopter, last, stops it").isEmpty();
        } finally {
            Commands.stopLeftover(data);
        }
    }

    /** Waits until the child's server answers: it is then well into its work. */
    private static void awaitServer(Process p, Path data) throws Exception {
        long[] s = awaitPidFile(p, data);
        Postmaster pm = Postmaster.of(data.toAbsolutePath()).orElseThrow();
        assertThat(pm.port()).isEqualTo((int) s[1]);
        assertThat(pm.awaitReady(PATIENCE)).isTrue();
    }

    private static long[] awaitPidFile(Process p, Path data) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<long[]> s = Commands.server(data);
            if (s.isPresent()) {
                return s.get();
            }
            assertThat(p.isAlive()).as("the command ended before its server started").isTrue();
            Thread.sleep(20);
        }
        throw new AssertionError("no server started in " + data);
    }

    private static int get(int port, String path) throws Exception {
        HttpResponse<Void> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.discarding());
        return r.statusCode();
    }
}
