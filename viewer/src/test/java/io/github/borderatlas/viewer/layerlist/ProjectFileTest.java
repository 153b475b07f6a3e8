package io.github.borderatlas.viewer.layerlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.borderatlas.viewer.draw.RegionMapProjection;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFileTest {

  @TempDir Path dir;

  private ProjectOpening.Result reopen(Path project) {
    return ProjectOpening.open(
        ProjectFile.read(project),
        (f, table) ->
            LayerFileReader.read(f, table, RegionMapProjection.REGION, LayerFileReader.NO_MONITOR));
  }

  @Test
  void roundTrip_keepsOrderVisibilityOpacityStyleAndRelativePaths() throws Exception {
    Files.createDirectories(dir.resolve("data"));
    Path line = LayerFixtures.write(dir.resolve("data"), "line.geojson", LayerFixtures.LINE);
    Path points = LayerFixtures.write(dir, "points.geojson", LayerFixtures.POINTS);
    LayerList list = new LayerList();
    LayerEntry a =
        list.addFile(
            "line.geojson",
            line,
            LayerFileReader.read(line, RegionMapProjection.REGION, LayerFileReader.NO_MONITOR));
    LayerEntry b =
        list.addFile(
            "points.geojson",
            points,
            LayerFileReader.read(points, RegionMapProjection.REGION, LayerFileReader.NO_MONITOR));
    LayerStyle styled =
        b.style()
            .withPointSymbol(PointSymbol.TRIANGLE, 11f)
            .withLabelField("name")
            .withFill(new Color(10, 20, 30, 40));
    list.setStyle(b.id(), styled);
    list.setOpacity(a.id(), 0.5);
    list.setVisible("atlas.graticule", false);
    list.move(a.id(), 0);
    list.remove("atlas.lakes");

    Path project = dir.resolve("study.borderatlas.json");
    ProjectFile.write(project, list.snapshot());
    String json = Files.readString(project);
    assertThat(json).contains("\"file\" : \"data/line.geojson\"");
    assertThat(json).contains("\"file\" : \"points.geojson\"");

    ProjectOpening.Result r = reopen(project);
    assertThat(r.problems()).isEmpty();
    List<LayerEntry> back = r.layers();
    assertThat(back.stream().map(LayerEntry::title).toList())
        .isEqualTo(list.snapshot().stream().map(LayerEntry::title).toList());
    for (int i = 0; i < back.size(); i++) {
      LayerEntry was = list.snapshot().get(i);
      LayerEntry now = back.get(i);
      assertThat(now.visible()).as(now.title()).isEqualTo(was.visible());
      assertThat(now.opacity()).as(now.title()).isEqualTo(was.opacity());
      assertThat(now.style()).as(now.title()).isEqualTo(was.style());
      assertThat(now.bundled()).isEqualTo(was.bundled());
    }
    LayerSource.File f = (LayerSource.File) back.get(0).source();
    assertThat(f.file()).isEqualTo(line.toAbsolutePath().normalize());
    assertThat(f.features().features()).hasSize(1);
  }

  @Test
  void aMissingFile_isLeftOut_andNamed_whileTheRestOpens() throws Exception {
    Path line = LayerFixtures.write(dir, "line.geojson", LayerFixtures.LINE);
    Path gone = LayerFixtures.write(dir, "gone.geojson", LayerFixtures.POINTS);
    LayerList list = new LayerList();
    list.addFile(
        "line.geojson",
        line,
        LayerFileReader.read(line, RegionMapProjection.REGION, LayerFileReader.NO_MONITOR));
    list.addFile(
        "gone.geojson",
        gone,
        LayerFileReader.read(gone, RegionMapProjection.REGION, LayerFileReader.NO_MONITOR));
    Path project = dir.resolve("p.borderatlas.json");
    ProjectFile.write(project, list.snapshot());
    Files.delete(gone);

    ProjectOpening.Result r = reopen(project);
    assertThat(r.layers().stream().map(LayerEntry::title))
        .contains("line.geojson", "Rivers")
        .doesNotContain("gone.geojson");
    assertThat(r.problems()).containsExactly("missing file: " + gone.toAbsolutePath());
    assertThat(r.message()).contains("gone.geojson").contains("the other layers are open");
  }

  @Test
  void aMalformedProject_isRefusedWithItsPlace() throws Exception {
    Path bad =
        LayerFixtures.write(
            dir, "bad.borderatlas.json", "{\"type\": \"BorderAtlasProject\",\n \"layers\": [}");
    assertThatThrownBy(() -> ProjectFile.read(bad))
        .isInstanceOf(LayerFileException.class)
        .hasMessageStartingWith(bad + ":2:");
    Path other =
        LayerFixtures.write(dir, "x.borderatlas.json", "{\"type\": \"FeatureCollection\"}");
    assertThatThrownBy(() -> ProjectFile.read(other))
        .hasMessageContaining("not a BorderAtlas project");
    Path colour =
        LayerFixtures.write(
            dir,
            "c.borderatlas.json",
            "{\"type\":\"BorderAtlasProject\",\"layers\":[{\"file\":\"a.geojson\","
                + "\"style\":{\"stroke\":\"red\"}}]}");
    assertThatThrownBy(() -> ProjectFile.read(colour))
        .hasMessageContaining("$.layers[0]")
        .hasMessageContaining("colour red");
  }

  @Test
  void isProject_goesByTheSuffix() {
    assertThat(ProjectFile.isProject(Path.of("a/Study.BorderAtlas.json"))).isTrue();
    assertThat(ProjectFile.isProject(Path.of("a/study.json"))).isFalse();
  }
}
