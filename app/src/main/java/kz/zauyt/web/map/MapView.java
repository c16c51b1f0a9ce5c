package kz.zauyt.web.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A map ready to draw: each region's outline with its colour class ({@code q0} none to {@code q5}
 * most), its figure, tooltip and link, optionally a marker, the towns' points, and the legend saying
 * which figures each colour stands for. Colours are classes, not inline styles: the
 * Content-Security-Policy allows no inline styles.
 */
public record MapView(String viewBox, List<Area> areas, Marker marker, String highlight, List<Dot> dots, List<Step> legend) {

    /** One region as drawn. */
    public record Area(String code, String name, String path, String fill, String label, String tooltip, String href,
                       double labelX, double labelY) {
    }

    /** A point: a project's town. */
    public record Marker(double x, double y, String title) {
    }

    /** A town's projects: one links to its project; several are a cluster showing how many, linking to their list. */
    public record Dot(double x, double y, double r, long projects, String title, String href) {
        public boolean cluster() {
            return projects > 1;
        }
    }

    /** One colour of the scale and the figures it stands for ({@code from} to {@code to}, as the map writes them). */
    public record Step(String fill, String from, String to) {
    }

    /** Colour classes above q0 (none). */
    static final int CLASSES = 5;

    public MapView {
        areas = List.copyOf(areas);
        dots = List.copyOf(dots);
        legend = List.copyOf(legend);
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
            areas.add(new Area(s.code(), name.apply(s.code()), s.path(), "q" + shade(v, max), v > 0 ? label.apply(v) : "",
                    tooltip.apply(s.code()), href.apply(s.code()), round(s.labelX()), round(s.labelY())));
        }
        boolean whole = values.values().stream().allMatch(v -> v == Math.rint(v));
        return new MapView("0 0 " + RegionMap.WIDTH + " " + map.height(), areas, marker, highlight, List.of(),
                legend(max, whole, label));
    }

    /** This map with the towns' points on it. */
    public MapView withDots(List<Dot> towns) {
        return new MapView(viewBox, areas, marker, highlight, towns, legend);
    }

    /** Square-root scale: one region with most of the money must not wash out the rest. 0 for none. */
    static int shade(double v, double max) {
        return v <= 0 || max <= 0 ? 0 : 1 + (int) Math.min(CLASSES - 1, Math.floor(Math.sqrt(v / max) * CLASSES));
    }

    /**
     * The figures each colour covers. Counts are whole: each class gets the whole numbers {@link #shade} puts
     * in it (a class none can fall in is left out); amounts get the bounds of the scale.
     */
    static List<Step> legend(double max, boolean whole, Function<Double, String> label) {
        List<Step> out = new ArrayList<>();
        if (max <= 0) {
            return out;
        }
        if (whole && max <= 1_000_000) {
            long[] lo = new long[CLASSES + 1];
            long[] hi = new long[CLASSES + 1];
            for (long v = 1; v <= (long) max; v++) {
                int q = shade(v, max);
                lo[q] = lo[q] == 0 ? v : lo[q];
                hi[q] = v;
            }
            for (int q = 1; q <= CLASSES; q++) {
                if (lo[q] > 0) {
                    out.add(new Step("q" + q, label.apply((double) lo[q]), label.apply((double) hi[q])));
                }
            }
            return out;
        }
        for (int q = 1; q <= CLASSES; q++) {
            double from = max * Math.pow((q - 1) / (double) CLASSES, 2);
            double to = q == CLASSES ? max : max * Math.pow(q / (double) CLASSES, 2);
            out.add(new Step("q" + q, label.apply(from), label.apply(to)));
        }
        return out;
    }

    public static Marker marker(Places.Point p, String title) {
        RegionMap map = RegionMap.get();
        return new Marker(round(map.x(p.lon())), round(map.y(p.lat())), title);
    }

    /** A town's point: its radius grows with the square root of its projects, from 6 to 22 units. */
    public static Dot dot(Places.Point p, long projects, long most, String title, String href) {
        RegionMap map = RegionMap.get();
        double r = 6 + 16 * Math.sqrt((projects - 1) / (double) Math.max(1, most - 1));
        return new Dot(round(map.x(p.lon())), round(map.y(p.lat())), round(r), projects, title, href);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
