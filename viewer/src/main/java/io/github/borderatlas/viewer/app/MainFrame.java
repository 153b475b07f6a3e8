package io.github.borderatlas.viewer.app;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.River;
import io.github.borderatlas.viewer.draw.MapProjection;
import io.github.borderatlas.viewer.layerlist.BundledLayer;
import io.github.borderatlas.viewer.layerlist.LayerEntry;
import io.github.borderatlas.viewer.layerlist.LayerSource;
import io.github.borderatlas.viewer.layers.Attribution;
import io.github.borderatlas.viewer.map.MapView;
import io.github.borderatlas.viewer.panels.BorderFiguresPanel;
import io.github.borderatlas.viewer.panels.DetailsPanel;
import io.github.borderatlas.viewer.panels.WaterPanel;
import io.github.borderatlas.viewer.search.SearchBox;
import io.github.borderatlas.viewer.search.SearchHit;
import io.github.borderatlas.viewer.timeline.TimelineListener;
import io.github.borderatlas.viewer.timeline.TimelinePanel;
import io.github.borderatlas.viewer.tools.MapInteraction;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;

/**
 * The viewer window: the map (center) above the treaty timeline, a side panel with tabs (details of
 * the identified feature, water, border figures, layers), menus and a status bar. Wires the
 * timeline to the map ({@link MapView#setDate}, {@link MapView#highlight}) and the map's selection
 * to the details panel. Event dispatch thread only.
 */
public final class MainFrame extends JFrame {

  private static final long serialVersionUID = 1L;

  /** Widest the side panel (details, water, figures, layers) opens, pixels. */
  static final int SIDE_WIDTH = 430;

  /** Narrowest the side panel opens, pixels (it can be collapsed to a strip afterwards). */
  static final int SIDE_MIN_WIDTH = 220;

  /** The side panel's share of the window width when it opens (within the two widths above). */
  static final double SIDE_SHARE = 0.28;

  /** The most of the map-and-timeline height the timeline takes when the window opens. */
  static final double TIMELINE_MAX_SHARE = 0.42;

  private final transient MapView map;
  private final transient MapInteraction interaction;
  private final transient TimelinePanel timeline;
  private final transient DetailsPanel details;
  private final transient ViewerData data;
  private final JScrollPane waterTab = new JScrollPane();
  private final JScrollPane figuresTab = new JScrollPane();
  private transient WaterPanel water;
  private final JTabbedPane tabs = new JTabbedPane();
  private final StatusBar status = new StatusBar();
  private final LayerListPanel layerList;
  private final transient MainMenus menus;
  private final transient LayerLoader loader;
  private transient java.util.function.Consumer<String> errorSink = this::showError;
  private final transient AttributeTables attributeTables;
  private final SearchBox search = new SearchBox();

  /**
   * The added layers (id and title) the search index was last built with; null before the first.
   */
  private transient java.util.List<String> indexedFiles;

  /** What the search box searches now; null until first built. */
  private transient SearchData searchData;

  /**
   * Builds the window (not yet visible) from data computed beforehand off the event thread ({@link
   * ViewerData#compute}); the constructor itself does no model work.
   */
  public MainFrame(ViewerData data) {
    this(data, new TimelinePanel(data.atlas()));
  }

  /**
   * Builds the window around a timeline panel built beforehand for {@code data}'s atlas, so the
   * opening can spread its event-thread work over two tasks ({@link ViewerApp#launch}).
   */
  MainFrame(ViewerData data, TimelinePanel timeline) {
    super("BorderAtlas — China–Kazakhstan border and transboundary rivers");
    this.data = data;
    Atlas atlas = data.atlas();
    if (timeline.model().atlas() != atlas) {
      throw new IllegalArgumentException("the timeline shows another atlas than the map");
    }
    map = new MapView(data.projected());
    map.setName("map");
    interaction = MapInteraction.install(map);
    this.timeline = timeline;
    details = new DetailsPanel(atlas);
    attributeTables = new AttributeTables(map);
    menus = new MainMenus(this);
    loader =
        new LayerLoader(
            this, map.layerList(), data.projected().projection(), status, m -> errorSink.accept(m));
    layerList = new LayerListPanel(map, menus::refreshLayers, menus::openLayers);
    map.setTransferHandler(new FileDropHandler(files -> loader.open(files)));

    tabs.addTab("Details", details);
    tabs.addTab("Water", waterTab);
    tabs.addTab("Border figures", figuresTab);
    tabs.addTab("Layers", layerList);
    tabs.setPreferredSize(new Dimension(SIDE_WIDTH, 600));
    tabs.setMinimumSize(new Dimension(0, 0)); // the divider's arrow collapses it to a strip
    map.setPreferredSize(new Dimension(800, 450));
    map.setMinimumSize(new Dimension(200, 150));

    // the map takes every pixel a resize adds or removes (resize weights 1); the side panel and the
    // timeline keep theirs
    JSplitPane mapAndTimeline = new JSplitPane(JSplitPane.VERTICAL_SPLIT, map, timeline);
    mapAndTimeline.setResizeWeight(1.0);
    mapAndTimeline.setContinuousLayout(true);
    mapAndTimeline.setOneTouchExpandable(true);
    JSplitPane main = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, mapAndTimeline, tabs);
    main.setName("frame.sideSplit");
    main.setResizeWeight(1.0);
    main.setContinuousLayout(true);
    main.setOneTouchExpandable(true);

