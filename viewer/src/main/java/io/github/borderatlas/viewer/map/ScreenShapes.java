package io.github.borderatlas.viewer.map;

import java.awt.geom.Path2D;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.RingClipper;

/**
 * Turns projected geometries (metres) into Java2D shapes in a viewport's screen space (logical
 * pixels), clipped to the viewport plus a margin so that zoomed-in views do not push thousands of
 * off-screen vertices through Java2D.
 *
 * <p>Lines are cut where they leave the clip rectangle (a segment whose both ends lie beyond the
 * same edge is dropped and the path restarts); polygon rings are clipped with JTS {@link
 * RingClipper} when they are not inside the clip rectangle, which keeps fills correct. Areas use
 * the even-odd rule, so holes (lake islands) stay empty whatever the ring winding.
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
   * The lines of a geometry (line strings, and the rings of polygons) as an open path.
   *
   * @return a path, possibly empty
   */
  public static Path2D.Double lines(Geometry projected, Viewport vp) {
    Path2D.Double path = new Path2D.Double();
    if (projected == null) {
      return path;
    }
    Envelope clip = clipEnvelope(vp);
    if (!clip.intersects(projected.getEnvelopeInternal())) {
      return path;
    }
    boolean inside = clip.contains(projected.getEnvelopeInternal());
    for (int i = 0; i < projected.getNumGeometries(); i++) {
      Geometry part = projected.getGeometryN(i);
      if (part instanceof LineString ls) {
        appendLine(path, ls.getCoordinateSequence(), vp, clip, inside);
      } else if (part instanceof Polygon poly) {
        appendLine(path, poly.getExteriorRing().getCoordinateSequence(), vp, clip, inside);
        for (int h = 0; h < poly.getNumInteriorRing(); h++) {
          appendLine(path, poly.getInteriorRingN(h).getCoordinateSequence(), vp, clip, inside);
        }
      }
    }
    return path;
  }

  private static int outcode(double x, double y, Envelope clip) {
    int code = 0;
    if (x < clip.getMinX()) {
      code |= 1;
    } else if (x > clip.getMaxX()) {
      code |= 2;
    }
    if (y < clip.getMinY()) {
      code |= 4;
    } else if (y > clip.getMaxY()) {
      code |= 8;
    }
    return code;
  }

  private static void appendLine(
      Path2D.Double path, CoordinateSequence seq, Viewport vp, Envelope clip, boolean inside) {
    int n = seq.size();
    if (n < 2) {
      return;
    }
    if (inside) {
      path.moveTo(vp.screenX(seq.getX(0)), vp.screenY(seq.getY(0)));
      for (int i = 1; i < n; i++) {
        path.lineTo(vp.screenX(seq.getX(i)), vp.screenY(seq.getY(i)));
      }
      return;
    }
    boolean penDown = false;
    double px = seq.getX(0);
    double py = seq.getY(0);
    int pc = outcode(px, py, clip);
    for (int i = 1; i < n; i++) {
      double x = seq.getX(i);
      double y = seq.getY(i);
      int c = outcode(x, y, clip);
      if ((pc & c) != 0) {
        penDown = false; // the segment lies wholly beyond one edge
      } else {
        if (!penDown) {
          path.moveTo(vp.screenX(px), vp.screenY(py));
          penDown = true;
        }
        path.lineTo(vp.screenX(x), vp.screenY(y));
      }
      px = x;
      py = y;
      pc = c;
    }
  }

  /**
   * The polygons of a geometry as a closed, even-odd area clipped to the viewport; non-polygonal
   * parts are ignored.
   */
  public static Path2D.Double areas(Geometry projected, Viewport vp) {
    Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
    if (projected == null) {
      return path;
    }
    Envelope clip = clipEnvelope(vp);
    if (!clip.intersects(projected.getEnvelopeInternal())) {
      return path;
    }
    RingClipper clipper = null;
    for (int i = 0; i < projected.getNumGeometries(); i++) {
      if (!(projected.getGeometryN(i) instanceof Polygon poly)) {
        continue;
      }
      if (!clip.intersects(poly.getEnvelopeInternal())) {
        continue;
      }
      for (int r = -1; r < poly.getNumInteriorRing(); r++) {
        LineString ring = r < 0 ? poly.getExteriorRing() : poly.getInteriorRingN(r);
        if (!clip.intersects(ring.getEnvelopeInternal())) {
          continue;
        }
        if (clip.contains(ring.getEnvelopeInternal())) {
          appendRing(path, ring.getCoordinateSequence(), vp);
        } else {
          if (clipper == null) {
            clipper = new RingClipper(clip);
          }
          appendRing(path, clipper.clip(ring.getCoordinates()), vp);
        }
      }
    }
    return path;
  }

  private static void appendRing(Path2D.Double path, CoordinateSequence seq, Viewport vp) {
    int n = seq.size();
    if (n < 3) {
      return;
    }
    path.moveTo(vp.screenX(seq.getX(0)), vp.screenY(seq.getY(0)));
    for (int i = 1; i < n; i++) {
      path.lineTo(vp.screenX(seq.getX(i)), vp.screenY(seq.getY(i)));
    }
    path.closePath();
  }

  private static void appendRing(Path2D.Double path, Coordinate[] pts, Viewport vp) {
    if (pts.length < 3) {
      return;
    }
    path.moveTo(vp.screenX(pts[0].x), vp.screenY(pts[0].y));
    for (int i = 1; i < pts.length; i++) {
      path.lineTo(vp.screenX(pts[i].x), vp.screenY(pts[i].y));
    }
    path.closePath();
  }
}
