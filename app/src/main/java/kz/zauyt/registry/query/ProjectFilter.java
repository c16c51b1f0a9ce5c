package kz.zauyt.registry.query;

import java.util.Set;
import kz.zauyt.extract.fact.Project;

/**
 * What a project list is narrowed to; null means "any". {@code sector} matches by prefix ("C" finds
 * C29), {@code company} by transliterated name (so "Tobyl Motors" finds "Тобыл Моторс"), {@code year}
 * finds projects with evidence in that year, and {@code text} is a full-text query in English or
 * Russian over names, products and evidence.
 */
public record ProjectFilter(String region, String sector, String status, String company, String country, Integer year,
                            String text) {

    public static final ProjectFilter ANY = new ProjectFilter(null, null, null, null, null, null, null);
    private static final Set<String> STATUSES = Project.STATUSES;

    public ProjectFilter {
        region = blankToNull(region);
        sector = blankToNull(sector);
        status = blankToNull(status);
        company = blankToNull(company);
        country = blankToNull(country);
        text = blankToNull(text);
        if (region != null && !region.matches("KZ(-\\d{2})?")) {
            throw new IllegalArgumentException("region must be KZ or an ISO 3166-2:KZ code such as KZ-75, got '" + region + "'");
        }
        if (sector != null && !sector.matches("[A-U](\\d{2})?")) {
            throw new IllegalArgumentException("sector must be a NACE section or division such as C or C29, got '" + sector + "'");
        }
        if (status != null && !STATUSES.contains(status)) {
            throw new IllegalArgumentException("status must be one of " + STATUSES + ", got '" + status + "'");
        }
        if (country != null) {
            country = Countries.get().code(country); // "China", "Китай", "Қытай" and "cn" are CN
        }
        noControl("company", company);
        noControl("text", text);
        if (company != null) {
            FilterSql.companyKeys(company); // a name with no usable word ("LLP", "!!!") fails here, not in the query
            FilterSql.companyName(company);
        }
        if (year != null && (year < 1900 || year > 2200)) {
            throw new IllegalArgumentException("year must be between 1900 and 2200, got " + year);
        }
    }

    /** PostgreSQL text cannot hold NUL, and no name or query means a control character. */
    private static void noControl(String name, String value) {
        if (value != null && value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(name + " must not contain control characters");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public ProjectFilter withRegion(String r) {
        return new ProjectFilter(r, sector, status, company, country, year, text);
    }

    public ProjectFilter withSector(String s) {
        return new ProjectFilter(region, s, status, company, country, year, text);
    }

    public ProjectFilter withStatus(String s) {
        return new ProjectFilter(region, sector, s, company, country, year, text);
    }

    public ProjectFilter withCompany(String c) {
        return new ProjectFilter(region, sector, status, c, country, year, text);
    }

    public ProjectFilter withCountry(String c) {
        return new ProjectFilter(region, sector, status, company, c, year, text);
    }

    public ProjectFilter withYear(Integer y) {
        return new ProjectFilter(region, sector, status, company, country, y, text);
    }

    public ProjectFilter withText(String t) {
        return new ProjectFilter(region, sector, status, company, country, year, t);
    }
}
