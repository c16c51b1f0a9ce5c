package kz.zauyt.follow;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kz.zauyt.follow.feed.Listing;

/** The Kazakhstan outlets the application ships ({@code follow/known-sources.tsv}), for {@code sources add --known}. */
public final class KnownSources {

    /** One line of the file. */
    public record Known(String name, String language, Duration every, Listing.Kind kind, URI url, String linkPattern) {
    }

    private static final String RESOURCE = "/follow/known-sources.tsv";

    private KnownSources() {
    }

    public static List<Known> load() {
        try (InputStream in = KnownSources.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the list of known sources is missing from the application (" + RESOURCE + ")");
            }
            List<Known> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < 5) {
                    throw new IllegalStateException(RESOURCE + ":" + n + ": needs name, language, every, kind and url, got '"
                            + line + "'");
                }
                out.add(new Known(f[0], f[1], Source.every(f[2]), Listing.Kind.of(f[3]), Urls.parse(f[4]),
                        f.length > 5 && !f[5].isBlank() ? f[5] : null));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
