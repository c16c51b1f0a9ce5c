package kz.zauyt.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kz.zauyt.extract.document.DocumentReader;

/** Expands the paths given on the command line: files as given, directories into their articles sorted by path. */
final class Inputs {

    private Inputs() {
    }

    static List<Path> expand(List<Path> given) {
        List<Path> out = new ArrayList<>();
        for (Path p : given) {
            if (!Files.isDirectory(p)) {
                out.add(p); // a missing file is reported by the reader, in order
                continue;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(Files::isRegularFile).filter(DocumentReader::isArticleFile)
                        .sorted((a, b) -> a.toString().compareTo(b.toString())).forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + p, e);
            }
        }
        return out;
    }
}
