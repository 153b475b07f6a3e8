package io.github.borderatlas.viewer.table;

import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.proximity.BorderProximity;
import io.github.borderatlas.core.proximity.FeatureProximity;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingUtilities;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.table.TableRowSorter;

/**
 * The attribute table of one layer: a name and its features ({@code List<GeoJsonFeature>}), one row
 * each ({@link FeatureTableModel}); click a header to sort, type in the filter field to keep rows
 * whose cells contain the text (any column; case and accents ignored), tick "within … km of the
 * border" to keep the rows that close (once the proximity columns are there). Selecting rows tells
 * the {@link #addSelectionListener selection listeners}; "Zoom to selection" calls the zoom action
 * with the selected features. {@link #computeProximity} measures every feature against the border
 * on a worker thread and then adds the columns side, border km, nearest crossing, crossing km.
 *
 * <p>Not thread-safe: a Swing component, used on the event dispatch thread (except that {@link
 * #computeProximity} does its measuring on the given executor). Child components are named {@code
 * "table.filter"}, {@code "table.within"}, {@code "table.withinKm"}, {@code "table.zoom"}, {@code
 * "table.rows"} and {@code "table.count"} for tests.
 */
public final class AttributeTablePanel extends JPanel {

  private static final long serialVersionUID = 1L;

  /** Default of the "within … km" field, kilometres. */
  static final double DEFAULT_WITHIN_KM = 10;

  private final String layerName;
  private final FeatureTableModel model;
  private final JTable table;
  private final TableRowSorter<FeatureTableModel> sorter;
  private final JTextField filter = new JTextField(16);
  private final JCheckBox within = new JCheckBox("within");
  private final JSpinner withinKm =
      new JSpinner(new SpinnerNumberModel(DEFAULT_WITHIN_KM, 0.0, 100_000.0, 1.0));
  private final JButton zoom = new JButton("Zoom to selection");
  private final JLabel count = new JLabel();
  private final transient List<Consumer<List<GeoJsonFeature>>> selectionListeners =
      new CopyOnWriteArrayList<>();
  private transient Consumer<List<GeoJsonFeature>> zoomAction = f -> {};
  private boolean selecting;
  private transient List<Integer> lastSelected = List.of();

  /**
   * A table of the features of one layer.
   *
   * @param layerName the layer's name, shown above the table
   * @param features its features, in the order shown until sorted
   */
  public AttributeTablePanel(String layerName, List<GeoJsonFeature> features) {
    super(new BorderLayout());
    this.layerName = Objects.requireNonNull(layerName, "layerName");
    this.model = new FeatureTableModel(features);
    this.table = new JTable(model);
    this.sorter = new TableRowSorter<>(model);
    table.setRowSorter(sorter);
    table.setAutoCreateRowSorter(false);
    table.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
    table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
    table.setName("table.rows");
    filter.setName("table.filter");
    filter.setToolTipText("Keep rows containing this text (any column, case and accents ignored)");
    within.setName("table.within");
    within.setEnabled(false);
    within.setToolTipText("Keep the features this close to the border (once measured)");
    withinKm.setName("table.withinKm");
    zoom.setName("table.zoom");
    count.setName("table.count");

    JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
    bar.add(new JLabel(layerName + ":"));
    bar.add(new JLabel("Filter"));
    bar.add(filter);
    bar.add(within);
    bar.add(withinKm);
    bar.add(new JLabel("km of the border"));
    bar.add(zoom);
    bar.add(count);
    add(bar, BorderLayout.NORTH);
    add(new JScrollPane(table), BorderLayout.CENTER);

    filter.getDocument().addDocumentListener(new Changed(this::refilter));
    within.addActionListener(e -> refilter());
    withinKm.addChangeListener(e -> refilter());
    zoom.addActionListener(e -> zoomAction.accept(selectedFeatures()));
    table
        .getSelectionModel()
        .addListSelectionListener(
            e -> {
              if (!e.getValueIsAdjusting() && !selecting) {
                selectionChanged();
              }
            });
    updateCount();
  }

  /**
   * Tells the listeners the selected features when they differ from what they were last told or
   * shown: sorting and filtering re-select the same rows, which is no news.
   */
  private void selectionChanged() {
    List<Integer> rows = selectedModelRows();
    if (rows.equals(lastSelected)) {
      return;
    }
    lastSelected = rows;
    List<GeoJsonFeature> chosen = selectedFeatures();
    for (Consumer<List<GeoJsonFeature>> l : selectionListeners) {
      l.accept(chosen);
    }
  }

  private List<Integer> selectedModelRows() {
    List<Integer> rows = new ArrayList<>();
    for (int viewRow : table.getSelectedRows()) {
      rows.add(table.convertRowIndexToModel(viewRow));
    }
    return rows;
  }

  /** The layer's name. */
  public String layerName() {
    return layerName;
  }

  /** The table's model. */
  public FeatureTableModel model() {
    return model;
  }

  /** The table. */
  public JTable table() {
    return table;
  }

  /** Told the selected features (in view order) whenever the user changes the selection. */
  public void addSelectionListener(Consumer<List<GeoJsonFeature>> l) {
    selectionListeners.add(Objects.requireNonNull(l, "listener"));
  }

