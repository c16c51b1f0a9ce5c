package kz.zauyt.extract.fact;

/** Where a project is: region (ISO 3166-2:KZ), place (town as written), zone (SEZ or industrial zone as written). */
public record Location(String region, String place, String zone) {

    public static final Location UNKNOWN = new Location(null, null, null);

    public Location {
        if (region != null && !region.matches("KZ(-\\d{2})?")) {
            throw new IllegalArgumentException("region must be KZ or an ISO 3166-2:KZ code, got '" + region + "'");
        }
    }
}
