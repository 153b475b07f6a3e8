package io.github.borderatlas.pipeline.hydro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.borderatlas.core.model.Confidence;
import io.github.borderatlas.core.model.Figure;
import io.github.borderatlas.core.model.Unit;
import io.github.borderatlas.pipeline.PipelineException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalogs' published figures, read from the per-feature figures files. */
class PublishedFiguresTest {

  /** facts.md §4: Alakol 2,650 km², max depth 54 m, 58.6 km³, 347 m a.s.l., basin 65,200 km². */
  @Test
  void alakolHasItsFiveFirmFiguresInFactsOrder() {
    List<Figure> f = PublishedFigures.of("lake.alakol");
    assertThat(f)
        .extracting(Figure::quantity)
        .containsExactly(
            "lake.area", "lake.depth.max", "lake.volume", "lake.elevation", "lake.basin.area");
    assertThat(f).extracting(Figure::value).containsExactly(2650.0, 54.0, 58.6, 347.0, 65200.0);
    assertThat(f.get(0).unit()).isEqualTo(Unit.SQUARE_KILOMETRE);
    assertThat(f)
        .allSatisfy(
            x -> {
              assertThat(x.confidence()).isEqualTo(Confidence.FIRM);
              assertThat(x.source()).startsWith("S84 ");
            });
    assertThat(f.get(3).note()).hasValue("above sea level");
    assertThat(f.get(0).note()).isEmpty();
  }

  /** Every figures file belongs to a catalog feature, and every catalog figure list is read. */
  @Test
  void everyFiguresFileBelongsToACatalogFeature() throws IOException, URISyntaxException {
    List<String> ids = new ArrayList<>();
    RiverCatalog.wdbiiRivers().forEach(s -> ids.add(s.id()));
    ids.add("river.khorgos");
    LakeCatalog.all().forEach(s -> ids.add(s.id()));
    Path dir = Path.of(PublishedFigures.class.getResource("figures").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      List<String> named =
          files.map(p -> p.getFileName().toString().replaceFirst("\\.json$", "")).toList();
      assertThat(ids).containsAll(named);
      assertThat(named).hasSize(13); // all but river.ili-lower and lake.sasykkol have figures
    }
    assertThat(RiverCatalog.khorgosFigures()).isNotEmpty();
  }

  @Test
  void missingFileIsAPipelineErrorNamingIt() {
    assertThatThrownBy(() -> PublishedFigures.of("river.none"))
        .isInstanceOf(PipelineException.class)
        .hasMessageStartingWith("figures/river.none.json: no such class-path resource");
  }
}
