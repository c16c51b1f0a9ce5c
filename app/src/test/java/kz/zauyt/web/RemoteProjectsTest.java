package kz.zauyt.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.zauyt.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code projects list} and {@code show} asking a running server over real HTTP instead of opening the
 * registry: by {@code --server}, or found through the serve file in the data folder. A registry that
 * cannot be opened ({@code --db} on a closed port, a folder with no cluster) proves none was opened.
 */
class RemoteProjectsTest {

    private static final String NO_DB = "jdbc:postgresql://127.0.0.1:1/none?user=postgres";
    private static WebFixture web;

    @BeforeAll
    static void start() {
        web = WebFixture.get();
    }

    record Run(int exit, String out, String err) {
    }

    private static synchronized Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static String server() {
        return web.url("");
    }

    @Test
    void listsWhatTheApiListsWithoutOpeningTheRegistry() {
        JsonNode api = Http.json(Http.get(web.url("/api/v1/projects?region=KZ-39&size=5")));
        Run r = run("projects", "list", "--region", "KZ-39", "--size", "5", "--server", server(), "--db", NO_DB);
        assertThat(r.exit()).as(r.err()).isZero();
        for (JsonNode p : api.path("items")) {
            assertThat(r.out()).containsPattern("(?m)^\\s*" + p.path("id").asLong() + "\\s+\\S+\\s+KZ-39 ");
        }
        assertThat(r.out()).contains(api.path("total").asLong() + " projects match; page 1 of " + api.path("pages").asLong());
        Run past = run("projects", "list", "--page", "999", "--server", server());
        assertThat(past.out()).contains("there is no page 999: the list ends on page ").doesNotContain("page 999 of");
    }

    @Test
    void showsAProjectAndSaysInOneLineWhenThereIsNone() {
        long id = Http.json(Http.get(web.url("/api/v1/projects?size=1"))).path("items").get(0).path("id").asLong();
        Run shown = run("projects", "show", Long.toString(id), "--server", server(), "--db", NO_DB);
        assertThat(shown.exit()).as(shown.err()).isZero();
        assertThat(shown.out()).startsWith("Project " + id + ": ").contains("Timeline:", "Reported:", "Mentions:");
        Run missing = run("projects", "show", "999999", "--server", server());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("zauyt projects show: there is no project 999999\n");
        Run bad = run("projects", "list", "--region", "Almaty", "--server", server());
        assertThat(bad.exit()).isNotZero();
        assertThat(bad.err().strip()).doesNotContain("\n").contains("region");
    }

    @Test
    void aServerThatDoesNotAnswerIsOneLine() {
        Run r = run("projects", "list", "--server", "http://127.0.0.1:1/");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).doesNotContain("\n").startsWith("zauyt projects list: cannot reach the server at http://127.0.0.1:1/");
        Run scheme = run("projects", "list", "--server", "ftp://127.0.0.1/");
        assertThat(scheme.exit()).isEqualTo(2);
        assertThat(scheme.err()).startsWith("zauyt projects list: --server must be an http address");
    }

    @Test
    void findsTheServeRunningOnTheSameDataFolder(@TempDir Path data) throws Exception {
        // what serve writes when it starts on an embedded registry: its address and its process
        Files.writeString(data.resolve("zauyt-serve.url"), server() + "\n" + ProcessHandle.current().pid() + "\n");
        long id = Http.json(Http.get(web.url("/api/v1/projects?size=1"))).path("items").get(0).path("id").asLong();
        long nanos = System.nanoTime();
        Run r = run("projects", "show", Long.toString(id), "--data", data.toString());
        System.out.printf("projects show %d through the serve file, in this JVM: %.1f ms%n", id, (System.nanoTime() - nanos) / 1e6);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Project " + id + ": ");
        try (var files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no database was started here")
                    .containsExactly("zauyt-serve.url");
        }
    }
}
