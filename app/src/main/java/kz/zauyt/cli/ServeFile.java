package kz.zauyt.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * {@code zauyt-serve.url} in an embedded registry's data folder: the address and process of a {@code serve}
 * (or {@code demo}) running on that registry, so that {@code projects list} and {@code show} on the same
 * folder ask it over HTTP instead of opening the database themselves (a JVM that connects to PostgreSQL
 * and migrates its schema takes seconds; one HTTP request, milliseconds). A file whose process is gone is
 * ignored, so a killed serve leaves nothing that misleads.
 */
final class ServeFile {

    static final String NAME = "zauyt-serve.url";

    private ServeFile() {
    }

    /** Writes the file (atomically: a reader never sees half of it); returns its path, to remove on stop. */
    static Path write(Path data, URI address) throws IOException {
        Path file = data.resolve(NAME);
        Path tmp = data.resolve(NAME + "." + ProcessHandle.current().pid());
        Files.writeString(tmp, address + "\n" + ProcessHandle.current().pid() + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    /** Removes the file if it still names this process (a later serve may have replaced it). */
    static void remove(Path file) {
        try {
            if (read(file).map(s -> s.pid == ProcessHandle.current().pid()).orElse(false)) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // the next reader finds the process gone and ignores the file
        }
    }

    /** The serve running on {@code data}'s registry, if its file names a live process. */
    static Optional<URI> running(Path data) {
        return read(data.resolve(NAME)).filter(s -> ProcessHandle.of(s.pid).map(ProcessHandle::isAlive).orElse(false))
                .map(s -> s.address);
    }

    private record Serving(URI address, long pid) {
    }

    private static Optional<Serving> read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.size() < 2 ? Optional.empty()
                    : Optional.of(new Serving(URI.create(lines.get(0).strip()), Long.parseLong(lines.get(1).strip())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // missing, half-written by hand, or not ours: no server to ask
        }
    }
}
