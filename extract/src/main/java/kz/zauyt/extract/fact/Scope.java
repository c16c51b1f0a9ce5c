package kz.zauyt.extract.fact;

/** What a figure covers: a region (KZ for the country) and a sector (NACE section or division). */
public record Scope(String region, String sector) {
    public Scope {
        if (region != null && !region.matches("KZ(-\\d{2})?")) {
            throw new IllegalArgumentException("scope region must be KZ or an ISO 3166-2:KZ code, got '" + region + "'");
        }
        if (sector != null && !sector.matches("[A-U](\\d{2})?")) {
            throw new IllegalArgumentException("scope sector must be a NACE section or division, got '" + sector + "'");
        }
    }
}
