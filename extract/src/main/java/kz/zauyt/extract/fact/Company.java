package kz.zauyt.extract.fact;

import java.util.Set;

/**
 * A company or body named with a project: its name as written, its role, its home country (ISO 3166-1).
 * The name is null when the text says only where the company is from ("a Chinese investor"); it is never blank.
 */
public record Company(String name, String role, String country) {

    private static final Set<String> ROLES = Set.of("operator", "investor", "partner", "contractor");

    public Company {
        if (name != null && name.isBlank()) {
            throw new IllegalArgumentException("company name is blank: '" + name + "'");
        }
        if (name == null && country == null) {
            throw new IllegalArgumentException("a company with no name needs a country");
        }
        if (role != null && !ROLES.contains(role)) {
            throw new IllegalArgumentException("company role must be one of " + ROLES + ", got '" + role + "'");
        }
        if (country != null && !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("company country must be ISO 3166-1 alpha-2, got '" + country + "'");
        }
    }

    /** "a Chinese investor": the company is known only by its home country. */
    public static Company nameless(String role, String country) {
        return new Company(null, role, country);
    }

    public boolean named() {
        return name != null;
    }
}
