package io.github.borderatlas.pipeline.border;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import io.github.borderatlas.core.geodesy.GeodesicLineIndex;
import io.github.borderatlas.core.model.BorderSegment;
import io.github.borderatlas.core.model.Geometries;
import io.github.borderatlas.core.model.Provenance;
import io.github.borderatlas.core.model.SegmentKind;
import io.github.borderatlas.pipeline.PipelineException;
import io.github.borderatlas.pipeline.border.SegmentClassifier.Reference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

/**
 * A synthetic border along 80° E from 45° N south to 44° N (≈ 111 km): straight, except between
 * 44.7° and 44.5° N where it zigzags ±0.003° around a straight "WDBII river" 0.001° east of it.
 */
class SegmentClassifierTest {

  private static final Provenance P = new Provenance("test", "CC0-1.0");

  private static LineString border() {
    List<Coordinate> c = new ArrayList<>();
    c.add(new Coordinate(80, 45));
    c.add(new Coordinate(80, 44.7));
    int k = 0;
    for (double lat = 44.698; lat > 44.5; lat -= 0.002) {
      c.add(new Coordinate(80 + (k++ % 2 == 0 ? 0.003 : -0.003), lat));
    }
    c.add(new Coordinate(80, 44.5));
    c.add(new Coordinate(80, 44.0));
    return Geometries.FACTORY.createLineString(c.toArray(new Coordinate[0]));
  }

  private static final LineString RIVER =
      Geometries.FACTORY.createLineString(
          new Coordinate[] {new Coordinate(80.001, 44.72), new Coordinate(80.001, 44.48)});

  private final GeodesicLineIndex line = new GeodesicLineIndex(border());

  private SegmentClassifier classifier() {
    return new SegmentClassifier(
        line, List.of(new Reference("Test river", RIVER)), 2000, 1000, 10_000, 2);
  }

  @Test
  void stretchAlongAWdbiiRiverIsDetectedAsRiverAndTheRestIsLandOrUnlocatedWater() {
    List<BorderSegment> segs = classifier().classify(List.of(), P, Geometries.FACTORY);
    // issue 13: the rest is not called land, since unlocated water boundary may lie in it
    assertThat(segs)
        .extracting(BorderSegment::kind)
        .containsExactly(
            SegmentKind.LAND_OR_UNLOCATED_WATER,
            SegmentKind.RIVER,
            SegmentKind.LAND_OR_UNLOCATED_WATER);
    assertThat(segs.get(0).name()).startsWith("Land, or water not located, km 0–");
    BorderSegment river = segs.get(1);
    assertThat(river.waterbody()).hasValue("Test river");
    double zigzagStart = line.locate(new Coordinate(80, 44.7)).chainageMetres();
    double zigzagEnd = line.locate(new Coordinate(80, 44.5)).chainageMetres();
    // Detected at 2 km window resolution: covers the zigzag, and not more than ~2 windows more.
    assertThat(river.startChainageMetres()).isLessThanOrEqualTo(zigzagStart + 2000);
    assertThat(river.endChainageMetres()).isGreaterThanOrEqualTo(zigzagEnd - 2000);
    assertThat(river.startChainageMetres()).isGreaterThan(zigzagStart - 6000);
    assertThat(river.endChainageMetres()).isLessThan(zigzagEnd + 6000);
    assertThat(river.evidence())
        .contains("within 1000 m of WDBII's Test river")
        .contains("sinuosity median");
  }

  @Test
  void segmentsAreContiguousAndCoverTheWholeLine() {
    List<BorderSegment> segs =
        classifier()
            .classify(
                List.of(
                    new RiverStretch(
                        "Named",
                        null,
                        new Coordinate(80, 44.95),
                        new Coordinate(80, 44.85),
                        "a source says so")),
                P,
                Geometries.FACTORY);
    assertThat(segs.get(0).startChainageMetres()).isZero();
    assertThat(segs.get(segs.size() - 1).endChainageMetres())
        .isCloseTo(line.lengthMetres(), offset(0.05));
    for (int i = 1; i < segs.size(); i++) {
      BorderSegment a = segs.get(i - 1);
      BorderSegment b = segs.get(i);
      assertThat(b.startChainageMetres()).isEqualTo(a.endChainageMetres());
      assertThat(b.geometry().getCoordinateN(0))
          .isEqualTo(a.geometry().getCoordinateN(a.geometry().getNumPoints() - 1));
    }
    assertThat(segs)
        .extracting(BorderSegment::id)
        .containsExactly(
            "border.segment.01",
            "border.segment.02",
            "border.segment.03",
            "border.segment.04",
            "border.segment.05");
    BorderSegment named = segs.get(1);
    assertThat(named.kind()).isEqualTo(SegmentKind.RIVER);
    assertThat(named.name()).isEqualTo("Named river stretch");
    assertThat(named.evidence()).startsWith("a source says so");
    // 0.1° of latitude ≈ 11.1 km: the named stretch is exactly its anchors' span, not stretched.
    assertThat(named.lengthMetres()).isCloseTo(11_120, offset(30.0));
  }

  @Test
  void sinuosityOfTheZigzagIsHighAndOfTheStraightPartOne() {
    WindowProfile p = classifier().profile();
    double zz = line.locate(new Coordinate(80, 44.6)).chainageMetres();
    assertThat(p.medianSinuosity(0, 20_000)).isCloseTo(1.0, offset(1e-3));
    // Each 0.002° step moves 0.006° of longitude (≈ 476 m) for 0.002° of latitude (≈ 222 m).
    assertThat(p.medianSinuosity(zz - 5000, zz + 5000)).isGreaterThan(2.0);
  }

  @Test
  void overlappingNamedStretchesAreRejected() {
    List<RiverStretch> named =
        List.of(
            new RiverStretch("A", null, new Coordinate(80, 44.95), new Coordinate(80, 44.85), "s"),
            new RiverStretch("B", null, new Coordinate(80, 44.9), new Coordinate(80, 44.8), "s"));
    assertThatThrownBy(() -> classifier().classify(named, P, Geometries.FACTORY))
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("overlaps");
  }

  @Test
  void anchorsOutOfOrderAreRejected() {
    List<RiverStretch> named =
        List.of(
            new RiverStretch("A", null, new Coordinate(80, 44.85), new Coordinate(80, 44.95), "s"));
    assertThatThrownBy(() -> classifier().classify(named, P, Geometries.FACTORY))
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("out of order");
  }
}
