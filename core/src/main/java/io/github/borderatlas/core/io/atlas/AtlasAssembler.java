package io.github.borderatlas.core.io.atlas;

import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.Border;
import io.github.borderatlas.core.model.BorderSegment;
import io.github.borderatlas.core.model.Country;
import io.github.borderatlas.core.model.DisputedSector;
import io.github.borderatlas.core.model.Figure;
import io.github.borderatlas.core.model.Figures;
import io.github.borderatlas.core.model.Lake;
import io.github.borderatlas.core.model.Place;
import io.github.borderatlas.core.model.River;
import io.github.borderatlas.core.model.TimelineEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Collects decoded features from one or more FeatureCollections (typically one file per layer) and
 * atlas-wide figures into one {@link Atlas}.
 *
 * <p>Border segments are attached to the single {@code border} feature, ordered by start chainage
 * (stable for equal chainages). Fails with an {@link AtlasFormatException} naming both places when
 * two features share an id or two {@code border} features are read, and, in {@link #build()}, when
 * segments were read but no border. Features of the other layers keep the order read; the {@link
 * Atlas} orders layers itself and sorts the timeline by date.
 *
 * <pre>{@code
 * AtlasAssembler a = new AtlasAssembler(AtlasFeatureDecoder.strict());
 * a.addAll(new GeoJsonReader().readAll(Path.of("rivers.geojson")), "rivers.geojson");
 * a.addFigures(FiguresJson.read(Path.of("figures.json")));
 * Atlas atlas = a.build();
 * }</pre>
 *
 * <p>Not thread-safe; use one assembler per read.
 */
public final class AtlasAssembler {

  private final AtlasFeatureDecoder decoder;
  private final List<AtlasFeature> others = new ArrayList<>();
  private final Map<String, String> placeOfId = new HashMap<>();
  private final List<BorderSegment> segments = new ArrayList<>();
  private final List<Figure> figures = new ArrayList<>();
  private Border border;
  private String borderPlace;
  private String firstSegmentPlace;
  private BorderSegment firstSegment;

  /** An assembler decoding with the given decoder. */
  public AtlasAssembler(AtlasFeatureDecoder decoder) {
    this.decoder = Objects.requireNonNull(decoder, "decoder");
  }

  /**
   * Decodes and collects every feature of one FeatureCollection.
   *
   * @param features the collection's features, in file order
   * @param source the file or resource name, for messages
   * @return this assembler
   * @throws AtlasFormatException for the first feature that does not follow the schema, or whose id
   *     was already read
   */
  public AtlasAssembler addAll(List<GeoJsonFeature> features, String source) {
    for (int i = 0; i < features.size(); i++) {
      add(features.get(i), source, i);
    }
    return this;
  }

  /**
   * Decodes and collects one feature.
   *
   * @param index the 0-based index in its collection, or -1
   * @return the decoded feature
   * @throws AtlasFormatException when it does not follow the schema or its id was already read
   */
  public AtlasFeature add(GeoJsonFeature feature, String source, int index) {
    AtlasFeature f = decoder.decode(feature, source, index);
    String place = place(source, index);
    String previous = placeOfId.putIfAbsent(f.id(), place);
    if (previous != null) {
      throw new AtlasFormatException(
          "feature "
              + Values.quote(f.id())
              + " ("
              + f.layer().id()
              + "): property \"id\": "
              + "duplicates the id of the feature at "
              + previous,
          source,
          -1,
          -1,
          path(index) + ".properties.id",
          f.id(),
          index,
          "id",
          null);
    }
    collect(f, place, source, index);
    return f;
  }

  /** Adds atlas-wide figures (from a figures file), after those added before. */
  public AtlasAssembler addFigures(Figures more) {
    figures.addAll(more.all());
    return this;
  }

  /**
   * The atlas of everything added so far; may be called again after adding more.
   *
   * @throws AtlasFormatException when border segments were read without a border
   */
  public Atlas build() {
    if (firstSegment != null && border == null) {
      throw new AtlasFormatException(
          "feature "
              + Values.quote(firstSegment.id())
              + " (border-segment): has no border: no "
              + "feature of layer \"border\" was read (first segment at "
              + firstSegmentPlace
              + ")",
          null,
          -1,
          -1,
          null,
          firstSegment.id(),
          -1,
          "layer",
          null);
    }
    Atlas.Builder b = Atlas.builder();
    if (border != null) {
      List<BorderSegment> sorted = new ArrayList<>(segments);
      sorted.sort(Comparator.comparingDouble(BorderSegment::startChainageMetres));
      b.border(
          new Border(
              border.id(),
              border.name(),
              border.line(),
              sorted,
              border.provenance(),
              border.validity()));
    }
    for (AtlasFeature f : others) {
      if (f instanceof River r) {
        b.river(r);
      } else if (f instanceof Lake l) {
        b.lake(l);
      } else if (f instanceof Place p) {
        b.place(p);
      } else if (f instanceof DisputedSector d) {
        b.disputedSector(d);
      } else if (f instanceof TimelineEntry e) {
        b.timelineEntry(e);
      } else if (f instanceof Country c) {
        b.country(c);
      }
    }
    figures.forEach(b::figure);
    return b.build();
  }

  private void collect(AtlasFeature f, String place, String source, int index) {
    if (f instanceof Border b) {
      if (border != null) {
        throw new AtlasFormatException(
            "feature "
                + Values.quote(b.id())
                + " (border): a second border; the atlas has one "
                + "border, already read from "
                + borderPlace,
            source,
            -1,
            -1,
            path(index),
            b.id(),
            index,
            "layer",
            null);
      }
      border = b;
      borderPlace = place;
    } else if (f instanceof BorderSegment s) {
      if (firstSegment == null) {
        firstSegment = s;
        firstSegmentPlace = place;
      }
      segments.add(s);
    } else {
      others.add(f);
    }
  }

  private static String path(int index) {
    return index >= 0 ? "$.features[" + index + "]" : "$";
  }

  private static String place(String source, int index) {
    return (source == null ? "<input>" : source) + " " + path(index);
  }
}
