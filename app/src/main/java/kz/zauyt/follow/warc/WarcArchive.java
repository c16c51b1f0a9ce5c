package kz.zauyt.follow.warc;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.zauyt.follow.fetch.Page;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Every fetched article's raw page, kept in gzipped WARC files (one gzip member per record) under the
 * data folder, so the registry can be rebuilt from them ({@code zauyt reextract}) without fetching
 * again. Each process writes files of its own ({@code zauyt-TIME-PID-N.warc.gz}), and each record is
 * forced to disk before the registry hears of its article: a follow killed mid-write leaves at most its
 * last record cut short, which the reader skips.
 */
public final class WarcArchive implements AutoCloseable {

    /** A file is closed and a new one begun past this size. */
    static final long ROTATE_BYTES = 512L * 1024 * 1024;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    /** Headers that described the bytes on the wire, not the (un-gzipped, whole) body we keep; the type is set with it. */
    private static final List<String> WIRE = List.of("content-encoding", "transfer-encoding", "content-length", "content-type", ":status");

    /** The address the article was listed under, when redirects took the fetch elsewhere (a WARC extension field). */
    static final String LISTED = "WARC-Zauyt-Listed-URI";

    private final Path dir;
    private FileChannel channel;
    private WarcWriter writer;
    private int files;

    public WarcArchive(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** Appends a response record for {@code page} and forces it to disk. */
    public synchronized void write(Page page) throws IOException {
        if (writer == null || channel.size() > ROTATE_BYTES) {
            open();
        }
        HttpResponse.Builder http = new HttpResponse.Builder(page.status(), reason(page.status()));
        for (Map.Entry<String, List<String>> h : page.headers().entrySet()) {
            if (!WIRE.contains(h.getKey().toLowerCase(Locale.ROOT))) {
                h.getValue().forEach(v -> http.addHeader(h.getKey(), v));
            }
        }
        String type = page.contentType();
        http.body(type == null ? MediaType.OCTET_STREAM : MediaType.parseLeniently(type), page.body());
        WarcResponse record = new WarcResponse.Builder(page.uri()).date(page.fetchedAt())
                .addHeader(LISTED, page.requested().toString()).body(http.build()).build();
        writer.write(record);
        channel.force(false);
    }

    private void open() throws IOException {
        close();
        Files.createDirectories(dir);
        String prefix = "zauyt-" + STAMP.format(java.time.Instant.now()) + "-" + ProcessHandle.current().pid() + "-";
        while (true) {
            Path file = dir.resolve(prefix + (++files) + ".warc.gz");
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                break;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // another archive of this process opened in the same second took the name: take the next number
            }
        }
        writer = new WarcWriter(channel, WarcCompression.GZIP);
    }

    private static String reason(int status) {
        return status == 200 ? "OK" : status == 304 ? "Not Modified" : "Status " + status;
    }

    @Override
    public synchronized void close() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
            channel = null;
        }
    }
}
