package io.github.borderatlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.borderatlas.core.analysis.CrossingPoint;
import io.github.borderatlas.core.analysis.RiverCrossingAnalysis;
import io.github.borderatlas.core.geodesy.GeodesicMeasure;
import io.github.borderatlas.core.geodesy.MetricBuffer;
import io.github.borderatlas.core.io.atlas.AtlasGeoJson;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.Layer;
import io.github.borderatlas.core.model.Place;
import io.github.borderatlas.core.model.River;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;

/**
 * The Java example of README.md, kept compiling and true. If this test changes, change the README
 * too.
 */
class ReadmeExampleTest {

  @Test
  void readmeExample(@TempDir Path dir) throws Exception {
    // --- README example starts
    Atlas atlas = ChinaKazakhstan.atlas();

    double borderKm = GeodesicMeasure.lengthMetres(atlas.border().orElseThrow().line()) / 1000;

    River ili = atlas.find(BundledIds.RIVER_ILI, River.class).orElseThrow();
    CrossingPoint crossing =
        RiverCrossingAnalysis.of(atlas).river(ili.id()).orElseThrow().firstCrossing().orElseThrow();
    // crossing.lon(), crossing.lat(): where the Ili leaves China; lengths in metres
    double upstreamKm = crossing.upstreamLengthMetres() / 1000;

    // everything within 20 km of the border, a lon/lat polygon (SRID 4326)
    Geometry nearBorder = MetricBuffer.bufferMetres(atlas.border().orElseThrow().line(), 20_000);
    List<Place> nearPlaces =
        atlas.places().stream().filter(p -> nearBorder.contains(p.location())).toList();

    Path out = dir.resolve("cn-kz-1995.geojson");
    AtlasGeoJson.write(
        atlas.asOf(LocalDate.of(1995, 1, 1)), out, Set.of(Layer.BORDER, Layer.RIVER), 6);
    // --- README example ends

    // The official length is 1,782.75 km (facts.md §3); the OSM line is within 1 % of it.
    assertThat(borderKm).isCloseTo(1782.75, within(17.83));
    // The Ili leaves China about 80.53 E 43.81 N (data-sources.md, WDBII crossing of the OSM line).
    assertThat(crossing.lon()).isCloseTo(80.53, within(0.01));
    assertThat(crossing.lat()).isCloseTo(43.81, within(0.01));
    assertThat(upstreamKm).isBetween(300.0, 500.0);
    // Khorgos crossing lies on the border (places.geojson), Almaty some 300 km from it.
    assertThat(nearPlaces).extracting(Place::id).contains(BundledIds.CROSSING_KHORGOS);
    assertThat(nearPlaces).extracting(Place::id).doesNotContain(BundledIds.CITY_ALMATY);
    assertThat(Files.readString(out)).startsWith("{\"type\":\"FeatureCollection\"");
  }
}
