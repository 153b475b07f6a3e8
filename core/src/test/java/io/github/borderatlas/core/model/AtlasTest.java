package io.github.borderatlas.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;

class AtlasTest {

  private static final Provenance OSM = new Provenance("test", "ODbL-1.0");

  private static LineString line(double... lonLat) {
    Coordinate[] cs = new Coordinate[lonLat.length / 2];
    for (int i = 0; i < cs.length; i++) {
      cs[i] = new Coordinate(lonLat[2 * i], lonLat[2 * i + 1]);
    }
    return Geometries.FACTORY.createLineString(cs);
  }

  private static Point point(double lon, double lat) {
    return Geometries.FACTORY.createPoint(new Coordinate(lon, lat));
  }

  private static TimelineEntry entry(String id, String date, Validity inForce) {
    return new TimelineEntry(
        id,
        PartialDate.parse(date),
        EntryKind.TREATY,
        id,
        null,
        null,
        null,
        List.of("China", "Kazakhstan"),
        List.of(),
        Provenance.fact("test"),
        inForce);
  }

  private static Atlas sample() {
    LineString borderLine = line(87.29, 49.12, 80.17, 42.21);
    BorderSegment seg =
        new BorderSegment(
            "seg.1", SegmentKind.LAND, "all", null, borderLine, 0, 1000, "", OSM, null);
    Place icbc =
        new Place(
            "place.icbc",
            PlaceKind.CROSS_BORDER_CENTRE,
            Names.english("Khorgos ICBC"),
            null,
            null,
            point(80.369, 44.196),
            new PositionAccuracy(500, "site coordinates"),
            null,
            null,
            Provenance.fact("S45b"),
            Validity.startingOn(LocalDate.of(2012, 4, 1)));
    return Atlas.builder()
        .border(new Border("border", "CN–KZ", borderLine, List.of(seg), OSM, null))
        .place(icbc)
        .timelineEntry(entry("t.1998", "1998-07-04", Validity.ALWAYS))
        .timelineEntry(
            entry("t.1994", "1994-04-26", Validity.startingOn(LocalDate.of(1995, 6, 15))))
        .figure(Figure.of("border.length.total", 1782.75, Unit.KILOMETRE, "S1", Confidence.FIRM))
        .build();
  }

  @Test
  void timeline_isSortedByDate_andFeaturesHaveStableOrder() {
    Atlas atlas = sample();
    assertThat(atlas.timeline()).extracting(TimelineEntry::id).containsExactly("t.1994", "t.1998");
    assertThat(atlas.features())
        .extracting(AtlasFeature::id)
        .containsExactly("border", "seg.1", "place.icbc", "t.1994", "t.1998");
  }

  @Test
  void asOf_dropsFeaturesOutsideValidity_andFutureEvents() {
    Atlas at1996 = sample().asOf(LocalDate.of(1996, 1, 1));
    assertThat(at1996.find("place.icbc")).isEmpty();
    assertThat(at1996.timeline()).extracting(TimelineEntry::id).containsExactly("t.1994");
    assertThat(at1996.border()).isPresent();
    assertThat(at1996.figures().first("border.length.total")).isPresent();
    assertThat(sample().asOf(LocalDate.of(2013, 1, 1)).find("place.icbc")).isPresent();
  }

  @Test
  void inForceOn_namesAgreementsWithBoundedValidity() {
    assertThat(sample().inForceOn(LocalDate.of(1995, 6, 14))).isEmpty();
    assertThat(sample().inForceOn(LocalDate.of(1995, 6, 15)))
        .extracting(TimelineEntry::id)
        .containsExactly("t.1994");
  }

