package io.github.borderatlas.viewer.draw;

import java.awt.geom.Path2D;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Turns projected geometries (metres) into Java2D shapes in a viewport's screen space (logical
 * pixels), culled to the viewport plus a margin so that zoomed-in views do not push thousands of
 * off-screen vertices through Java2D.
 *
 * <p>Lines are cut where they leave the clip rectangle (a segment whose both ends lie beyond the
 * same edge is dropped and the path restarts); polygon rings keep their vertices near the view and
 * replace runs far outside it by chords, which leaves fills exact in the view (see {@link
 * ChunkedGeometry}); Java2D's clip does the rest. Areas use the even-odd rule, so holes (lake
 * islands) stay empty whatever the ring winding.
 *
 * <p>Stateless and thread-safe.
 */
public final class ScreenShapes {

  /** Margin around the viewport kept when clipping, logical pixels (wider than any stroke). */
  public static final double CLIP_MARGIN_PX = 64;

  private ScreenShapes() {}

  /** The clip rectangle of a viewport in projected metres. */
  public static Envelope clipEnvelope(Viewport vp) {
    Envelope e = vp.worldBounds();
    e.expandBy(CLIP_MARGIN_PX * vp.metresPerPixel());
    return e;
  }

  /**
   * The lines of a geometry (line strings, and the rings of polygons) as an open path, cut where it
   * leaves the clip rectangle. A map frame uses the cached {@link ChunkedGeometry} instead.
   *
   * @return a path, possibly empty
   */
  public static Path2D.Double lines(Geometry projected, Viewport vp) {
    if (projected == null) {
      return new Path2D.Double();
    }
    return ChunkedGeometry.of(projected).lines(vp, clipEnvelope(vp));
  }

  /**
   * The polygons of a geometry as a closed, even-odd area, exact inside the clip rectangle;
   * non-polygonal parts are ignored.
   */
  public static Path2D.Double areas(Geometry projected, Viewport vp) {
    if (projected == null) {
      return new Path2D.Double(Path2D.WIND_EVEN_ODD);
    }
    return ChunkedGeometry.of(projected).areas(vp, clipEnvelope(vp));
  }
}
