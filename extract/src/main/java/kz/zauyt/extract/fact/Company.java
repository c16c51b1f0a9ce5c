package kz.zauyt.extract.fact;

import java.util.Set;

/** A company or body named with a project: its name as written, its role, its home country (ISO 3166-1). */
public record Company(String name, String role, String country) {

    private static final Set<String> ROLES = Set.of("operator", "investor", "partner", "contractor");

    public Company {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("company name is empty");
        }
        if (role != null && !ROLES.contains(role)) {
            throw new IllegalArgumentException("company role must be one of " + ROLES + ", got '" + role + "'");
        }
        if (country != null && !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("company country must be ISO 3166-1 alpha-2, got '" + country + "'");
        }
    }
}
