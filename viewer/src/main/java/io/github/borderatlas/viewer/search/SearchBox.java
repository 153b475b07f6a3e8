package io.github.borderatlas.viewer.search;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/**
 * A search field with a drop-down of results: typing searches the {@link SearchIndex} (set with
 * {@link #setIndex} once built off the event thread; until then nothing is found and the field says
 * "indexing…"), Down moves into the results, Enter or a click chooses one and hands it to the
 * chooser (the frame selects the feature and zooms to it), Esc closes the list.
 *
 * <p>Not thread-safe: Swing event dispatch thread only. The field is named {@code "search.field"},
 * the result list {@code "search.results"}.
 */
public final class SearchBox extends JPanel {

  private static final long serialVersionUID = 1L;

  /** The most results listed. */
  public static final int MAX_RESULTS = 12;

  private final JTextField field = new JTextField(18);
  private final DefaultListModel<SearchHit> resultsModel = new DefaultListModel<>();
  private final JList<SearchHit> results = new JList<>(resultsModel);
  private final JPopupMenu popup = new JPopupMenu();
  private transient SearchIndex index;
  private transient Consumer<SearchHit> chooser = h -> {};

  /** An empty box, waiting for its index. */
  public SearchBox() {
    super(new BorderLayout());
    field.setName("search.field");
    field.setToolTipText(
        "Find a feature by name (English, Kazakh, Chinese, Russian) or attribute value");
    field.putClientProperty("JTextField.placeholderText", "indexing…");
    field.putClientProperty("JTextField.showClearButton", Boolean.TRUE);
    results.setName("search.results");
    results.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    results.setCellRenderer(new HitRenderer());
    results.setFocusable(false);
    JScrollPane scroll = new JScrollPane(results);
    scroll.setPreferredSize(new Dimension(380, 220));
    popup.add(scroll);
    popup.setFocusable(false);
    add(field, BorderLayout.CENTER);
    setMaximumSize(new Dimension(260, 40));

    field.getDocument().addDocumentListener(new Typed());
    field.addKeyListener(
        new KeyAdapter() {
          @Override
          public void keyPressed(KeyEvent e) {
            keyPressedInField(e);
          }
        });
    field.addActionListener(e -> chooseSelected());
    results.addMouseListener(
        new MouseAdapter() {
          @Override
          public void mouseClicked(MouseEvent e) {
            int i = results.locationToIndex(e.getPoint());
            if (i >= 0) {
              results.setSelectedIndex(i);
              chooseSelected();
            }
          }
        });
  }

  /** Sets the index searched (built off the event thread) and repeats the current search. */
  public void setIndex(SearchIndex index) {
    this.index = Objects.requireNonNull(index, "index");
    field.putClientProperty("JTextField.placeholderText", "Search names…");
    field.repaint();
    update();
  }

  /** What choosing a result does. */
  public void setChooser(Consumer<SearchHit> chooser) {
    this.chooser = Objects.requireNonNull(chooser, "chooser");
  }

  /** The text field. */
  public JTextField field() {
    return field;
  }

  /** The results of the current text, best first. */
  public List<SearchHit> results() {
    return java.util.Collections.list(resultsModel.elements());
  }

  /** Chooses the result at this index (as a click would). */
  public void choose(int i) {
    results.setSelectedIndex(i);
    chooseSelected();
  }

  private void update() {
    resultsModel.clear();
    List<SearchHit> hits = index == null ? List.of() : index.search(field.getText(), MAX_RESULTS);
    hits.forEach(resultsModel::addElement);
    if (hits.isEmpty()) {
      popup.setVisible(false);
      return;
    }
    results.setSelectedIndex(0);
    if (field.isShowing() && !popup.isVisible()) {
      popup.show(field, 0, field.getHeight());
      field.requestFocusInWindow();
    }
  }

  private void chooseSelected() {
    SearchHit hit = results.getSelectedValue();
    if (hit != null) {
      popup.setVisible(false);
      chooser.accept(hit);
    }
  }

  private void keyPressedInField(KeyEvent e) {
    int n = resultsModel.size();
    if (e.getKeyCode() == KeyEvent.VK_DOWN && n > 0) {
      results.setSelectedIndex(Math.min(n - 1, results.getSelectedIndex() + 1));
      results.ensureIndexIsVisible(results.getSelectedIndex());
      e.consume();
    } else if (e.getKeyCode() == KeyEvent.VK_UP && n > 0) {
      results.setSelectedIndex(Math.max(0, results.getSelectedIndex() - 1));
      results.ensureIndexIsVisible(results.getSelectedIndex());
      e.consume();
    } else if (e.getKeyCode() == KeyEvent.VK_ESCAPE) {
      popup.setVisible(false);
    }
  }

  /** Searches on every change of the text. */
  private final class Typed implements DocumentListener {
    @Override
    public void insertUpdate(DocumentEvent e) {
      update();
    }

    @Override
    public void removeUpdate(DocumentEvent e) {
      update();
    }

    @Override
    public void changedUpdate(DocumentEvent e) {
      update();
    }
  }

  /** A hit's label, never read as HTML. */
  private static final class HitRenderer extends DefaultListCellRenderer {
    private static final long serialVersionUID = 1L;

    @Override
    public Component getListCellRendererComponent(
        JList<?> list, Object value, int index, boolean selected, boolean focus) {
      JLabel l = (JLabel) super.getListCellRendererComponent(list, "", index, selected, focus);
      l.putClientProperty("html.disable", Boolean.TRUE);
      l.setText(value instanceof SearchHit h ? h.label() : "");
      return l;
    }
  }
}
