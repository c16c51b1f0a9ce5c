package kz.zauyt.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The files under a directory given on the command line, sorted by path. A directory given through
 * a symbolic link is followed (links inside it are not, so there are no loops); a part that cannot
 * be listed is not fatal: its path takes its place in the list, and reading it reports it in its
 * turn while the rest goes on. Only regular files are listed: a FIFO would block its reader.
 */
public final class DirectoryWalk {

    private DirectoryWalk() {
    }

    public static List<Path> files(Path dir, Predicate<Path> wanted) {
        List<Path> out = new ArrayList<>();
        Path root;
        try {
            root = Files.isSymbolicLink(dir) ? dir.toRealPath() : dir;
        } catch (IOException e) {
            return List.of(dir);
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && wanted.test(file)) {
                        out.add(dir.resolve(root.relativize(file)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    out.add(dir.resolve(root.relativize(file)));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) {
                    if (e != null) {
                        out.add(dir.resolve(root.relativize(d))); // listing stopped part-way
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            out.add(dir);
        }
        out.sort((a, b) -> a.toString().compareTo(b.toString()));
        return out;
    }
}
