package io.github.borderatlas.viewer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.borderatlas.viewer.TestAtlas;
import io.github.borderatlas.viewer.draw.ProjectedAtlas;
import io.github.borderatlas.viewer.draw.RegionMapProjection;
import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.layers.RenderOptions;
import io.github.borderatlas.viewer.map.MapSnapshot;
import io.github.borderatlas.viewer.output.HistoryFrames;
import io.github.borderatlas.viewer.output.MapFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The File menu's SVG/PDF export and history animation without their dialogs: the worker-thread
 * parts on a captured view of the {@link TestAtlas}.
 */
class MapFileExportsTest {

  @TempDir Path dir;

  private static MapSnapshot view(LocalDate date) {
    ProjectedAtlas pa = new ProjectedAtlas(TestAtlas.atlas(), RegionMapProjection.REGION);
    return new MapSnapshot(
        pa, Viewport.fit(pa.dataExtent(), 600, 400, 24), RenderOptions.DEFAULT.withDate(date));
  }

  @Test
  void pdfOfTheView_isALandscapeA4PageWithTheMapDateAndNamesAsText() throws IOException {
    Path pdf = dir.resolve("view.pdf");
    String what = ExportActions.exportVector(view(LocalDate.of(2005, 1, 1)), MapFormat.PDF, pdf);
    assertThat(what).isEqualTo("A4 landscape, 842x595 pt"); // the view is wider than high
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("Map date: 2005-01-01", "Almaty", "China–Kazakhstan border");
    }
  }

  @Test
  void svgOfTheView_withoutDate_saysCurrent() throws IOException {
    Path svg = dir.resolve("view.svg");
    ExportActions.exportVector(view(null), MapFormat.SVG, svg);
    assertThat(Files.readString(svg)).contains(">Map date: current</text>", ">Almaty</text>");
  }

  @Test
  void animation_writesEveryTimelineEntry_andCancelLeavesNoFile() throws IOException {
    MapSnapshot view = view(null);
    List<HistoryFrames.Frame> frames = HistoryAnimationAction.frames(view.atlas().atlas());
    assertThat(frames).hasSize(TestAtlas.atlas().timeline().size());
    Path gif = dir.resolve("history.gif");
    assertThat(HistoryAnimationAction.write(view, frames, gif, (i, n, f) -> {}))
        .isEqualTo(frames.size());
    assertThat(gif).isNotEmptyFile();

    Path cancelled = dir.resolve("cancelled.gif");
    assertThatThrownBy(
            () ->
                HistoryAnimationAction.write(
                    view,
                    frames,
                    cancelled,
                    (i, n, f) -> {
                      if (i == 1) {
                        throw new CancellationException("cancelled");
                      }
                    }))
        .isInstanceOf(CancellationException.class);
    assertThat(cancelled).doesNotExist();
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("history.gif"); // no temporary file remains
    }
  }
}
