package kz.zauyt.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import kz.zauyt.extract.document.DocumentReader;
import kz.zauyt.extract.document.ReadException;
import kz.zauyt.registry.document.Article;

/**
 * What {@code ingest} reads: articles (.txt, .html, .htm) and JSON Lines of facts (.jsonl) given as
 * files or found in directories (sorted by path, so a rerun meets them in the same order). Each
 * article is one item, each non-blank JSON line another.
 */
final class Inputs {

    /** One document to read: where it comes from, and how to load it. */
    record Item(String source, Loader loader) {
    }

    interface Loader {
        Article load() throws ReadException;
    }

    private final List<Path> files;

    private Inputs(List<Path> files) {
        this.files = List.copyOf(files);
    }

    static Inputs of(List<Path> given) {
        List<Path> out = new ArrayList<>();
        for (Path p : given) {
            if (!Files.isDirectory(p)) {
                out.add(p); // a missing or unreadable file is reported when it is read, in its turn
                continue;
            }
            out.addAll(DirectoryWalk.files(p, f -> isJsonLines(f) || DocumentReader.isArticleFile(f)));
        }
        return new Inputs(out);
    }

    List<Path> files() {
        return files;
    }

    static boolean isJsonLines(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    /** How many items there will be: articles count one, JSON Lines files their non-blank lines. */
    long count() {
        long n = 0;
        for (Path f : files) {
            n += isJsonLines(f) ? lines(f) : 1;
        }
        return n;
    }

    private static long lines(Path f) {
        try (InputStream in = Files.newInputStream(f)) {
            long n = 0;
            byte[] buf = new byte[1 << 16];
            boolean content = false;
            for (int r = in.read(buf); r > 0; r = in.read(buf)) {
                for (int i = 0; i < r; i++) {
                    if (buf[i] == '\n') {
                        n += content ? 1 : 0;
                        content = false;
                    } else if (buf[i] > ' ') {
                        content = true;
                    }
                }
            }
            return n + (content ? 1 : 0);
        } catch (IOException e) {
            return 1; // counted as the one failure it will be reported as
        }
    }

    /** The items in order, read lazily: a JSON Lines file of a million documents is not held in memory. */
    Iterator<Item> items(ArticleLoader articles, ContractParser parser) {
        return new Iterator<>() {
            private int file;
            private BufferedReader lines;
            private Path linesOf;
            private long lineNo;
            private Item next;

            @Override
            public boolean hasNext() {
                while (next == null && (lines != null || file < files.size())) {
                    next = advance();
                }
                return next != null;
            }

            @Override
            public Item next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Item i = next;
                next = null;
                return i;
            }

            private Item advance() {
                if (lines != null) {
                    return nextLine();
                }
                Path f = files.get(file++);
                if (!isJsonLines(f)) {
                    return item(f.toString(), () -> articles.load(f));
                }
                try {
                    lines = Files.newBufferedReader(f, StandardCharsets.UTF_8);
                    linesOf = f;
                    lineNo = 0;
                    return null;
                } catch (IOException e) {
                    return item(f.toString(), () -> {
                        throw new ReadException(f + ": cannot read (" + e.getMessage() + ")", e);
                    });
                }
            }

            private Item nextLine() {
                String where = linesOf + ":" + (lineNo + 1);
                try {
                    String line = lines.readLine();
                    lineNo++;
                    if (line == null) {
                        close();
                        return null;
                    }
                    return line.isBlank() ? null : item(where, () -> parser.parse(line, where));
                } catch (IOException e) {
                    close();
                    // a malformed byte ends this file's lines, not the batch
                    return item(where, () -> {
                        throw new ReadException(where + ": cannot read (" + e.getMessage() + ")", e);
                    });
                }
            }

            private void close() {
                try {
                    lines.close();
                } catch (IOException ignored) {
                    // read to the end already; nothing left to lose
                }
                lines = null;
            }
        };
    }

    private static Item item(String source, Loader loader) {
        return new Item(source, loader);
    }

    /** Reads an article file through the engine. */
    interface ArticleLoader {
        Article load(Path file) throws ReadException;
    }
}
