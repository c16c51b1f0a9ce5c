package kz.zauyt.money;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code zauyt rates update}: reads one day of the National Bank's rates XML from an address or a file
 * and merges it into the data folder's rates file, which is laid over the shipped table.
 */
public final class RatesUpdate {

    /** A day's XML is a few kilobytes; anything past this is not it. */
    static final int MAX_BYTES = 1 << 20;

    private RatesUpdate() {
    }

    /** What an update did, for its one-line report. */
    public record Result(int read, String day, int held, Path file) {
    }

    public static Result run(String from, Path dataDir) {
        byte[] xml = from.matches("(?i)https?://.*") ? fetch(from) : read(Path.of(from));
        List<Rate> fresh = NbkXml.parse(xml, from);
        Path file = dataDir.resolve(Rates.OVERRIDE);
        List<Rate> held = new ArrayList<>(Files.isRegularFile(file) ? RatesTsv.read(file) : List.of());
        Rates merged = Rates.of(held).with(fresh);
        RatesTsv.write(file, merged.all());
        return new Result(fresh.size(), fresh.get(0).day().toString(), merged.all().size(), file);
    }

    private static byte[] read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException(file + ": no such file (give a file or an http(s) address)");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new IllegalArgumentException(file + ": over " + MAX_BYTES + " bytes, not a day of rates");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static byte[] fetch(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(url + ": not an address: " + e.getMessage(), e);
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("User-Agent", "Zauyt/0.1.0 (rates update)").GET().build();
        try {
            HttpResponse<byte[]> r = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalArgumentException(url + ": the server answered " + r.statusCode());
            }
            if (r.body().length > MAX_BYTES) {
                throw new IllegalArgumentException(url + ": over " + MAX_BYTES + " bytes, not a day of rates");
            }
            return r.body();
        } catch (IOException e) {
            throw new IllegalArgumentException(url + ": cannot fetch: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalArgumentException(url + ": interrupted", e);
        }
    }
}
