package kz.zauyt.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import kz.zauyt.cli.Main;
import kz.zauyt.registry.Commands;
import kz.zauyt.registry.TestDb;
import kz.zauyt.registry.db.DatabaseConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zauyt demo} fills a fresh registry with the bundled samples, and a second run changes nothing. */
class DemoCommandTest {

    @Test
    void ingestsTheBundledSamplesOnceAndOnlyOnce() {
        DatabaseConfig config = TestDb.freshSchema("demo");
        String db = TestDb.urlWithSchema(config);
        try {
            String first = run("demo", "--no-serve", "--db", db);
            assertThat(first).contains("Read 50 documents:").containsPattern("(4[5-9]|50) new")
                    .as("--no-serve starts no newsroom").doesNotContain("newsroom");
            String second = run("demo", "--no-serve", "--db", db);
            assertThat(second).contains("0 new").containsPattern("(4[5-9]|50) unchanged");
        } finally {
            TestDb.drop(config);
        }
    }

    @Test
    void servesWhileFollowingItsNewsroomAsItPublishes(@TempDir Path dir) throws Exception {
        DatabaseConfig config = TestDb.freshSchema("demo_follow");
        Path log = dir.resolve("demo.log");
        Process p = Commands.start(dir, log, "demo", "--port", "0", "--newsroom-every", "2s", "--db", TestDb.urlWithSchema(config));
        try {
            String base = Commands.await(p, log, "serving (http://127\\.0\\.0\\.1:\\d+/)", Duration.ofSeconds(240));
            assertThat(Commands.read(log)).containsPattern("Following the demo newsroom http://127\\.0\\.0\\.1:\\d+/feed\\.xml: "
                    + "6 invented articles, one every 2s").contains("and following 1 sources");
            HttpClient http = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            String sources = "";
            // the demo-newsroom row's articles today and in all: 6 once its last item is published and read
            while (!sources.contains("<td class=\"num\">6</td><td class=\"num\">6</td>") && System.nanoTime() < deadline) {
                Thread.sleep(500);
                sources = http.send(HttpRequest.newBuilder(URI.create(base + "sources")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
            }
            assertThat(sources).as("the Sources page").contains("demo-newsroom")
                    .contains("<td class=\"num\">6</td><td class=\"num\">6</td>");
        } finally {
            p.destroy();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
            TestDb.drop(config);
        }
    }

    private static String run(String... args) {
        PrintStream out = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            assertThat(code).as(buf.toString(StandardCharsets.UTF_8)).isZero();
        } finally {
            System.setOut(out);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
