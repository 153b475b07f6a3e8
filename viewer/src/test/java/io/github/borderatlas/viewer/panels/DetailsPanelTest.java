package io.github.borderatlas.viewer.panels;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.DisputedSector;
import io.github.borderatlas.core.model.EntryKind;
import io.github.borderatlas.core.model.Geometries;
import io.github.borderatlas.core.model.Names;
import io.github.borderatlas.core.model.PartialDate;
import io.github.borderatlas.core.model.Place;
import io.github.borderatlas.core.model.PlaceKind;
import io.github.borderatlas.core.model.PositionAccuracy;
import io.github.borderatlas.core.model.Provenance;
import io.github.borderatlas.core.model.TimelineEntry;
import java.util.List;
import java.util.Optional;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class DetailsPanelTest {

  /** The fixture plus a crossing, a sector and the agreement that settled it. */
  private final Atlas atlas =
      PanelFixtures.atlas().toBuilder()
          .place(
              new Place(
                  "crossing.khorgos",
                  PlaceKind.BORDER_CROSSING,
                  Names.of("Khorgos", "Қорғас", "霍尔果斯", "Хоргос"),
                  Optional.of("Nur Zholy"),
                  Optional.of("Khorgos"),
                  Geometries.FACTORY.createPoint(new Coordinate(80.369444, 44.195556)),
                  new PositionAccuracy(500, "site coordinates, S45b"),
                  Optional.of(PartialDate.parse("1983-11-16")),
                  null,
                  Provenance.fact("S45b shiftingsandsproject.com"),
                  null))
          .timelineEntry(
              new TimelineEntry(
                  "treaty.1998-second-supplementary",
                  PartialDate.parse("1998-07-04"),
                  EntryKind.TREATY,
                  "Second Supplementary Agreement",
                  "Settles points 15–16 and 48–49.",
                  null,
                  null,
                  List.of("China", "Kazakhstan"),
                  List.of("sector.chogan-obo"),
                  Provenance.fact("S9, S6"),
                  null))
          .disputedSector(
              new DisputedSector(
                  "sector.chogan-obo",
                  Names.english("Chogan-Obo"),
                  Optional.of("15–16"),
                  Optional.of("treaty.1998-second-supplementary"),
                  null,
                  null,
                  null,
                  Optional.of("No source gives its outline."),
                  Provenance.fact("S9"),
                  null))
          .build();

  private final DetailsPanel panel = new DetailsPanel(atlas);

  @Test
  void river_namesInFourLanguages_lengthFromGeographicLib_figuresAndSource() {
    assertThat(panel.showFeature("river.emil")).isTrue();
    // Reference: GeographicLib Inverse on the fixture's two edges (Karney 2013), in km.
    double km =
        (Geodesic.WGS84.Inverse(46.5, 83.6, 46.49, 82.72).s12
                + Geodesic.WGS84.Inverse(46.49, 82.72, 46.42, 82.0).s12)
            / 1000;
    assertThat(panel.html())
        .contains("Emil")
        .contains("Емел")
        .contains("额敏河")
        .contains("Эмель")
        .contains("Flows from China into Kazakhstan")
        .contains("Alakol")
        .contains(FeatureText.number(km, 1) + " km (geodesic, WGS84)")
        .contains("S78 en.m.wikipedia.org/wiki/Emil_(river)")
        .contains("conflicts with S78")
        .contains("LGPL-3.0-or-later");
    assertThat(panel.feature()).map(f -> f.id()).contains("river.emil");
  }

  @Test
  void lake_areaFromGeographicLibPolygonArea() {
    panel.showFeature("lake.alakol");
    PolygonArea pa = new PolygonArea(Geodesic.WGS84, false);
    pa.AddPoint(45.9, 81.2);
    pa.AddPoint(45.9, 82.0);
    pa.AddPoint(46.4, 82.0);
    pa.AddPoint(46.4, 81.2);
    double km2 = Math.abs(pa.Compute().area) / 1e6;
    assertThat(panel.html()).contains(FeatureText.number(km2, 0) + " km²").contains("2,650 km²");
  }

  @Test
  void place_positionLatitudeFirst_bothSideNames_accuracy() {
    panel.showFeature("crossing.khorgos");
    assertThat(panel.html())
        .contains("44.1956° N, 80.3694° E")
        .contains("Nur Zholy")
        .contains("Khorgos")
        .contains("within 500 m (site coordinates, S45b)")
        .contains("16 November 1983")
        .contains("Border crossing");
  }

  @Test
  void segmentAndSector_showChainageAndTheSettlingAgreement() {
    panel.showFeature("border.segment.02");
    assertThat(panel.html())
        .contains("Khorgos river stretch")
        .contains("river")
        .contains("km from the China–Russia–Kazakhstan tripoint")
        .contains("S39: the Khorgos is the boundary");
    panel.showFeature("sector.chogan-obo");
    assertThat(panel.html())
        .contains("15–16")
        .contains("Second Supplementary Agreement (4 July 1998)")
        .contains("No source gives its outline.")
        .contains("Kazakh")
        .contains("not known");
  }

  @Test
  void event_showsDateKindAndWhatItConcerns() {
    panel.showFeature("treaty.1998-second-supplementary");
    assertThat(panel.html()).contains("4 July 1998").contains("Treaty").contains("Chogan-Obo");
  }

  @Test
  void unknownIdsLeaveThePanelAsItWas_clearEmptiesIt() {
    panel.showFeature("river.emil");
    assertThat(panel.showFeature("river.nowhere")).isFalse();
    assertThat(panel.feature()).isPresent();
    panel.clear();
    assertThat(panel.feature()).isEmpty();
    assertThat(panel.html()).contains("Click a feature on the map");
  }
}
