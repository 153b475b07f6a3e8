package io.github.borderatlas.viewer.panels;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.viewer.map.FeatureSelectionListener;
import java.awt.BorderLayout;
import java.util.Objects;
import java.util.Optional;
import javax.swing.JScrollPane;

/**
 * Shows every attribute of one selected atlas feature ({@link FeatureDetails}): names in four
 * languages, kind, figures with sources and confidence, validity, geodesic length or area, source
 * and licence. The text can be selected and copied.
 *
 * <p>Wiring: it is a map {@link FeatureSelectionListener} ({@code
 * mapView.addFeatureSelectionListener(detailsPanel)}); or call {@link #showFeature(AtlasFeature)}
 * (or {@link #showFeature(String)} with an id) and {@link #clear()} directly. Use on the Swing
 * event thread only. The text pane is named {@code "details.text"} for UI tests.
 */
public final class DetailsPanel extends FillingPanel implements FeatureSelectionListener {

  static final String EMPTY = "Click a feature on the map to see its details and sources.";

  private final Atlas atlas;
  private final HtmlPane text = new HtmlPane();
  private AtlasFeature feature;
  private String html = "";

  /** A panel describing features of {@code atlas}, empty at first. */
  public DetailsPanel(Atlas atlas) {
    super(new BorderLayout());
    this.atlas = Objects.requireNonNull(atlas, "atlas");
    text.setName("details.text");
    JScrollPane scroll = new JScrollPane(text);
    scroll.setBorder(null);
    add(scroll, BorderLayout.CENTER);
    clear();
  }

  /** Shows a feature (of this panel's atlas or not; ids it mentions are named from the atlas). */
  public void showFeature(AtlasFeature f) {
    feature = Objects.requireNonNull(f, "feature");
    html = FeatureDetails.html(f, atlas);
    text.setHtml(html);
  }

  /** Shows the feature with this id; false (and no change) when the atlas has none. */
  public boolean showFeature(String id) {
    Optional<AtlasFeature> f = atlas.find(id);
    f.ifPresent(this::showFeature);
    return f.isPresent();
  }

  /** Shows the feature, or nothing when {@code f} is {@code null} (a click that hit nothing). */
  @Override
  public void featureSelected(AtlasFeature f) {
    if (f == null) {
      clear();
    } else {
      showFeature(f);
    }
  }

  /** Shows nothing. */
  public void clear() {
    feature = null;
    html = HtmlPane.escape(EMPTY);
    text.setHtml(html);
  }

  /** The feature shown, if any. */
  public Optional<AtlasFeature> feature() {
    return Optional.ofNullable(feature);
  }

  /** The HTML fragment shown, as generated (for tests and copying). */
  public String html() {
    return html;
  }
}
