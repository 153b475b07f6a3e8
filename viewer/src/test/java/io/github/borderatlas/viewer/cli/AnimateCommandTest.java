package io.github.borderatlas.viewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.geodata.ChinaKazakhstan;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Node;

/** {@code animate}: the GIF read back with ImageIO, and the command's one-line errors. */
class AnimateCommandTest {

  @TempDir Path dir;

  @Test
  void perEntry_oneLoopingFramePerTimelineEntryInRange() throws IOException {
    Atlas atlas = ChinaKazakhstan.atlas();
    // counted here from the atlas itself, not through the command's own frame list
    long expected =
        atlas.timeline().stream()
            .filter(e -> e.date().date().getYear() >= 1990 && e.date().date().getYear() <= 1999)
            .count();
    assertThat(expected).isGreaterThan(1);
    Path out = dir.resolve("history.gif");
    CliRunner r =
        CliRunner.run(
            ChinaKazakhstan::atlas,
            "animate",
            "--out",
            out.toString(),
            "--from",
            "1990",
            "--to",
            "1999",
            "--width",
            "240",
            "--height",
            "160",
            "--frame-ms",
            "700");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Wrote " + out + " (" + expected + " frames, 240x160 px");
    try (ImageInputStream in = ImageIO.createImageInputStream(new File(out.toString()))) {
      ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
      reader.setInput(in);
      assertThat(reader.getNumImages(true)).isEqualTo((int) expected);
      BufferedImage first = reader.read(0);
      assertThat(first.getWidth()).isEqualTo(240);
      assertThat(first.getHeight()).isEqualTo(160);
      Node meta = reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
      IIOMetadataNode app = find(meta, "ApplicationExtension");
      assertThat(app).as("NETSCAPE2.0 loop extension").isNotNull();
      assertThat(app.getAttribute("applicationID")).isEqualTo("NETSCAPE");
      assertThat(app.getAttribute("authenticationCode")).isEqualTo("2.0");
      assertThat((byte[]) app.getUserObject()).containsExactly(1, 0, 0); // loop forever
      assertThat(find(meta, "GraphicControlExtension").getAttribute("delayTime"))
          .isEqualTo("70"); // 700 ms in hundredths
      Node second = reader.getImageMetadata(1).getAsTree("javax_imageio_gif_image_1.0");
      assertThat(find(second, "ApplicationExtension")).isNull(); // only on the first frame
    }
  }

  @Test
  void stepYears_oneFramePerStep() throws IOException {
    Path out = dir.resolve("steps.gif");
    CliRunner r =
        CliRunner.run(
            "animate",
            "--out",
            out.toString(),
            "--from",
            "1860",
            "--to",
            "2025",
            "--step-years",
            "50",
            "--width",
            "120",
            "--height",
            "80");
    assertThat(r.code()).as(r.err()).isZero();
    try (ImageInputStream in = ImageIO.createImageInputStream(new File(out.toString()))) {
      ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
      reader.setInput(in);
      assertThat(reader.getNumImages(true)).isEqualTo(4); // 1860, 1910, 1960, 2010
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--from 2000 --to 1990|--from must not be after --to, were 2000 and 1990",
        "--from 1700 --to 1701|no timeline entries between 1700 and 1701",
        "--frame-ms 5|--frame-ms must lie in 20..60000, was 5",
        "--step-years 0|--step-years must be at least 1, was 0",
        "--width 5|--width and --height must lie in 16..10000"
      })
  void badOptions_oneLineAndExit2(String args, String message) {
    Path out = dir.resolve("bad.gif");
    String[] extra = args.split(" ");
    String[] argv = new String[3 + extra.length];
    argv[0] = "animate";
    argv[1] = "--out";
    argv[2] = out.toString();
    System.arraycopy(extra, 0, argv, 3, extra.length);
    CliRunner r = CliRunner.run(ChinaKazakhstan::atlas, argv);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(message);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.noStackTrace()).isTrue();
    assertThat(out).doesNotExist();
  }

  private static IIOMetadataNode find(Node node, String name) {
    if (node.getNodeName().equals(name)) {
      return (IIOMetadataNode) node;
    }
    for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
      IIOMetadataNode found = find(c, name);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
