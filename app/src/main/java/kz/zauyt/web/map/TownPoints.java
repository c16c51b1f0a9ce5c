package kz.zauyt.web.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.zauyt.registry.query.FilterSql;
import kz.zauyt.registry.query.ProjectFilter;
import org.jdbi.v3.core.Jdbi;

/**
 * The towns a filtered list's projects are in, placed by the gazetteer's coordinates: one point per town
 * with how many projects it has, the first of them, and a few names for its tooltip. A town is written as
 * its article wrote it ("Костанае", "Kostanay"), so spellings that the gazetteer places at one point are
 * one town; a place it does not know is not drawn (its projects still colour their region).
 */
public final class TownPoints {

    /** A town's projects: {@code first} is the newest, {@code names} a few of them, newest first. */
    public record Town(Places.Point point, String place, String region, long projects, long first, List<String> names) {
        public Town {
            names = List.copyOf(names);
        }
    }

    /** Names a tooltip lists before "and N more". */
    static final int NAMED = 5;

    private final Jdbi jdbi;

    public TownPoints(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<Town> towns(ProjectFilter filter) {
        FilterSql f = new FilterSql(filter);
        String where = f.where().isEmpty() ? " where p.place is not null" : f.where() + " and p.place is not null";
        List<Town> spelt = jdbi.withHandle(h -> f.bind(h.createQuery("select p.place, min(p.region) as region, count(*) as n, "
                        + "(array_agg(p.id order by p.last_evidence desc nulls last, p.id))[1] as first, "
                        + "(array_agg(p.name order by p.last_evidence desc nulls last, p.id))[1 : " + NAMED + "] as names "
                        + "from project p" + where + " group by p.place"))
                .map((rs, ctx) -> Places.find(rs.getString("place")).map(pt -> {
                    try {
                        return new Town(pt, rs.getString("place"), rs.getString("region"), rs.getLong("n"),
                                rs.getLong("first"), List.of((String[]) rs.getArray("names").getArray()));
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }).orElse(null))
                .list());
        // spellings of one town, and a town and its suburb, one point: a cell of a quarter of a degree
        // (about 25 km) is a few pixels of the map, where two points would hide each other's number
        Map<List<Long>, Town> byCell = new LinkedHashMap<>();
        for (Town t : spelt) {
            if (t != null) {
                byCell.merge(List.of(Math.round(t.point().lat() * 4), Math.round(t.point().lon() * 4)), t, TownPoints::join);
            }
        }
        List<Town> out = new ArrayList<>(byCell.values());
        // the biggest drawn first, so a small town's point next to a big one stays on top and clickable
        out.sort((a, b) -> Long.compare(b.projects(), a.projects()));
        return out;
    }

    /** Two spellings of one town (or two towns a few kilometres apart): their projects added, the larger's name first. */
    private static Town join(Town a, Town b) {
        Town big = a.projects() >= b.projects() ? a : b;
        Town small = big == a ? b : a;
        List<String> names = new ArrayList<>(big.names());
        names.addAll(small.names());
        return new Town(big.point(), big.place(), big.region(), a.projects() + b.projects(), big.first(),
                names.subList(0, Math.min(NAMED, names.size())));
    }
}
