package io.github.borderatlas.viewer.timeline;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.EntryKind;
import io.github.borderatlas.core.model.PartialDate;
import io.github.borderatlas.core.model.TimelineEntry;
import io.github.borderatlas.viewer.panels.HtmlPane;
import io.github.borderatlas.viewer.panels.Theme;
import io.github.borderatlas.viewer.panels.WrapLayout;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Cursor;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;

/**
 * The treaty timeline as one panel: player buttons, a date field, a jump-to-entry list, the painted
 * {@link TimelineAxis} with a legend of kinds, the agreements in force on the chosen date (sourced)
 * with the treaty or protocol defining the line then (derived, {@link BoundaryLine}), and the
 * details and sources of the selected entry.
 *
 * <p>Wiring into the main frame:
 *
 * <pre>{@code
 * TimelinePanel timeline = new TimelinePanel(atlas);
 * timeline.model().addListener(TimelineListener.forMap(map::setDate, map::highlight));
 * frame.add(timeline, BorderLayout.SOUTH);
 * }</pre>
 *
 * <p>Child components carry names ({@code "timeline.previous"}, {@code "timeline.play"}, {@code
 * "timeline.stop"}, {@code "timeline.next"}, {@code "timeline.zoomAll"}, {@code
 * "timeline.zoomRecent"}, {@code "timeline.date"}, {@code "timeline.dateError"}, {@code
 * "timeline.jump"}, {@code "timeline.axis"}, {@code "timeline.inForce"}, {@code
 * "timeline.lineDefinedBy"}, {@code "timeline.details"}) for UI tests. Use on the Swing event
 * thread only.
 */
public final class TimelinePanel extends JPanel {

  private static final String NO_SELECTION =
      "Select an entry on the axis, in the jump list or among the agreements in force to see its"
          + " details and sources.";

  /** The narrowest the entry description gets, pixels: about 30 characters a line. */
  static final int DESCRIPTION_MIN_WIDTH_PX = 260;

  /** The first day of the "Since 1990" view. */
  private static final LocalDate RECENT = LocalDate.of(1990, 1, 1);

  private final TimelineModel model;
  private final TimelineAxis axis;
  private final PlayController player;
  private final JButton playButton = new JButton(ControlIcons.PLAY);
  private final JTextField dateField = new JTextField(10);
  private final JLabel dateError = new JLabel();
  private final JComboBox<TimelineEntry> jump;
  private final JList<TimelineEntry> inForce = new JList<>();
  private final JLabel inForceTitle = new JLabel();
  private final JLabel lineDefinedBy = new JLabel();
  private final HtmlPane details = new HtmlPane();
  private boolean syncing;

  /** A timeline of the atlas ending today, played with a Swing timer. */
  public TimelinePanel(Atlas atlas) {
    this(new TimelineModel(atlas), PlayController.swingTicker(PlayController.DEFAULT_DELAY_MS));
  }

  /** A timeline over {@code model}, played on the ticks of {@code ticker}. */
  public TimelinePanel(TimelineModel model, PlayController.Ticker ticker) {
    super(new BorderLayout(0, 4));
    this.model = Objects.requireNonNull(model, "model");
    this.axis = new TimelineAxis(model);
    this.player = new PlayController(model, ticker);
    this.jump = new JComboBox<>(model.entries().toArray(new TimelineEntry[0]));
    setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
    axis.setName("timeline.axis");

    // below the controls, the axis and the in-force list share the height; in a short window both
    // shrink towards their minimum sizes (GridBagLayout's rule) rather than the axis alone
    JPanel center = new JPanel(new GridBagLayout());
    GridBagConstraints c = new GridBagConstraints();
    c.gridx = 0;
    c.fill = GridBagConstraints.BOTH;
    c.weightx = 1;
    c.weighty = 0.45;
    center.add(axis, c);
    c.weighty = 0;
    center.add(legend(), c);
    c.weighty = 0.55;
    c.insets = new java.awt.Insets(4, 0, 0, 0);
    center.add(bottom(), c);

    add(controls(), BorderLayout.NORTH);
    add(center, BorderLayout.CENTER);

    model.addListener(
        new TimelineListener() {
          @Override
          public void dateChanged(LocalDate date) {
            refreshDate();
          }

          @Override
          public void entrySelected(TimelineEntry entry) {
            refreshSelection();
          }

          @Override
          public void selectionCleared() {
            refreshSelection();
          }
        });
    player.addChangeListener(e -> refreshPlayer());
    refreshDate();
    refreshSelection();
    refreshPlayer();
  }

  public TimelineModel model() {
    return model;
  }

  public TimelineAxis axis() {
    return axis;
  }

  public PlayController player() {
    return player;
  }

  /** Chooses a date, as {@link TimelineModel#setDate}. */
  public void setDate(LocalDate date) {
    model.setDate(date);
  }

  /** The chosen date. */
  public LocalDate date() {
    return model.date();
  }

  /** Adds a listener to the model, as {@link TimelineModel#addListener}. */
  public void addTimelineListener(TimelineListener l) {
    model.addListener(l);
  }

