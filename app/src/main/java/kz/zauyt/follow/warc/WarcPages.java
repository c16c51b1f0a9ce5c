package kz.zauyt.follow.warc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import kz.zauyt.follow.fetch.Page;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads back the pages a {@link WarcArchive} kept (or any WARC of HTML responses), oldest file first,
 * each as the {@link Page} the fetcher had returned. A file cut short mid-record is read up to the cut
 * and reported.
 */
public final class WarcPages {

    private WarcPages() {
    }

    /** The .warc and .warc.gz files of {@code dir}, in name order (their names start with the time). */
    public static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches(".*\\.warc(\\.gz)?")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Calls {@code each} with every 2xx response of {@code file}; returns the problems met, in words. */
    public static List<String> read(Path file, Consumer<Page> each) {
        List<String> problems = new ArrayList<>();
        long records = 0;
        try (WarcReader reader = new WarcReader(file)) {
            reader.onWarning(w -> problems.add(file.getFileName() + ": " + w));
            while (true) {
                Optional<WarcRecord> next = reader.next();
                if (next.isEmpty()) {
                    break;
                }
                records++;
                if (next.get() instanceof WarcResponse r) {
                    Page p = page(r);
                    if (p != null && p.status() / 100 == 2) {
                        each.accept(p);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(file.getFileName() + ": stops after " + records + " record(s), cut short or damaged ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("")) + ")");
        }
        return problems;
    }

    private static Page page(WarcResponse r) throws IOException {
        HttpResponse http = r.http();
        byte[] body = http.body().stream().readAllBytes();
        URI uri = r.targetURI();
        URI listed = r.headers().first(WarcArchive.LISTED).map(URI::create).orElse(uri);
        Instant at = r.date();
        return new Page(listed, uri, http.status(), http.headers().map(), body, at);
    }
}
