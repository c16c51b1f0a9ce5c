package kz.zauyt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.zauyt.registry.Commands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ./zauyt} line of the README's block marked for it runs as written, in order, on the demo's
 * registry, in the repository's folder, as a user's shell runs it ({@code ./zauyt} is this build's
 * classes, so the launcher's build is not timed). A {@code serve} runs on the same data folder meanwhile,
 * so {@code projects list} and {@code show} ask it over HTTP; the figures printed are each command's wall
 * time, JVM start included.
 */
class ReadmeExamplesTest {

    private static final String MARK = "<!-- ReadmeExamplesTest runs every ./zauyt line of the next block";
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** The marked block's command lines, comments dropped. */
    static List<String> examples(String readme) {
        List<String> out = new ArrayList<>();
        int at = readme.indexOf(MARK);
        assertThat(at).as("the README marks its examples").isNotNegative();
        boolean inBlock = false;
        for (String line : readme.substring(readme.indexOf('\n', at) + 1).split("\n", -1)) {
            if (line.startsWith("    ")) {
                inBlock = true;
                String cmd = line.strip().replaceFirst("\\s+#\\s.*$", "");
                if (cmd.startsWith("./zauyt ")) {
                    out.add(cmd);
                }
            } else if (inBlock) {
                break;
            }
        }
        return out;
    }

    @Test
    void everyMarkedExampleRunsOnTheDemo(@TempDir Path dir) throws Exception {
        List<String> lines = examples(Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8));
        assertThat(lines).hasSizeGreaterThanOrEqualTo(5);
        Path data = dir.resolve("data");
        Path serveLog = dir.resolve("serve.log");
        Process serve = null;
        try {
            Shell first = shell(dir, data, "./zauyt demo --no-serve");
            assertThat(first.exit).as(first.out).isZero();
            serve = Commands.start(dir, serveLog, "serve", "--port", "0");
            String port = Commands.await(serve, serveLog, "serving http://127\\.0\\.0\\.1:(\\d+)/", Duration.ofSeconds(180));
            assertThat(data.resolve("zauyt-serve.url")).as("serve says where it listens").exists();
            for (String line : lines) {
                // the one line naming serve's default port is asked of the serve this test started
                Shell r = shell(dir, data, line.replace("http://127.0.0.1:7070", "http://127.0.0.1:" + port));
                System.out.printf("%6.2f s  %s%n", r.seconds, line);
                assertThat(r.exit).as(line + "\n" + r.out).isZero();
                assertThat(r.out).as(line).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
                if (line.contains("projects show")) {
                    assertThat(r.out).startsWith("Project 8: ");
                }
                if (line.contains("projects list") && !line.contains("--page 999")) {
                    assertThat(r.out).containsPattern("(?m)^\\s+8\\s");
                }
                if (line.contains("--page 999")) {
                    assertThat(r.out).contains("there is no page 999: the list ends on page ");
                }
            }
            Shell missing = shell(dir, data, "./zauyt projects show 99999");
            assertThat(missing.exit).isEqualTo(1);
            assertThat(missing.out.strip()).isEqualTo("zauyt projects show: there is no project 99999");
        } finally {
            if (serve != null) {
                serve.destroy();
                serve.waitFor(60, TimeUnit.SECONDS);
            }
            Commands.stopLeftover(data);
        }
        assertThat(data.resolve("zauyt-serve.url")).as("a stopped serve takes its file away").doesNotExist();
    }

    private record Shell(int exit, String out, double seconds) {
    }

    /** {@code line} through bash in the repository's folder, {@code ./zauyt} being this build's command line. */
    private static Shell shell(Path dir, Path data, String line) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java") + " -Xmx512m -XX:TieredStopAtLevel=1 -cp '"
                + System.getProperty("java.class.path") + "' kz.zauyt.cli.Main";
        Path log = Files.createTempFile(dir, "cmd", ".log");
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", "zauyt() { " + java + " \"$@\"; }; "
                + line.replace("./zauyt ", "zauyt ")).directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("ZAUYT_DB");
        pb.environment().put("ZAUYT_DATA", data.toString());
        long t = System.nanoTime();
        Process p = pb.start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as(line).isTrue();
        return new Shell(p.exitValue(), Files.readString(log), (System.nanoTime() - t) / 1e9);
    }
}
