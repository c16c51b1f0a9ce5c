package kz.zauyt.web.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A map ready to draw: each region's outline with its colour class ({@code q0} none to {@code q5}
 * most), its figure, tooltip and link, and optionally a marker. Colours are classes, not inline
 * styles: the Content-Security-Policy allows no inline styles.
 */
public record MapView(String viewBox, List<Area> areas, Marker marker, String highlight) {

    /** One region as drawn. */
    public record Area(String code, String name, String path, String fill, String label, String tooltip, String href,
                       double labelX, double labelY) {
    }

    /** A point: a project's town. */
    public record Marker(double x, double y, String title) {
    }

    public MapView {
        areas = List.copyOf(areas);
    }

    /**
     * {@code values}: the figure per region code (absent or 0 for none); {@code label} writes it,
     * {@code name} names a region, {@code tooltip} and {@code href} describe and link it.
     */
    public static MapView of(Map<String, Double> values, Function<String, String> name, Function<Double, String> label,
                             Function<String, String> tooltip, Function<String, String> href, String highlight,
                             Marker marker) {
        RegionMap map = RegionMap.get();
        double max = values.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<Area> areas = new ArrayList<>();
        for (RegionMap.Shape s : map.shapes().values()) {
            double v = values.getOrDefault(s.code(), 0.0);
            // square-root scale: one region with most of the money must not wash out the rest
            int q = v <= 0 || max <= 0 ? 0 : 1 + (int) Math.min(4, Math.floor(Math.sqrt(v / max) * 5));
            areas.add(new Area(s.code(), name.apply(s.code()), s.path(), "q" + q, v > 0 ? label.apply(v) : "",
                    tooltip.apply(s.code()), href.apply(s.code()), round(s.labelX()), round(s.labelY())));
        }
        return new MapView("0 0 " + RegionMap.WIDTH + " " + map.height(), areas, marker, highlight);
    }

    public static Marker marker(Places.Point p, String title) {
        RegionMap map = RegionMap.get();
        return new Marker(round(map.x(p.lon())), round(map.y(p.lat())), title);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
