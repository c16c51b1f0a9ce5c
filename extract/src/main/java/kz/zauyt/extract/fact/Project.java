package kz.zauyt.extract.fact;

import java.util.List;
import java.util.Set;
import kz.zauyt.extract.text.Span;

/** One facility or undertaking read from a document, with the sentences it was read from. */
public record Project(String name, List<Company> companies, Location location, String sector, List<String> products,
                      List<Capacity> capacity, Investment investment, Long jobs, String status, String expected,
                      List<Span> evidence) {

    public static final Set<String> STATUSES =
            Set.of("proposed", "planned", "construction", "commissioning", "operating", "suspended", "cancelled");

    public Project {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("project name is empty");
        }
        if (status != null && !STATUSES.contains(status)) {
            throw new IllegalArgumentException("project status must be one of " + STATUSES + ", got '" + status + "'");
        }
        if (jobs != null && jobs <= 0) {
            throw new IllegalArgumentException("project jobs must be positive, got " + jobs);
        }
        if (sector != null && !sector.matches("[A-U](\\d{2})?")) {
            throw new IllegalArgumentException("sector must be a NACE section or division, got '" + sector + "'");
        }
        companies = List.copyOf(companies);
        products = List.copyOf(products);
        capacity = List.copyOf(capacity);
        evidence = List.copyOf(evidence);
        location = location == null ? Location.UNKNOWN : location;
    }
}
