package io.github.borderatlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.Place;
import io.github.borderatlas.core.model.PlaceKind;
import io.github.borderatlas.core.proximity.BorderMeasure;
import io.github.borderatlas.core.proximity.BorderProximity;
import io.github.borderatlas.core.proximity.FeatureProximity;
import io.github.borderatlas.core.proximity.FeatureSide;
import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;

/**
 * {@link BorderProximity} on the bundled atlas: cities land on their country's side (Almaty in
 * Kazakhstan, Yining/Ghulja in China: places.geojson ids city.almaty, city.yining), the river Ili
 * crosses the line, and the nearest crossing of a city is the one GeographicLib finds nearest.
 */
class BundledProximityTest {

  private static final Atlas ATLAS = ChinaKazakhstan.atlas();
  private static final BorderProximity PROXIMITY = BorderProximity.of(ATLAS);

  private static FeatureProximity place(String id) {
    Place p = ATLAS.find(id, Place.class).orElseThrow();
    return PROXIMITY.measure(p.id(), p.name(), p.location());
  }

  @Test
  void almatyIsInKazakhstan_yiningInChina() {
    assertThat(place(BundledIds.CITY_ALMATY).side()).isEqualTo(FeatureSide.KAZAKHSTAN);
    assertThat(place("city.yining").side()).isEqualTo(FeatureSide.CHINA);
  }

  @Test
  void nearestCrossingOfYining_isTheGeodesicallyNearestCrossingPlace() {
    Place yining = ATLAS.find("city.yining", Place.class).orElseThrow();
    Place expected = null;
    double best = Double.MAX_VALUE;
    for (Place c : ATLAS.places()) {
      if (c.kind() == PlaceKind.BORDER_CROSSING) {
        double d =
            Geodesic.WGS84.Inverse(
                    yining.location().getY(),
                    yining.location().getX(),
                    c.location().getY(),
                    c.location().getX())
                .s12;
        if (d < best) {
          best = d;
          expected = c;
        }
      }
    }
    BorderMeasure m = place("city.yining").measure().orElseThrow();
    assertThat(m.nearestCrossing().orElseThrow().id()).isEqualTo(expected.id());
    assertThat(m.nearestCrossing().orElseThrow().distanceMetres()).isCloseTo(best, within(1e-6));
    assertThat(m.distanceMetres()).isPositive().isLessThan(best);
  }

  @Test
  void theIliCrossesTheBorder() {
    var ili = ATLAS.find(BundledIds.RIVER_ILI).orElseThrow();
    FeatureProximity p = PROXIMITY.measure(ili.id(), ili.name(), ili.geometry());
    assertThat(p.side()).isEqualTo(FeatureSide.BOTH);
    assertThat(p.measure().orElseThrow().distanceMetres()).isZero();
    assertThat(p.measure().orElseThrow().borderPoints()).isNotEmpty();
  }
}
