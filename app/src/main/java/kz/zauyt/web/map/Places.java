package kz.zauyt.web.map;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where a town is, from the engine's gazetteer ({@code zauyt/gazetteer/places.tsv}: code, kind,
 * latitude, longitude, names in every spelling and case). A project's place is written as in its
 * article, so "Костанае" finds Kostanay.
 */
public final class Places {

    /** A point on the map, in degrees. */
    public record Point(double lat, double lon) {
    }

    private static final Map<String, Point> BY_NAME = load();

    private Places() {
    }

    public static Optional<Point> find(String place) {
        return place == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(place.strip().toLowerCase(Locale.ROOT)));
    }

    private static Map<String, Point> load() {
        Map<String, Point> out = new HashMap<>();
        try (InputStream in = Places.class.getResourceAsStream("/zauyt/gazetteer/places.tsv")) {
            if (in == null) {
                return Map.of(); // an engine without coordinates: projects are shown by region only
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t");
                if (f.length < 5 || line.startsWith("#")) {
                    continue;
                }
                try {
                    Point p = new Point(Double.parseDouble(f[2]), Double.parseDouble(f[3]));
                    for (String name : f[4].split("\\|")) {
                        out.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), p);
                    }
                } catch (NumberFormatException e) {
                    // a row without coordinates: skipped, the others still place their towns
                }
            }
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer's places", e);
        }
    }
}
