package io.github.borderatlas.viewer.tools;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.viewer.TestAtlas;
import io.github.borderatlas.viewer.draw.MapProjection;
import io.github.borderatlas.viewer.draw.ProjectedAtlas;
import io.github.borderatlas.viewer.draw.RegionMapProjection;
import io.github.borderatlas.viewer.draw.Viewport;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The measure tool's readouts take part in label placement (issue 14 item 3): the boxes it reports
 * are where it draws its points and its distance readout.
 */
class MeasureObstaclesTest {

  @Test
  void obstacles_coverThePointsAndTheReadoutAsDrawn() {
    ProjectedAtlas pa = new ProjectedAtlas(TestAtlas.atlas(), RegionMapProjection.REGION);
    MapProjection proj = pa.projection();
    Viewport vp = Viewport.fit(pa.dataExtent(), 600, 400, 24);
    MeasureTool tool = new MeasureTool();
    assertThat(tool.labelObstacles(vp, proj)).isEmpty();
    tool.add(76.9, 43.2); // Almaty
    tool.add(80.4, 44.2); // Khorgos
    List<Rectangle2D> boxes = tool.labelObstacles(vp, proj);
    assertThat(boxes).hasSize(3); // two points, one readout (at the second point)

    BufferedImage img = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.BLACK);
    g.fillRect(0, 0, 600, 400);
    tool.paint(g, vp, proj);
    g.dispose();
    // every light pixel of the readout's label lies in the reported readout box (or a point box,
    // or on the line between the points)
    Rectangle2D readout = boxes.get(2);
    int inside = 0;
    for (int y = (int) readout.getMinY(); y < readout.getMaxY(); y++) {
      for (int x = (int) readout.getMinX(); x < readout.getMaxX(); x++) {
        if ((img.getRGB(x, y) & 0xff) > 200) {
          inside++;
        }
      }
    }
    // the readout's white band fills most of its box: 16 px high, text width + 8 px wide
    assertThat(inside).isGreaterThan((int) (readout.getWidth() * readout.getHeight() * 0.5));
  }
}
