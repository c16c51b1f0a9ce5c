package kz.zauyt.registry.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The values a project list can be narrowed by that no ordered index serves: its NACE section and
 * division, its investors' countries, each year it has evidence in. One GIN index over them answers
 * any combination ("C29, evidence in 2015, Chinese money") by intersecting posting lists, where a
 * walk down the newest-first index would read thousands of projects to find twenty: projects with
 * evidence in an early year are rare among the newest ones. PostgreSQL also keeps the frequency of
 * each value, so it knows when a filter is that rare.
 */
public final class Facets {

    private Facets() {
    }

    /** "sector:C" for a section, "sector:C29" for a division. */
    public static String sector(String code) {
        return "sector:" + code;
    }

    public static String country(String iso) {
        return "country:" + iso;
    }

    public static String year(int year) {
        return "year:" + year;
    }

    /** A project's facets: its sector's section and division, its countries, the years from first to last evidence. */
    public static List<String> of(String sector, List<String> countries, LocalDate first, LocalDate last) {
        List<String> out = new ArrayList<>();
        if (sector != null && !sector.isEmpty()) {
            out.add(sector(sector.substring(0, 1)));
            if (sector.length() >= 3) {
                out.add(sector(sector.substring(0, 3)));
            }
        }
        countries.forEach(c -> out.add(country(c)));
        if (first != null && last != null) {
            for (int y = first.getYear(); y <= last.getYear(); y++) {
                out.add(year(y));
            }
        }
        return out;
    }
}
