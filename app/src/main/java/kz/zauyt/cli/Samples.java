package kz.zauyt.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The sample articles bundled in the application jar under {@code /samples}. */
final class Samples {

    record Sample(String name, byte[] bytes) {
    }

    private final Path dir;

    private Samples(Path dir) {
        this.dir = dir;
    }

    static Samples open() throws IOException, URISyntaxException {
        URL url = Samples.class.getResource("/samples");
        if (url == null) {
            throw new IOException("the sample articles are missing from the application");
        }
        URI uri = url.toURI();
        if ("jar".equals(uri.getScheme())) {
            FileSystem fs;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            return new Samples(fs.getPath("/samples"));
        }
        return new Samples(Path.of(uri));
    }

    List<Sample> list() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches(".*\\.(txt|html?)$")).sorted()
                    .map(p -> {
                        try {
                            return new Sample(p.getFileName().toString(), Files.readAllBytes(p));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).toList();
        }
    }
}
