package io.github.borderatlas.viewer.panels;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.viewer.map.AddedFeature;
import io.github.borderatlas.viewer.map.FeatureSelectionListener;
import io.github.borderatlas.viewer.map.MapFeature;
import java.awt.BorderLayout;
import java.awt.Component;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;

/**
 * Shows every attribute of one selected atlas feature ({@link FeatureDetails}): names in four
 * languages, kind, figures with sources and confidence, validity, geodesic length or area, source
 * and licence. The text can be selected and copied.
 *
 * <p>Wiring: it is a map {@link FeatureSelectionListener} ({@code
 * mapView.addFeatureSelectionListener(detailsPanel)}); or call {@link #showFeature(AtlasFeature)}
 * (or {@link #showFeature(String)} with an id) and {@link #clear()} directly. Use on the Swing
 * event thread only. The text pane is named {@code "details.text"} for UI tests.
 *
 * <p>A feature of a layer the user added is shown by {@link #showAdded} ({@link
 * AddedFeatureDetails}: its layer, name and attributes).
 *
 * <p>When a click hit several features, {@link #showCandidates} lists them all above the text
 * (topmost first, atlas and added features alike, the list named {@code "details.here"}); choosing
 * one hands it to the {@link #setChooser chooser} (by default: show it here).
 */
public final class DetailsPanel extends FillingPanel implements FeatureSelectionListener {

  static final String EMPTY = "Click a feature on the map to see its details and sources.";

  private final Atlas atlas;
  private final HtmlPane text = new HtmlPane();
  private AtlasFeature feature;
  private transient MapFeature shown;
  private String html = "";
  private final DefaultListModel<MapFeature> hereModel = new DefaultListModel<>();
  private final JList<MapFeature> here = new JList<>(hereModel);
  private final JLabel hereLabel = new JLabel();
  private final JPanel herePanel = new JPanel(new BorderLayout());
  private transient Consumer<MapFeature> chooser = this::show;
  private boolean listing;

  /** A panel describing features of {@code atlas}, empty at first. */
  public DetailsPanel(Atlas atlas) {
    super(new BorderLayout());
    this.atlas = Objects.requireNonNull(atlas, "atlas");
    text.setName("details.text");
    JScrollPane scroll = new JScrollPane(text);
    scroll.setBorder(null);
    add(scroll, BorderLayout.CENTER);
    here.setName("details.here");
    here.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    here.setVisibleRowCount(4);
    here.setCellRenderer(new HereRenderer());
    here.addListSelectionListener(
        e -> {
          MapFeature chosen = here.getSelectedValue();
          if (!e.getValueIsAdjusting() && !listing && chosen != null && !chosen.equals(shown)) {
            chooser.accept(chosen);
          }
        });
    herePanel.add(hereLabel, BorderLayout.NORTH);
    herePanel.add(new JScrollPane(here), BorderLayout.CENTER);
    herePanel.setVisible(false);
    add(herePanel, BorderLayout.NORTH);
    clear();
  }

  /**
   * Lists the features under a click, topmost first; the list shows when there are two or more, and
   * stays until a feature outside it is shown.
   */
  public void showCandidates(List<MapFeature> features) {
    listing = true;
    try {
      hereModel.clear();
      features.forEach(hereModel::addElement);
      hereLabel.setText(features.size() + " features here, topmost first:");
      herePanel.setVisible(features.size() > 1);
      // the feature shown may be from an earlier click: it is about to be replaced, so the new
      // list stays even without it (markShown would drop it)
      int i = shown == null ? -1 : hereModel.indexOf(shown);
      if (i >= 0) {
        here.setSelectedIndex(i);
      } else {
        here.clearSelection();
      }
    } finally {
      listing = false;
    }
    revalidate();
  }

  /** The features listed by {@link #showCandidates}, topmost first (empty when none). */
  public List<MapFeature> candidates() {
    return java.util.Collections.list(hereModel.elements());
  }

  /** What choosing a listed feature does (the frame selects it on the map). */
  public void setChooser(Consumer<MapFeature> chooser) {
    this.chooser = Objects.requireNonNull(chooser, "chooser");
  }

  /** Marks the shown feature in the list, or drops the list when the feature is not in it. */
  private void markShown() {
    listing = true;
    try {
      int i = shown == null ? -1 : hereModel.indexOf(shown);
      if (i >= 0) {
        here.setSelectedIndex(i);
      } else if (shown != null && !hereModel.isEmpty()) {
        hereModel.clear();
        herePanel.setVisible(false);
      } else {
        here.clearSelection();
      }
    } finally {
      listing = false;
    }
  }

  /** Shows a feature (of this panel's atlas or not; ids it mentions are named from the atlas). */
  public void showFeature(AtlasFeature f) {
    feature = Objects.requireNonNull(f, "feature");
    shown = MapFeature.of(f);
    html = FeatureDetails.html(f, atlas);
    text.setHtml(html);
    markShown();
  }

  /** Shows a feature of a layer the user added: its layer, name and attributes. */
  public void showAdded(AddedFeature f) {
    shown = Objects.requireNonNull(f, "feature");
    feature = null;
    html = AddedFeatureDetails.html(f);
    text.setHtml(html);
    markShown();
  }

  /** Shows a feature of the atlas or of an added layer. */
  public void show(MapFeature f) {
    if (f instanceof AddedFeature a) {
      showAdded(a);
    } else if (f instanceof MapFeature.OfAtlas o) {
      showFeature(o.feature());
    }
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
    shown = null;
    html = HtmlPane.escape(EMPTY);
    text.setHtml(html);
    if (!listing) {
      hereModel.clear();
      herePanel.setVisible(false);
    }
  }

  /** The atlas feature shown, if any (empty while an added feature is shown). */
  public Optional<AtlasFeature> feature() {
    return Optional.ofNullable(feature);
  }

  /** The feature shown, of the atlas or of an added layer, if any. */
  public Optional<MapFeature> shown() {
    return Optional.ofNullable(shown);
  }

  /** The HTML fragment shown, as generated (for tests and copying). */
  public String html() {
    return html;
  }

  /** "Name (layer)", never read as HTML. */
  private static final class HereRenderer extends DefaultListCellRenderer {
    private static final long serialVersionUID = 1L;

    @Override
    public Component getListCellRendererComponent(
        JList<?> list, Object value, int index, boolean selected, boolean focus) {
      String text = "";
      if (value instanceof MapFeature f) {
        text = f.name() + " (" + f.layerTitle() + ")";
      }
      JLabel l = (JLabel) super.getListCellRendererComponent(list, "", index, selected, focus);
      l.putClientProperty("html.disable", Boolean.TRUE);
      l.setText(text);
      return l;
    }
  }
}
