package io.github.borderatlas.pipeline.border;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.geodesy.GeodesicMeasure;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class TripointsTest {

  /**
   * data-sources.md: 49°06.9′N 87°17.2′E (Pulkovo-42) → 87.286361 E, 49.115499 N (WGS84), and
   * 42°12′36.4″N 80°10′31.1″E → 80.174866 E, 42.210402 N; converted there with PROJ. The Helmert
   * shift used here should agree to within a few metres.
   */
  @Test
  void pulkovoTripointsConvertToTheReferenceWgs84Positions() {
    Coordinate ru = Tripoints.russiaEnd();
    Coordinate kg = Tripoints.kyrgyzstanEnd();
    assertThat(GeodesicMeasure.WGS84.distanceMetres(ru, new Coordinate(87.286361, 49.115499)))
        .isLessThan(5.0);
    assertThat(GeodesicMeasure.WGS84.distanceMetres(kg, new Coordinate(80.174866, 42.210402)))
        .isLessThan(5.0);
  }

  /** The datum shift here is tens of metres, not zero: Pulkovo and WGS84 positions differ. */
  @Test
  void datumShiftMovesThePointByTensOfMetres() {
    double shift =
        GeodesicMeasure.WGS84.distanceMetres(Tripoints.RU_PULKOVO, Tripoints.russiaEnd());
    assertThat(shift).isBetween(20.0, 200.0);
  }
}
