package io.github.borderatlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.geodesy.GeodesicLineIndex;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.Border;
import io.github.borderatlas.core.model.DisputedSector;
import io.github.borderatlas.core.model.Place;
import io.github.borderatlas.core.model.PlaceKind;
import io.github.borderatlas.core.model.TimelineEntry;
import java.util.List;
import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/**
 * Loader-level consistency of the curated places with the generated border line: what sits on the
 * border lies within its stated accuracy of it, in the right order from north to south.
 */
class BorderProximityTest {

  private static final Atlas ATLAS = ChinaKazakhstan.atlas();
  private static final Border BORDER = ATLAS.border().orElseThrow();
  private static final GeodesicLineIndex LINE = new GeodesicLineIndex(BORDER.line());

  private static Place place(String id) {
    return ATLAS.find(id, Place.class).orElseThrow(() -> new AssertionError(id));
  }

  private static double distance(Point p) {
    return LINE.distanceMetres(p.getX(), p.getY());
  }

  /** Crossings and the Khorgos centre lie on the border within their accuracy radius. */
  @Test
  void crossingsLieOnTheBorderWithinTheirAccuracy() {
    List<Place> onBorder =
        ATLAS.places().stream()
            .filter(
                p ->
                    p.kind() == PlaceKind.BORDER_CROSSING
                        || p.kind() == PlaceKind.CROSS_BORDER_CENTRE)
            .toList();
    assertThat(onBorder).hasSize(7);
    assertThat(onBorder)
        .allSatisfy(
            p ->
                assertThat(distance(p.location()))
                    .as(p.id() + " metres from the border")
                    .isLessThanOrEqualTo(p.accuracy().radiusMetres()));
  }

  /** data-sources.md: the OpenStreetMap line ends about 160–190 m from the treaty tripoints. */
  @Test
  void tripointsAreTheEndsOfTheLine() {
    Coordinate first = BORDER.line().getCoordinateN(0);
    Coordinate last = BORDER.line().getCoordinateN(BORDER.line().getNumPoints() - 1);
    Point north = place("place.tripoint-cn-ru-kz").location();
    Point south = place("place.tripoint-cn-kg-kz").location();
    assertThat(LINE.chainageMetres(north.getX(), north.getY())).isLessThan(1000);
    assertThat(LINE.lengthMetres() - LINE.chainageMetres(south.getX(), south.getY()))
        .isLessThan(1000);
    assertThat(distance(north)).isLessThan(500);
    assertThat(distance(south)).isLessThan(500);
    assertThat(first.y).isGreaterThan(last.y); // the line runs north to south
  }

  /**
   * The crossings follow one another along the line from the Altai to Khan Tengri: Maikapchagai
   * (Saur), Bakhty (Tarbagatai), Dostyk (Dzungarian Gate), Khorgos, Kolzhat (south of the Ili).
   */
  @Test
  void crossingsAreInOrderFromNorthToSouth() {
    List<String> order =
        List.of(
            "crossing.maikapchagai",
            "crossing.bakhty",
            "crossing.dostyk",
            "crossing.khorgos",
            "crossing.kolzhat");
    double previous = -1;
    for (String id : order) {
      Point p = place(id).location();
      double chainage = LINE.chainageMetres(p.getX(), p.getY());
      assertThat(chainage).as(id + " chainage").isGreaterThan(previous);
      previous = chainage;
    }
  }

  /** facts.md §1, S28: Lake Zhalanashkol lies "about 5 km inside Kazakhstan". */
  @Test
  void lakeZhalanashkolIsAFewKilometresFromTheBorder() {
    assertThat(distance(place("place.lake-zhalanashkol").location())).isBetween(1_000.0, 12_000.0);
  }

  /** A sector with a location lies within its accuracy of the border. */
  @Test
  void locatedSectorsLieOnTheBorder() {
    for (DisputedSector s : ATLAS.disputedSectors()) {
      if (s.location() instanceof Point p) {
        assertThat(distance(p)).as(s.id()).isLessThanOrEqualTo(s.locationAccuracy().radiusMetres());
      }
    }
  }

  /**
   * facts.md §4, S94/S39/S93: the Dostyk works are on the Khorgos, which is the border, with the
   * border along their axis, 27 km from the Port of Khorgos (S49: 44°14′N 80°29′E); S94 says they
   * protect the port downstream, so they lie upstream (north) of it. The audit found the works at
   * the port's own position, 6.3 km inside China.
   */
  @Test
  void dostykWaterworksSitOnTheLine27KilometresUpstreamOfThePort() {
    Point works = place("place.dostyk-waterworks").location();
    double portLon = 80 + 29 / 60.0;
    double portLat = 44 + 14 / 60.0;
    assertThat(distance(works)).as("metres from the border").isLessThan(100);
    double fromPort = Geodesic.WGS84.Inverse(portLat, portLon, works.getY(), works.getX()).s12;
    assertThat(fromPort).as("metres from the port").isBetween(26_500.0, 27_500.0);
    assertThat(works.getY()).as("north of the port").isGreaterThan(portLat);
    for (String id :
        List.of(
            "infrastructure.2011-dostyk-waterworks-ground-broken",
            "infrastructure.2013-dostyk-waterworks-operational")) {
      TimelineEntry e = ATLAS.find(id, TimelineEntry.class).orElseThrow();
      assertThat(e.place()).as(id).isEqualTo(works);
    }
  }
}
