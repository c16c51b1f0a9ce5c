package kz.zauyt.web.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Kazakhstan's regions as SVG paths, drawn once from the vendored amCharts geodata
 * ({@code web/geo/kazakhstan2023Low.json}, GeoJSON in longitude/latitude). An equirectangular
 * projection scaled by the cosine of the middle latitude: at this size it is indistinguishable from a
 * conic one and needs no library. No tiles, no network.
 */
public final class RegionMap {

    public static final int WIDTH = 1000;

    /** One region's outline in SVG coordinates, and a point inside it for its label. */
    public record Shape(String code, String path, double labelX, double labelY) {
    }

    private static final RegionMap INSTANCE = load();

    private final Map<String, Shape> shapes;
    private final double minLon;
    private final double maxLat;
    private final double kx;
    private final double ky;
    private final int height;

    private RegionMap(Map<String, Shape> shapes, double minLon, double maxLat, double kx, double ky, int height) {
        this.shapes = shapes;
        this.minLon = minLon;
        this.maxLat = maxLat;
        this.kx = kx;
        this.ky = ky;
        this.height = height;
    }

    public static RegionMap get() {
        return INSTANCE;
    }

    public Map<String, Shape> shapes() {
        return shapes;
    }

    public int height() {
        return height;
    }

    public double x(double lon) {
        return (lon - minLon) * kx;
    }

    public double y(double lat) {
        return (maxLat - lat) * ky;
    }

    private static RegionMap load() {
        String name = "/web/geo/kazakhstan2023Low.json";
        JsonNode root;
        try (InputStream in = RegionMap.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the application");
            }
            root = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        double minLon = 180;
        double maxLon = -180;
        double minLat = 90;
        double maxLat = -90;
        for (JsonNode f : root.path("features")) {
            for (List<double[]> ring : rings(f.path("geometry"))) {
                for (double[] p : ring) {
                    minLon = Math.min(minLon, p[0]);
                    maxLon = Math.max(maxLon, p[0]);
                    minLat = Math.min(minLat, p[1]);
                    maxLat = Math.max(maxLat, p[1]);
                }
            }
        }
        double cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double kx = WIDTH / (maxLon - minLon);
        double ky = kx / cos;
        int height = (int) Math.ceil((maxLat - minLat) * ky);
        RegionMap frame = new RegionMap(Map.of(), minLon, maxLat, kx, ky, height);
        Map<String, Shape> shapes = new LinkedHashMap<>();
        for (JsonNode f : root.path("features")) {
            String code = f.path("id").asText();
            shapes.put(code, frame.shape(code, rings(f.path("geometry"))));
        }
        return new RegionMap(Collections.unmodifiableMap(shapes), minLon, maxLat, kx, ky, height);
    }

    /** The outline as a path (points closer than half a pixel dropped), labelled at its largest ring's centre. */
    private Shape shape(String code, List<List<double[]>> rings) {
        StringBuilder d = new StringBuilder();
        double bestArea = -1;
        double lx = 0;
        double ly = 0;
        for (List<double[]> ring : rings) {
            double px = Double.NaN;
            double py = Double.NaN;
            double minX = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            int n = 0;
            for (double[] p : ring) {
                double x = x(p[0]);
                double y = y(p[1]);
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
                if (n > 0 && Math.abs(x - px) < 0.5 && Math.abs(y - py) < 0.5) {
                    continue;
                }
                d.append(n == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
                px = x;
                py = y;
                n++;
            }
            d.append('Z');
            double area = (maxX - minX) * (maxY - minY);
            if (area > bestArea) {
                bestArea = area;
                lx = (minX + maxX) / 2;
                ly = (minY + maxY) / 2;
            }
        }
        return new Shape(code, d.toString(), lx, ly);
    }

    /** The outer and inner rings of a Polygon or MultiPolygon, as [lon, lat] points. */
    private static List<List<double[]>> rings(JsonNode geometry) {
        List<List<double[]>> out = new ArrayList<>();
        JsonNode coords = geometry.path("coordinates");
        if ("Polygon".equals(geometry.path("type").asText())) {
            coords.forEach(ring -> out.add(points(ring)));
        } else if ("MultiPolygon".equals(geometry.path("type").asText())) {
            coords.forEach(poly -> poly.forEach(ring -> out.add(points(ring))));
        }
        return out;
    }

    private static List<double[]> points(JsonNode ring) {
        List<double[]> pts = new ArrayList<>();
        ring.forEach(p -> pts.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()}));
        return pts;
    }
}