  /**
   * Applies the date field: on success the model moves to the typed date and the message is
   * cleared; otherwise the message says what is wrong and the date stays.
   *
   * @return true when the text was a valid date in the range
   */
  public boolean applyDateText(String text) {
    dateField.setText(text);
    try {
      PartialDate d = DateInput.parse(text, model.start(), model.end());
      dateError.setText(" ");
      dateField.putClientProperty("JComponent.outline", null);
      model.setDate(DateInput.clampedDay(d, model.start(), model.end()));
      dateField.setText(d.toString());
      return true;
    } catch (IllegalArgumentException e) {
      dateError.setForeground(errorColor());
      dateError.setText(e.getMessage());
      dateField.putClientProperty("JComponent.outline", "error");
      return false;
    }
  }

  /** The message under the date field ({@code " "} when none). */
  public String dateErrorText() {
    return dateError.getText();
  }

  private JPanel controls() {
    JButton prev = button(ControlIcons.PREVIOUS, "timeline.previous", "Previous entry");
    JButton stop = button(ControlIcons.STOP, "timeline.stop", "Stop and go back");
    JButton next = button(ControlIcons.NEXT, "timeline.next", "Next entry");
    playButton.setName("timeline.play");
    prev.addActionListener(e -> model.previous());
    next.addActionListener(e -> model.next());
    stop.addActionListener(e -> player.stop());
    playButton.addActionListener(
        e -> {
          if (player.isPlaying()) {
            player.pause();
          } else {
            player.play();
          }
        });

    dateField.setName("timeline.date");
    dateField.setToolTipText("A date as yyyy, yyyy-MM or yyyy-MM-dd; press Enter");
    dateField.setMaximumSize(dateField.getPreferredSize());
    dateField.setMinimumSize(dateField.getPreferredSize());
    dateField.addActionListener(e -> applyDateText(dateField.getText()));
    dateError.setName("timeline.dateError");

    jump.setName("timeline.jump");
    jump.setMaximumRowCount(20);
    jump.setRenderer(new EntryRenderer("Jump to an entry…"));
    if (!model.entries().isEmpty()) {
      // cells sized from one entry: without it, every selection change measures every entry's
      // text (about 0.3 s for the bundled 76 on the event thread)
      jump.setPrototypeDisplayValue(model.entries().get(0));
    }
    jump.setSelectedIndex(-1); // after the renderer: the default one would print each entry
    jump.addActionListener(
        e -> {
          Object item = jump.getSelectedItem();
          if (!syncing && item instanceof TimelineEntry t) {
            model.jumpTo(t);
          }
        });

    JButton all = new JButton("All years");
    all.setName("timeline.zoomAll");
    all.setToolTipText(
        "Show 1860 to today (double-click the axis or press 0); zoom with the wheel");
    all.addActionListener(e -> axis.showAll());
    JButton recent = new JButton("Since 1990");
    recent.setName("timeline.zoomRecent");
    recent.setToolTipText("Show the years since 1990, when most agreements were signed");
    recent.addActionListener(
        e ->
            axis.setWindow(
                new TimeWindow(
                    RECENT.isBefore(model.end()) ? RECENT : model.start(), model.end())));

    int comboHeight = jump.getPreferredSize().height;
    jump.setPreferredSize(new Dimension(380, comboHeight));
    jump.setMinimumSize(new Dimension(160, comboHeight));
    jump.setMaximumSize(new Dimension(460, comboHeight));

    // four groups that wrap as a whole onto further rows when the panel is narrower than one row
    // (below about 1,000 px): the date's error message grows its own group, never over "Jump to"
    JPanel bar = new JPanel(new WrapLayout(12, 2));
    bar.setName("timeline.controls");
    bar.add(group(prev, playButton, stop, next));
    bar.add(group(all, recent));
    bar.add(group(new JLabel("Date "), dateField, Box.createHorizontalStrut(6), dateError));
    bar.add(group(new JLabel("Jump to "), jump));
    return bar;
  }

  /** Components kept together on one row of the wrapping controls. */
  private static JPanel group(java.awt.Component... parts) {
    JPanel p = new JPanel();
    p.setLayout(new BoxLayout(p, BoxLayout.X_AXIS));
    for (java.awt.Component c : parts) {
      p.add(c);
    }
    return p;
  }

  private JButton button(ControlIcons icon, String name, String tip) {
    JButton b = new JButton(icon);
    b.setName(name);
    b.setToolTipText(tip);
    b.getAccessibleContext().setAccessibleName(tip);
    return b;
  }

  private JPanel legend() {
    Set<EntryKind> kinds = EnumSet.noneOf(EntryKind.class);
    model.entries().forEach(e -> kinds.add(e.kind()));
    JPanel p = new JPanel(new WrapLayout(10, 0));
    for (EntryKind k : kinds) {
      JLabel l = new JLabel(EntryStyle.label(k), EntryStyle.icon(k, 14), JLabel.LEADING);
      l.setFont(l.getFont().deriveFont(l.getFont().getSize2D() - 1f));
      p.add(l);
    }
    return p;
  }

