package kz.zauyt.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code zauyt} commands run as separate JVMs on this build's classpath, each in a directory with its
 * output in a log file: what a user's shell does, for tests of processes sharing a data directory.
 */
public final class Commands {

    private Commands() {
    }

    /** Starts {@code zauyt ARGS} in {@code dir}, output to {@code log}, without {@code ZAUYT_DB}. */
    public static Process start(Path dir, Path log, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "kz.zauyt.cli.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().remove("ZAUYT_DB");
        pb.environment().put("ZAUYT_DATA", dir.resolve("data").toString()); // the tests' ./data, not the user's registry
        return pb.start();
    }

    /** The log so far, or why there is none. */
    public static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Waits until {@code log} has a match of {@code pattern}; returns its first group. */
    public static String await(Process p, Path log, String pattern, Duration patience) throws InterruptedException {
        Pattern re = Pattern.compile(pattern);
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = re.matcher(read(log));
            if (m.find()) {
                return m.groupCount() > 0 ? m.group(1) : m.group();
            }
            if (!p.isAlive()) {
                throw new AssertionError("the command ended (exit " + p.exitValue() + ") before printing /" + pattern
                        + "/:\n" + read(log));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no /" + pattern + "/ in " + patience.toSeconds() + " s:\n" + read(log));
    }

    /** The pid and port of the server whose postmaster.pid is in {@code data}, once it has both. */
    public static Optional<long[]> server(Path data) {
        try {
            List<String> lines = Files.readAllLines(data.resolve("postmaster.pid"));
            return lines.size() > 3 && !lines.get(3).isBlank()
                    ? Optional.of(new long[] {Long.parseLong(lines.get(0).strip()), Long.parseLong(lines.get(3).strip())})
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A failed assertion must not leave a server running: stops the one the child processes started. */
    public static void stopLeftover(Path data) {
        server(data).flatMap(s -> ProcessHandle.of(s[0])).ifPresent(p -> {
            p.destroy();
            p.onExit().join();
        });
    }
}
