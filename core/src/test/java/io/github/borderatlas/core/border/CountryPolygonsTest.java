package io.github.borderatlas.core.border;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.borderatlas.core.analysis.RiverAtBorder;
import io.github.borderatlas.core.analysis.RiverCrossingAnalysis;
import io.github.borderatlas.core.analysis.Side;
import io.github.borderatlas.core.analysis.SideLocator;
import io.github.borderatlas.core.geodesy.GeodesicLineIndex;
import io.github.borderatlas.core.io.atlas.AtlasGeoJson;
import io.github.borderatlas.core.io.geojson.GeoJsonException;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.BorderSegment;
import io.github.borderatlas.core.model.Layer;
import io.github.borderatlas.core.model.PlaceKind;
import io.github.borderatlas.core.model.Provenance;
import io.github.borderatlas.core.model.River;
import io.github.borderatlas.core.model.Validity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

/** Reading country files, and the atlas written from an extracted border, read back. */
class CountryPolygonsTest {

  private static final String FILE =
      """
      {"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"A3":"AAA"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}},
      {"type":"Feature","properties":{"A3":"FAR"},"geometry":{"type":"Polygon","coordinates":[[[30,30],[31,30],[31,31],[30,31],[30,30]]]}},
      {"type":"Feature","properties":{"A3":"BBB"},"geometry":{"type":"MultiPolygon","coordinates":[[[[1,0],[2,0],[2,1],[1,1],[1,0]]],[[[5,5],[6,5],[6,6],[5,6],[5,5]]]]}},
      {"type":"Feature","properties":{"A3":"CCC"},"geometry":{"type":"Polygon","coordinates":[[[0,1],[1,1],[2,1],[2,2],[0,2],[0,1]]]}},
      {"type":"Feature","properties":{"other":"x"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}},
      {"type":"Feature","properties":{"A3":"LIN"},"geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]}}
      ]}
      """;

  private static final String RIVERS =
      """
      {"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"name":"Westflow"},"geometry":{"type":"LineString","coordinates":[[1.5,0.5],[0.5,0.5]]}},
      {"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[0.5,0.2],[1.5,0.2]]}},
      {"type":"Feature","properties":{"name":"Far"},"geometry":{"type":"LineString","coordinates":[[40,40],[41,41]]}},
      {"type":"Feature","properties":{"name":"Pond"},"geometry":{"type":"Polygon","coordinates":[[[0.2,0.2],[0.3,0.2],[0.3,0.3],[0.2,0.2]]]}}
      ]}
      """;

  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void aPairIsReadWithItsNeighboursOnly() throws IOException {
    CountryPolygons.Read r = CountryPolygons.pair(file("c.geojson", FILE), "A3", "AAA", "BBB", 60);
    assertEquals(3, r.index().outlineCount()); // AAA, BBB, CCC; not FAR
    assertTrue(r.index().outline("FAR").isEmpty());
    assertEquals(List.of("AAA", "BBB"), r.geometries().keySet().stream().sorted().toList());
    assertEquals(2, r.geometries().get("BBB").getNumGeometries());
    SharedBorder s = new BorderExtractor(r.index()).between("AAA", "BBB");
    assertEquals(List.of("CCC"), s.tripoints().stream().map(Tripoint::thirdKey).toList());
  }

  @Test
  void allCountsWhatItSkips() throws IOException {
    CountryPolygons.Read r = CountryPolygons.all(file("c.geojson", FILE), "A3", 60);
    assertEquals(6, r.features());
    assertEquals(2, r.skipped()); // no A3; a line
    assertEquals(4, r.index().outlineCount());
    CountryPolygons.Read some =
        CountryPolygons.select(file("d.geojson", FILE), "A3", List.of("AAA", "CCC"), 60);
    assertEquals(2, some.index().outlineCount());
  }

  @Test
  void aMissingCountryIsNamedWithTheFileAndTheKey() throws IOException {
    Path f = file("c.geojson", FILE);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> CountryPolygons.pair(f, "A3", "AAA", "QQQ", 60));
    assertTrue(e.getMessage().contains("c.geojson"), e.getMessage());
    assertTrue(e.getMessage().contains("A3 = QQQ"), e.getMessage());
  }

  @Test
  void aMalformedFileFailsWithItsPlace() throws IOException {
    Path f = file("bad.geojson", "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":");
    GeoJsonException e =
        assertThrows(GeoJsonException.class, () -> CountryPolygons.all(f, "A3", 60));
    assertTrue(e.getMessage().contains("bad.geojson"), e.getMessage());
  }

  @Test
  void theAtlasOfABorderReadsBackWithItsPartsTripointsCountriesAndRivers() throws IOException {
    CountryPolygons.Read r = CountryPolygons.pair(file("c.geojson", FILE), "A3", "AAA", "BBB", 60);
    SharedBorder s = new BorderExtractor(r.index()).between("AAA", "BBB");
    Provenance p = new Provenance("test file", "CC0-1.0");
    List<River> rivers = RiverLines.read(file("r.geojson", RIVERS), new Envelope(0, 2, 0, 1), p);
    assertEquals(List.of("Westflow", "river 2"), rivers.stream().map(River::name).toList());
    Validity from = Validity.startingOn(LocalDate.of(2017, 12, 1));
    Atlas atlas = BorderAtlasFactory.atlas(s, r.geometries(), rivers, p, from, 30, 5000);
    Path out = dir.resolve("atlas.geojson");
    AtlasGeoJson.write(atlas, out, EnumSet.allOf(Layer.class), 6);
    Atlas back = AtlasGeoJson.readFiles(List.of(out), null);
    BorderSegment seg = back.border().orElseThrow().segments().get(0);
    assertEquals(s.lengthMetres(), seg.endChainageMetres(), 0.01);
    assertEquals(0, seg.startChainageMetres());
    assertEquals("AAA–BBB border", back.border().orElseThrow().name());
    assertEquals(1, back.places().size());
    assertEquals(PlaceKind.TRIPOINT, back.places().get(0).kind());
    assertEquals(List.of("AAA", "BBB"), back.countries().stream().map(c -> c.isoA3()).toList());
    assertEquals(2, back.rivers().size());
    assertEquals(
        LocalDate.of(2017, 12, 1), back.border().orElseThrow().validity().from().orElseThrow());

    // Westflow crosses from BBB (east, left of the line) to AAA (west, right)
    var line = back.border().orElseThrow().line();
    SideLocator sides =
        new SideLocator(
            line, List.of(r.geometries().get("BBB")), List.of(r.geometries().get("AAA")));
    RiverAtBorder rc =
        RiverCrossingAnalysis.analyse(
            back.rivers().get(0), line, new GeodesicLineIndex(line), sides);
    assertEquals(1, rc.crossingCount());
    assertEquals(Side.CHINA, rc.crossings().get(0).fromSide()); // stands for the second country
    assertEquals(Side.KAZAKHSTAN, rc.crossings().get(0).toSide());
  }

  @Test
  void noSharedBoundaryIsNotAnAtlas() throws IOException {
    CountryPolygons.Read r = CountryPolygons.pair(file("c.geojson", FILE), "A3", "AAA", "FAR", 60);
    SharedBorder s = new BorderExtractor(r.index()).between("AAA", "FAR");
    assertTrue(s.isEmpty());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            BorderAtlasFactory.atlas(
                s, r.geometries(), List.of(), new Provenance("t", "CC0-1.0"), null, 30, 0));
  }
}