  /**
   * Issue 10: an instrument known in force whose entry into force no source dates counts from its
   * signing, up to its end, and never before its signing.
   */
  @Test
  void inForceOn_keepsInstrumentsWithUnknownStart_fromTheirSigning() {
    Atlas atlas =
        sample().toBuilder()
            .timelineEntry(entry("t.1881", "1881-02-24", Validity.startUnknown(null)))
            .timelineEntry(
                entry("t.1997", "1997-09-24", Validity.startUnknown(PartialDate.parse("2001"))))
            .build();
    assertThat(atlas.inForceOn(LocalDate.of(1881, 2, 23))).isEmpty();
    assertThat(atlas.inForceOn(LocalDate.of(1900, 1, 1)))
        .extracting(TimelineEntry::id)
        .containsExactly("t.1881");
    assertThat(atlas.inForceOn(LocalDate.of(1998, 1, 1)))
        .extracting(TimelineEntry::id)
        .containsExactly("t.1881", "t.1994", "t.1997");
    assertThat(atlas.inForceOn(LocalDate.of(2001, 1, 1)))
        .extracting(TimelineEntry::id)
        .containsExactly("t.1881", "t.1994");
  }

  /** Issue 10: one rule for "on the map at a date", shared by asOf and the renderer. */
  @Test
  void existsOn_isTheRuleOfAsOf() {
    Atlas atlas = sample();
    AtlasFeature icbc = atlas.find("place.icbc").orElseThrow();
    AtlasFeature t1998 = atlas.find("t.1998").orElseThrow();
    assertThat(Atlas.existsOn(icbc, LocalDate.of(2012, 3, 31))).isFalse();
    assertThat(Atlas.existsOn(icbc, LocalDate.of(2012, 4, 1))).isTrue();
    assertThat(Atlas.existsOn(t1998, LocalDate.of(1998, 7, 3))).isFalse();
    assertThat(Atlas.existsOn(t1998, LocalDate.of(1998, 7, 4))).isTrue();
    for (LocalDate d : List.of(LocalDate.of(1990, 1, 1), LocalDate.of(2020, 1, 1))) {
      assertThat(atlas.asOf(d).features())
          .extracting(AtlasFeature::id)
          .containsExactlyElementsOf(
              atlas.features().stream()
                  .filter(f -> Atlas.existsOn(f, d))
                  .map(AtlasFeature::id)
                  .toList());
    }
  }

  @Test
  void find_byIdAndType() {
    Atlas atlas = sample();
    assertThat(atlas.find("place.icbc", Place.class)).isPresent();
    assertThat(atlas.find("place.icbc", River.class)).isEmpty();
    assertThat(atlas.find("nope")).isEmpty();
  }

  @Test
  void duplicateIds_areRejected_namingTheId() {
    Atlas.Builder b = sample().toBuilder().timelineEntry(entry("place.icbc", "2000", null));
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("place.icbc");
  }

  @Test
  void geometries_areDefensiveCopies() {
    Point p = point(80.369, 44.196);
    Place place =
        new Place(
            "p",
            PlaceKind.CITY,
            Names.english("P"),
            null,
            null,
            p,
            new PositionAccuracy(1, "x"),
            null,
            null,
            Provenance.fact("s"),
            null);
    p.getCoordinate().x = 0;
    p.geometryChanged();
    assertThat(place.geometry().getX()).isEqualTo(80.369);
  }

  @Test
  void figures_keepConflictingValuesSideBySide() {
    Figures f =
        Figures.of(
            List.of(
                Figure.of(
                    "dispute.area.total", 2420, Unit.SQUARE_KILOMETRE, "seed", Confidence.WEAK),
                Figure.of(
                    "dispute.area.total", 944, Unit.SQUARE_KILOMETRE, "CACI", Confidence.SINGLE)));
    assertThat(f.of("dispute.area.total")).extracting(Figure::value).containsExactly(2420.0, 944.0);
    assertThat(f.first("dispute.area.total").orElseThrow().formatted()).isEqualTo("2420 km²");
    assertThat(f.of("missing")).isEmpty();
  }

  @Test
  void layerIds_roundTrip() {
    for (Layer l : Layer.values()) {
      assertThat(Layer.fromId(l.id())).isEqualTo(l);
    }
    assertThat(Layer.BORDER_SEGMENT.id()).isEqualTo("border-segment");
    assertThatThrownBy(() -> Layer.fromId("rivers")).hasMessageContaining("border-segment");
  }
}