  private JSplitPane bottom() {
    inForce.setName("timeline.inForce");
    inForce.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    inForce.setCellRenderer(new EntryRenderer(""));
    inForce.setVisibleRowCount(5);
    inForce.addListSelectionListener(
        e -> {
          TimelineEntry t = inForce.getSelectedValue();
          if (!syncing && !e.getValueIsAdjusting() && t != null) {
            model.select(t);
          }
        });
    JPanel left = new JPanel(new BorderLayout(0, 2));
    inForceTitle.setFont(inForceTitle.getFont().deriveFont(Font.BOLD));
    lineDefinedBy.setName("timeline.lineDefinedBy");
    lineDefinedBy.setCursor(Cursor.getPredefinedCursor(Cursor.HAND_CURSOR));
    lineDefinedBy.addMouseListener(
        new MouseAdapter() {
          @Override
          public void mouseClicked(MouseEvent e) {
            model.lineDefinedBy().ifPresent(model::select);
          }
        });
    // the two titles may be cut with an ellipsis in a narrow window: their tooltips hold the text
    lineDefinedBy.setMinimumSize(new Dimension(60, lineDefinedBy.getPreferredSize().height));
    inForceTitle.setMinimumSize(new Dimension(60, inForceTitle.getPreferredSize().height));
    JPanel titles = new JPanel(new GridLayout(0, 1, 0, 2));
    titles.add(lineDefinedBy);
    titles.add(inForceTitle);
    left.add(titles, BorderLayout.NORTH);
    left.add(new JScrollPane(inForce), BorderLayout.CENTER);

    details.setName("timeline.details");
    JScrollPane detailScroll = new JScrollPane(details);
    detailScroll.setPreferredSize(new Dimension(520, 150));
    detailScroll.setMinimumSize(new Dimension(DESCRIPTION_MIN_WIDTH_PX, 60));
    // the list's width is its own (not that of its longest title), so the description keeps the
    // rest, and never less than a readable width
    left.setPreferredSize(new Dimension(340, 150));
    left.setMinimumSize(new Dimension(180, 90));
    JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, detailScroll);
    split.setResizeWeight(0.35);
    split.setBorder(null);
    split.setMinimumSize(new Dimension(180 + DESCRIPTION_MIN_WIDTH_PX, 90));
    split.addComponentListener(
        new java.awt.event.ComponentAdapter() {
          @Override
          public void componentResized(java.awt.event.ComponentEvent e) {
            int most = split.getWidth() - split.getDividerSize() - DESCRIPTION_MIN_WIDTH_PX;
            if (most > 0 && split.getDividerLocation() > most) {
              split.setDividerLocation(Math.max(left.getMinimumSize().width, most));
            }
          }
        });
    return split;
  }

  private void refreshDate() {
    if (!dateField.isFocusOwner()) {
      dateField.setText(model.date().toString());
    }
    dateError.setText(" ");
    dateField.putClientProperty("JComponent.outline", null);
    syncing = true;
    try {
      inForce.setListData(model.inForce().toArray(new TimelineEntry[0]));
      model.selected().ifPresent(t -> inForce.setSelectedValue(t, false));
    } finally {
      syncing = false;
    }
    int n = inForce.getModel().getSize();
    inForceTitle.setText(
        (n == 0
                ? "No agreement in force"
                : n == 1 ? "1 agreement in force" : n + " agreements in force")
            + " on "
            + EntryDetails.formatDay(model.date()));
    inForce.setToolTipText(
        n == 0
            ? "No agreement of the atlas is known to be in force on this date"
            : "Agreements signed by this date and in force on it: with their sourced date of entry"
                + " into force, or marked 'in force, date not sourced'");
    String line = EntryDetails.lineDefinedBy(model.lineDefinedBy(), model.date());
    lineDefinedBy.setText(line);
    lineDefinedBy.setToolTipText(
        "<html><body style='width:340px'>"
            + HtmlPane.escape(line)
            + "<br><i>"
            + HtmlPane.escape(EntryDetails.lineDefinedByNote(model.date()))
            + " Click to see its details.</i></body></html>");
  }

  private void refreshSelection() {
    syncing = true;
    try {
      TimelineEntry sel = model.selected().orElse(null);
      jump.setSelectedItem(sel);
      if (sel == null) {
        jump.setSelectedIndex(-1);
        inForce.clearSelection();
        details.setHtml(HtmlPane.escape(NO_SELECTION));
      } else {
        inForce.setSelectedValue(sel, false);
        if (!sel.equals(inForce.getSelectedValue())) {
          inForce.clearSelection();
        }
        details.setHtml(EntryDetails.html(sel, model.atlas()));
      }
    } finally {
      syncing = false;
    }
  }

  private void refreshPlayer() {
    boolean playing = player.isPlaying();
    playButton.setIcon(playing ? ControlIcons.PAUSE : ControlIcons.PLAY);
    playButton.setToolTipText(playing ? "Pause" : "Play through the entries");
    playButton.getAccessibleContext().setAccessibleName(playing ? "Pause" : "Play");
  }

  private Color errorColor() {
    return Theme.readable(new Color(0xC62828), Theme.background(this), Theme.TEXT_CONTRAST);
  }
}
