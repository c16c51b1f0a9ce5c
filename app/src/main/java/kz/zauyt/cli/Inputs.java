package kz.zauyt.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.zauyt.extract.document.DocumentReader;
import kz.zauyt.ingest.DirectoryWalk;

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
            out.addAll(DirectoryWalk.files(p, DocumentReader::isArticleFile));
        }
        return out;
    }
}