    getContentPane().add(main, BorderLayout.CENTER);
    getContentPane().add(status, BorderLayout.SOUTH);
    setJMenuBar(menus.build());
    search.setName("search");
    getJMenuBar().add(javax.swing.Box.createHorizontalGlue());
    getJMenuBar().add(search);
    search.setChooser(this::searchChosen);
    rebuildSearch();
    map.layerList()
        .addListener(layers -> javax.swing.SwingUtilities.invokeLater(this::rebuildSearch));

    timeline.addTimelineListener(TimelineListener.forMap(map::setDate, map::highlight));
    map.addFeatureSelectionListener(this::featureSelected);
    interaction.addIdentifyListener(details::showCandidates);
    details.setChooser(map::choose);
    map.addedSelection().addListener(this::addedSelected);
    map.addViewListener(status::scale);
    interaction.addCursorListener(status::position);
    interaction.addMeasureListener(status::message);
    status.message(
        "Drag to pan, wheel or +/- to zoom, 0 to fit, click a feature for details. "
            + Attribution.TEXT);

    setSize(1400, 900);
    setLocationByPlatform(true);
    addComponentListener(
        new java.awt.event.ComponentAdapter() {
          private boolean placed;

          @Override
          public void componentResized(java.awt.event.ComponentEvent e) {
            if (!placed && main.getWidth() > 0) {
              placed = true; // first layout: the map first, then the side panel and timeline
              main.setDividerLocation(main.getWidth() - sideWidth(main.getWidth()));
              int h = mapAndTimeline.getHeight();
              int timelineHeight =
                  Math.min(timeline.getPreferredSize().height, (int) (h * TIMELINE_MAX_SHARE));
              mapAndTimeline.setDividerLocation(
                  h - Math.max(timelineHeight, timeline.getMinimumSize().height) - 4);
            }
          }
        });
    addWindowListener(
        new WindowAdapter() {
          @Override
          public void windowClosed(WindowEvent e) {
            timeline.player().stop();
            map.dispose();
          }
        });
    // the charts and HTML texts of the hidden tabs are built when a tab is first shown: building
    // and laying them out takes 50-100 ms of event-thread time, which the opening window must not
    // wait for
    tabs.addChangeListener(
        e -> {
          if (tabs.getSelectedComponent() == waterTab) {
            water();
          } else if (tabs.getSelectedComponent() == figuresTab) {
            figures();
          }
        });
  }

  /** The side panel's opening width in a window {@code widthPx} wide. */
  static int sideWidth(int widthPx) {
    return (int) Math.max(SIDE_MIN_WIDTH, Math.min(SIDE_WIDTH, widthPx * SIDE_SHARE));
  }

  /** The water tab's panel, built on first use. */
  WaterPanel water() {
    if (water == null) {
      water = new WaterPanel(data.atlas(), data.crossings());
      waterTab.setViewportView(water);
    }
    return water;
  }

  private void figures() {
    if (figuresTab.getViewport().getView() == null) {
      figuresTab.setViewportView(new BorderFiguresPanel(data.lengths(), data.disputeShares()));
    }
  }

  private void featureSelected(AtlasFeature f) {
    if (f == null) {
      if (map.addedSelection().features().isEmpty()) {
        details.clear(); // not when an added feature replaced the atlas one
      }
      return;
    }
    details.showFeature(f);
    if (f instanceof River r) {
      water().showRiver(r.id());
    }
    tabs.setSelectedComponent(details);
  }

  /**
   * Features of added layers selected (on the map or in their table): the first is shown in the
   * details. An empty selection changes nothing here (what replaced it, an atlas feature or
   * nothing, is told through {@link #featureSelected}) unless the feature shown went with its
   * layer.
   */
  private void addedSelected(java.util.List<io.github.borderatlas.viewer.map.AddedFeature> chosen) {
    if (!chosen.isEmpty()) {
      details.showAdded(chosen.get(0));
      tabs.setSelectedComponent(details);
    } else if (details.shown().filter(this::removed).isPresent()) {
      details.clear(); // its layer was removed (or replaced)
    }
  }

  /** Whether {@code f} is a feature of a layer no longer in the map's list as loaded then. */
  private boolean removed(io.github.borderatlas.viewer.map.MapFeature f) {
    return f instanceof io.github.borderatlas.viewer.map.AddedFeature a
        && map.layerList()
            .find(a.layerId())
            .filter(
                e -> e.source() instanceof LayerSource.File file && file.features() == a.layer())
            .isEmpty();
  }

  /**
   * Rebuilds the search index off the event thread: every atlas name in four languages, and every
   * string or number attribute of the layers the user added (each found by its bounding box). Only
   * when the added layers change: hiding, fading or restyling a layer (an opacity drag fires many
   * changes) leaves the index as it is. Event dispatch thread.
   */
  private void rebuildSearch() {
    java.util.List<LayerEntry> layers = map.layerList().snapshot();
    java.util.List<String> files =
        layers.stream()
            .filter(e -> e.source() instanceof LayerSource.File)
            .map(e -> e.id() + "\u0000" + e.title())
            .toList();
    if (files.equals(indexedFiles)) {
      return;
    }
    indexedFiles = files;
    Atlas atlas = map.atlas();
    MapProjection projection = map.projectedAtlas().projection();
    java.util.concurrent.CompletableFuture.supplyAsync(
            () -> SearchData.build(atlas, layers, projection))
        .thenAccept(
            built ->
                javax.swing.SwingUtilities.invokeLater(
                    () -> {
                      searchData = built;
                      search.setIndex(built.index());
                    }));
  }

  /**
   * A search result chosen: select it on the map (a feature of an added layer as identify does) and
   * show it there.
   */
  private void searchChosen(SearchHit hit) {
    java.util.Optional<io.github.borderatlas.viewer.map.AddedFeature> added =
        searchData == null ? java.util.Optional.empty() : searchData.addedFeature(hit);
    if (added.isPresent()) {
      map.selectAdded(java.util.List.of(added.get()));
    } else {
      map.select(hit.id());
    }
    MapFocus.zoomTo(map, java.util.Collections.singletonList(hit.geometry()));
  }

  /** The search box in the menu bar. */
  SearchBox search() {
    return search;
  }

  void layersChanged() {
    layerList.refresh();
  }

  /** Opens files as layers (project files replace the list); see {@link LayerLoader}. */
  public java.util.concurrent.CompletableFuture<Void> openFiles(
      java.util.List<java.nio.file.Path> files) {
    return loader.open(files);
  }

  LayerLoader loader() {
    return loader;
  }

  /** Where error messages go: a dialog; tests record them instead. */
  void setErrorSink(java.util.function.Consumer<String> sink) {
    errorSink = sink;
  }

  private void showError(String message) {
    javax.swing.JOptionPane.showMessageDialog(
        this, message, "BorderAtlas", javax.swing.JOptionPane.ERROR_MESSAGE);
  }

  public MapView mapView() {
    return map;
  }

  public MapInteraction interaction() {
    return interaction;
  }

  public TimelinePanel timeline() {
    return timeline;
  }

  public DetailsPanel details() {
    return details;
  }

  JTabbedPane tabs() {
    return tabs;
  }

  StatusBar status() {
    return status;
  }

  AttributeTables attributeTables() {
    return attributeTables;
  }

  MainMenus menus() {
    return menus;
  }

  LayerListPanel layerList() {
    return layerList;
  }

  /** Shows or hides a layer from outside (menus, tests), keeping the controls in step. */
  void setLayerVisible(BundledLayer layer, boolean on) {
    map.setLayerVisible(layer, on);
  }
}
