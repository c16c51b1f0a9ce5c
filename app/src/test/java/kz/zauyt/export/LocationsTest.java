package kz.zauyt.export;

import static org.assertj.core.api.Assertions.assertThat;

import kz.zauyt.web.Regions;
import org.junit.jupiter.api.Test;

/** Where exported projects are put on a map: their town, else their region's centroid, else nowhere. */
class LocationsTest {

    @Test
    void aTownInAnyCaseIsItsGazetteerPoint() {
        Locations.Location kostanay = Locations.of("Костанае", "KZ-39");
        assertThat(kostanay.precision()).isEqualTo("town");
        assertThat(kostanay.lat()).isBetween(53.0, 53.4);
        assertThat(kostanay.lon()).isBetween(63.4, 63.8);
    }

    @Test
    void everyRegionHasACentroidInsideKazakhstanAndNearItsCentre() {
        for (String code : Regions.all().keySet()) {
            Locations.Location at = Locations.of(null, code);
            assertThat(at.precision()).as(code).isEqualTo("region");
            assertThat(at.lon()).as(code).isBetween(46.4, 87.4);
            assertThat(at.lat()).as(code).isBetween(40.5, 55.5);
        }
        // Kostanay region's centroid lies south of its capital, well inside the region
        Locations.Location region = Locations.of("Nowhere-on-the-map", "KZ-39");
        assertThat(region.precision()).isEqualTo("region");
        assertThat(region.lat()).isBetween(50.5, 53.0);
        assertThat(region.lon()).isBetween(61.5, 66.0);
        // Almaty city's point is the city, not the region that surrounds it
        assertThat(Locations.of(null, "KZ-75").lat()).isBetween(43.0, 43.5);
    }

    @Test
    void noTownAndNoRegionIsNoPoint() {
        assertThat(Locations.of(null, null)).isEqualTo(Locations.Location.NONE);
        assertThat(Locations.of("Atlantis", "KZ")).isEqualTo(Locations.Location.NONE);
        assertThat(Locations.Location.NONE.known()).isFalse();
    }
}
