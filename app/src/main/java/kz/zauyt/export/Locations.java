package kz.zauyt.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import kz.zauyt.web.map.Places;

/**
 * Where a project goes on a map: its town's coordinates from the engine's gazetteer; else the centroid
 * of its region's outline (the vendored regions map); else nowhere. {@code precision} says which, so
 * a GIS user can tell a plant in Aksu from "somewhere in Pavlodar region".
 */
final class Locations {

    /** A point in degrees and how it was found: "town", "region" or "none" (no point). */
    record Location(Double lat, Double lon, String precision) {
        static final Location NONE = new Location(null, null, "none");

        boolean known() {
            return lat != null;
        }
    }

    private static final Map<String, double[]> CENTROIDS = centroids();

    private Locations() {
    }

    static Location of(String place, String region) {
        Places.Point p = Places.find(place).orElse(null);
        if (p != null) {
            return new Location(p.lat(), p.lon(), "town");
        }
        double[] c = region == null ? null : CENTROIDS.get(region);
        return c == null ? Location.NONE : new Location(round(c[1]), round(c[0]), "region");
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    /**
     * Each region's area-weighted centroid (lon, lat) from {@code web/geo/kazakhstan2023Low.json}, over all
     * its outer rings (planar: at a region's scale the error is far below the map's own).
     */
    private static Map<String, double[]> centroids() {
        String name = "/web/geo/kazakhstan2023Low.json";
        try (InputStream in = Locations.class.getResourceAsStream(name)) {
            if (in == null) {
                return Map.of(); // no outlines: projects without a known town get no point
            }
            Map<String, double[]> out = new HashMap<>();
            for (JsonNode f : new ObjectMapper().readTree(in).path("features")) {
                JsonNode g = f.path("geometry");
                double[] sum = new double[3]; // area-weighted x, y, and the area
                if ("Polygon".equals(g.path("type").asText())) {
                    ring(g.path("coordinates").path(0), sum);
                } else {
                    for (JsonNode polygon : g.path("coordinates")) {
                        ring(polygon.path(0), sum);
                    }
                }
                if (sum[2] != 0) {
                    out.put(f.path("id").asText(), new double[] {sum[0] / sum[2], sum[1] / sum[2]});
                }
            }
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** Adds one ring's centroid moments (shoelace formula) to {@code sum}. */
    private static void ring(JsonNode ring, double[] sum) {
        double area = 0;
        double cx = 0;
        double cy = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            double x0 = ring.get(i).get(0).asDouble();
            double y0 = ring.get(i).get(1).asDouble();
            double x1 = ring.get(i + 1).get(0).asDouble();
            double y1 = ring.get(i + 1).get(1).asDouble();
            double cross = x0 * y1 - x1 * y0;
            area += cross;
            cx += (x0 + x1) * cross;
            cy += (y0 + y1) * cross;
        }
        area /= 2;
        if (area != 0) {
            sum[0] += cx / 6;
            sum[1] += cy / 6;
            sum[2] += area;
        }
    }
}