  /** What "Zoom to selection" does with the selected features. */
  public void setZoomAction(Consumer<List<GeoJsonFeature>> action) {
    zoomAction = Objects.requireNonNull(action, "action");
  }

  /** The selected features, in view order. */
  public List<GeoJsonFeature> selectedFeatures() {
    List<GeoJsonFeature> out = new ArrayList<>();
    for (int viewRow : table.getSelectedRows()) {
      out.add(model.feature(table.convertRowIndexToModel(viewRow)));
    }
    return out;
  }

  /**
   * Selects the row of this id and scrolls to it, or clears the selection for {@code null} or an id
   * not in the table (or filtered out), without telling the selection listeners: for following a
   * selection made elsewhere (the map).
   */
  public void selectId(String id) {
    int modelRow = id == null ? -1 : model.rowOf(id);
    int viewRow = modelRow < 0 ? -1 : table.convertRowIndexToView(modelRow);
    selecting = true;
    try {
      if (viewRow < 0) {
        table.clearSelection();
      } else {
        table.setRowSelectionInterval(viewRow, viewRow);
        table.scrollRectToVisible(table.getCellRect(viewRow, 0, true));
      }
    } finally {
      selecting = false;
    }
    lastSelected = selectedModelRows();
  }

  /** The model rows (feature positions, from 0) of the selected rows, in view order. */
  public List<Integer> selectedRows() {
    return List.copyOf(selectedModelRows());
  }

  /**
   * Selects exactly these model rows (those filtered out are left out) and scrolls to the first,
   * without telling the selection listeners: for following a selection made elsewhere (the map).
   * Selecting what is already selected changes nothing (the user's anchor stays).
   */
  public void selectRows(List<Integer> modelRows) {
    List<Integer> viewRows = new ArrayList<>();
    for (int row : modelRows) {
      int v = row >= 0 && row < model.getRowCount() ? table.convertRowIndexToView(row) : -1;
      if (v >= 0) {
        viewRows.add(v);
      }
    }
    java.util.Collections.sort(viewRows);
    if (java.util.Arrays.equals(
        table.getSelectedRows(), viewRows.stream().mapToInt(Integer::intValue).toArray())) {
      lastSelected = selectedModelRows();
      return;
    }
    selecting = true;
    try {
      table.clearSelection();
      for (int v : viewRows) {
        table.addRowSelectionInterval(v, v);
      }
      if (!viewRows.isEmpty()) {
        table.scrollRectToVisible(table.getCellRect(viewRows.get(0), 0, true));
      }
    } finally {
      selecting = false;
    }
    lastSelected = selectedModelRows();
  }

  /**
   * Measures every feature against the border on {@code executor} and then, on the event thread,
   * adds the proximity columns and enables the distance filter.
   *
   * @param proximity gives the measurer (called on the executor: building it is model work)
   * @return completes on the event thread once the columns are shown, or exceptionally when the
   *     measuring failed (the table then stays without them)
   */
  public CompletableFuture<Void> computeProximity(
      Supplier<BorderProximity> proximity, Executor executor) {
    List<GeoJsonFeature> features = model.features();
    CompletableFuture<Void> shown = new CompletableFuture<>();
    CompletableFuture.supplyAsync(
            () -> {
              BorderProximity p = proximity.get();
              List<FeatureProximity> out = new ArrayList<>(features.size());
              for (int i = 0; i < features.size(); i++) {
                out.add(p.measure(features.get(i), i + 1L));
              }
              return out;
            },
            executor)
        .whenComplete(
            (measured, failure) ->
                SwingUtilities.invokeLater(
                    () -> {
                      if (failure != null) {
                        count.setText(
                            count.getText() + " (not measured: " + failure.getMessage() + ")");
                        shown.completeExceptionally(failure);
                        return;
                      }
                      List<Integer> kept = selectedModelRows();
                      selecting = true; // the new columns clear the selection: not the user's doing
                      try {
                        model.setProximity(measured);
                        within.setEnabled(true);
                        refilter();
                      } finally {
                        selecting = false;
                      }
                      selectRows(kept); // every row selected before, quietly
                      lastSelected = kept;
                      selectionChanged(); // told only if some are gone
                      shown.complete(null);
                    }));
    return shown;
  }

  private void refilter() {
    double km = within.isSelected() ? ((Number) withinKm.getValue()).doubleValue() : Double.NaN;
    TableFilter f = new TableFilter(filter.getText(), km);
    boolean outer = selecting;
    selecting = true; // the sorter clears and restores the selection: one event at the end
    try {
      sorter.setRowFilter(f.keepsAll() ? null : f);
    } finally {
      selecting = outer;
    }
    if (!outer) {
      selectionChanged();
    }
    updateCount();
  }

  private void updateCount() {
    count.setText(table.getRowCount() + " of " + model.getRowCount() + " features");
  }

  /** Runs an action on every change of a text field. */
  private record Changed(Runnable action) implements DocumentListener {
    @Override
    public void insertUpdate(DocumentEvent e) {
      action.run();
    }

    @Override
    public void removeUpdate(DocumentEvent e) {
      action.run();
    }

    @Override
    public void changedUpdate(DocumentEvent e) {
      action.run();
    }
  }
}
