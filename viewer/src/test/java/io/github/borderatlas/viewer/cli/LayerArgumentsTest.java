package io.github.borderatlas.viewer.cli;

import static io.github.borderatlas.viewer.map.PixelProbe.nearest;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.viewer.TestAtlas;
import io.github.borderatlas.viewer.layerlist.LayerColours;
import io.github.borderatlas.viewer.layerlist.LayerFixtures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code borderatlas FILE...}, {@code render --add} and the messages of bad layer files. */
class LayerArgumentsTest {

  @TempDir Path dir;

  /** A viewer double recording what it was asked to open. */
  private static final class Recording implements BorderAtlasCli.Viewer {
    final List<List<Path>> opened = new ArrayList<>();

    @Override
    public int open(Atlas atlas) {
      return ExitCodes.VIEWER_OPEN;
    }

    @Override
    public int openFiles(List<Path> files) {
      opened.add(files);
      return ExitCodes.VIEWER_OPEN;
    }
  }

  private static int run(BorderAtlasCli.Viewer viewer, StringWriter err, String... args) {
    Stdio stdio =
        new Stdio(
            new ByteArrayInputStream(new byte[0]),
            new ByteArrayOutputStream(),
            StandardCharsets.UTF_8,
            new PrintWriter(err));
    return BorderAtlasCli.run(args, stdio, TestAtlas::atlas, viewer);
  }

  @Test
  void plainFileArguments_openTheViewerWithThoseFiles() throws Exception {
    Path a = LayerFixtures.write(dir, "a.geojson", LayerFixtures.LINE);
    Path p = LayerFixtures.write(dir, "s.borderatlas.json", "{}");
    Recording viewer = new Recording();
    StringWriter err = new StringWriter();
    assertThat(run(viewer, err, a.toString(), p.toString())).isEqualTo(ExitCodes.VIEWER_OPEN);
    assertThat(viewer.opened).containsExactly(List.of(a, p));
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aMissingFileArgument_isAUsageError_andOpensNothing() throws Exception {
    Recording viewer = new Recording();
    StringWriter err = new StringWriter();
    Path gone = dir.resolve("gone.geojson");
    assertThat(run(viewer, err, gone.toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(viewer.opened).isEmpty();
    assertThat(err.toString()).contains("cannot open " + gone + ": no such file");
    // without a viewer (the default), files are a usage error, as 'view' is
    StringWriter err2 = new StringWriter();
    Path a = LayerFixtures.write(dir, "a.geojson", LayerFixtures.LINE);
    assertThat(run(BorderAtlasCli.NO_VIEWER, err2, a.toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(err2.toString()).contains("viewer is not available");
  }

  @Test
  void subcommandsStillRun() {
    Recording viewer = new Recording();
    StringWriter err = new StringWriter();
    assertThat(run(viewer, err, "stats")).isEqualTo(ExitCodes.OK);
    assertThat(run(viewer, err, "--version")).isEqualTo(ExitCodes.OK);
    assertThat(viewer.opened).isEmpty();
  }

  @Test
  void renderAdd_drawsTheFileOverTheAtlas() throws Exception {
    Path line = LayerFixtures.write(dir, "line.geojson", LayerFixtures.LINE);
    Path with = dir.resolve("with.png");
    Path without = dir.resolve("without.png");
    String[] common = {"--width", "600", "--height", "400", "--bbox", "78,43,82,46"};
    CliRunner r1 =
        CliRunner.run(concat(new String[] {"render", "--out", without.toString()}, common));
    CliRunner r2 =
        CliRunner.run(
            concat(
                new String[] {"render", "--out", with.toString(), "--add", line.toString()},
                common));
    assertThat(r1.code()).isZero();
    assertThat(r2.code()).as(r2.err()).isZero();
    BufferedImage a = ImageIO.read(without.toFile());
    BufferedImage b = ImageIO.read(with.toFile());
    // the bbox 78..82 E, 43..46 N fills the image; the line runs at 44.5 N from 79 to 81 E
    double[] xy = screen(80.2, 44.5, 600, 400);
    java.awt.Color added = LayerColours.PALETTE.get(0); // the first file's colour
    assertThat(nearest(b, xy[0], xy[1], 3, added)).isLessThan(40);
    assertThat(nearest(a, xy[0], xy[1], 3, added)).isGreaterThan(60);
  }

  @Test
  void renderAdd_aBadFileGivesTheSameLocatedMessageAsValidate() throws Exception {
    Path bad =
        LayerFixtures.write(
            dir, "bad.geojson", "{\"type\":\"FeatureCollection\",\n\"features\":[}");
    CliRunner render =
        CliRunner.run("render", "--out", dir.resolve("x.png").toString(), "--add", bad.toString());
    CliRunner validate = CliRunner.run("validate", bad.toString());
    assertThat(render.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(validate.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(render.err()).startsWith("borderatlas: " + bad + ":2:");
    assertThat(render.err()).isEqualTo(validate.err());
    assertThat(render.noStackTrace()).isTrue();
  }

  /** Where a lon/lat lands when the bbox 78..82, 43..46 is fitted into w x h (no margin). */
  private static double[] screen(double lon, double lat, int w, int h) {
    var pa =
        new io.github.borderatlas.viewer.draw.ProjectedAtlas(
            TestAtlas.atlas(), io.github.borderatlas.viewer.draw.RegionMapProjection.REGION);
    var extent =
        MapAreaOptions.project(
            new org.locationtech.jts.geom.Envelope(78, 82, 43, 46), pa.projection());
    var vp = io.github.borderatlas.viewer.draw.Viewport.fit(extent, w, h, 0);
    return io.github.borderatlas.viewer.map.PixelProbe.screen(pa, vp, lon, lat);
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
