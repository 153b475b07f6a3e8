package io.github.borderatlas.viewer.cli;

import io.github.borderatlas.core.analysis.CrossingPoint;
import io.github.borderatlas.core.analysis.RiverAtBorder;
import io.github.borderatlas.core.analysis.RiverCrossingAnalysis;
import io.github.borderatlas.core.analysis.Side;
import io.github.borderatlas.core.analysis.SideLocator;
import io.github.borderatlas.core.border.BorderAtlasFactory;
import io.github.borderatlas.core.border.BorderPart;
import io.github.borderatlas.core.border.CountryPolygons;
import io.github.borderatlas.core.border.RiverLines;
import io.github.borderatlas.core.border.SharedBorder;
import io.github.borderatlas.core.border.Tripoint;
import io.github.borderatlas.core.geodesy.GeodesicLineIndex;
import io.github.borderatlas.core.io.atlas.AtlasGeoJson;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.Layer;
import io.github.borderatlas.core.model.Provenance;
import io.github.borderatlas.core.model.River;
import io.github.borderatlas.core.model.Validity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code border A B --countries FILE [--key A3] [--rivers FILE] [--date D] --out OUT}: the shared
 * boundary of two countries of any country-polygon GeoJSON file, written as an atlas file (the
 * schema of docs/geojson-schema.md) that {@code stats --atlas}, {@code render --atlas} and the
 * viewer open. Prints the parts, lengths, the outlines' disagreement, tripoints and river
 * crossings.
 */
@Command(
    name = "border",
    header = "Extract the border between two countries of a country-polygon file as an atlas.",
    mixinStandardHelpOptions = true,
    description = {
      "The shared boundary of countries A and B (values of --key) in FILE: its parts along A's",
      "outline (A on the right), geodesic lengths on WGS84, tripoints, optional river crossings;",
      "written atomically as an atlas GeoJSON file."
    })
final class BorderCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CountryFileOptions input;

  @Parameters(index = "0", paramLabel = "A", description = "The first country (its outline).")
  String first;

  @Parameters(index = "1", paramLabel = "B", description = "The second country.")
  String second;

  @Option(
      names = "--rivers",
      paramLabel = "FILE",
      description = "River lines, GeoJSON, each digitised downstream.")
  Path rivers;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "The date the line applies from (the file's date).")
  String date;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "The atlas GeoJSON file to write.")
  Path out;

  @Override
  public Integer call() {
    Path file = out; // checked when opened (AtomicFiles: the system's reason, path once)
    Path countries = input.checkedCountries();
    String key = input.key;
    double toleranceMetres = input.toleranceMetres;
    double bridgeMetres = input.bridgeMetres;
    Validity validity = date == null ? Validity.ALWAYS : Validity.startingOn(Arguments.date(date));
    CountryPolygons.Read read;
    try {
      read = CountryPolygons.pair(countries, key, first, second, 2 * toleranceMetres);
    } catch (IllegalArgumentException e) {
      throw CliException.usage(e.getMessage());
    }
    SharedBorder border = input.extractor(read.index()).between(first, second);
    if (border.isEmpty()) {
      throw CliException.usage(
          first + " and " + second + " share no boundary in " + countries + " (" + key + ")");
    }
    Provenance provenance =
        new Provenance(
            "BorderAtlas border extraction from " + countries.getFileName() + " (" + key + ")",
            "as the input file");
    List<River> riverList = List.of();
    if (rivers != null) {
      Envelope box = new Envelope();
      border.parts().forEach(p -> box.expandToInclude(p.line().getEnvelopeInternal()));
      riverList = RiverLines.read(CountryFileOptions.existing(rivers), box, provenance);
    }
    Atlas atlas =
        BorderAtlasFactory.atlas(
            border,
            read.geometries(),
            riverList,
            provenance,
            validity,
            toleranceMetres,
            bridgeMetres);
    AtlasGeoJson.write(atlas, file, EnumSet.allOf(Layer.class), AtlasGeoJson.DEFAULT_PRECISION);
    report(border, atlas, read);
    return ExitCodes.OK;
  }

  private void report(SharedBorder border, Atlas atlas, CountryPolygons.Read read) {
    PrintWriter o = spec.commandLine().getOut();
    String a = border.firstKey();
    String b = border.secondKey();
    o.printf(
        Locale.ROOT,
        "%s–%s border: %.3f km in %d part(s) (geodesic, WGS84), along %s's outline%n",
        a,
        b,
        border.lengthMetres() / 1000,
        border.parts().size(),
        a);
    int n = 0;
    for (BorderPart p : border.parts()) {
      o.printf(
          Locale.ROOT,
          "  part %d: %.3f km, %d vertices%s; outlines apart up to %.1f m (mean %.2f m)%n",
          ++n,
          p.lengthMetres() / 1000,
          p.line().getNumPoints(),
          p.closed() ? ", closed" : "",
          p.maxOffsetMetres(),
          p.meanOffsetMetres());
    }
    double other = border.secondSideLengthMetres() / 1000;
    o.printf(
        Locale.ROOT,
        "  along %s's outline: %.3f km (%+.3f %%)%n",
        b,
        other,
        100 * (other * 1000 - border.lengthMetres()) / border.lengthMetres());
    for (Tripoint t : border.tripoints()) {
      o.printf(
          Locale.ROOT,
          "  tripoint %s–%s–%s at %.5f, %.5f (third outline %.1f m away)%n",
          a,
          b,
          t.thirdKey(),
          t.longitude(),
          t.latitude(),
          t.distanceMetres());
    }
    crossings(o, atlas, read.geometries().get(a), read.geometries().get(b), a, b);
    o.printf(Locale.ROOT, "Wrote %d features to %s%n", atlas.features().size(), out);
    o.flush();
  }

  /** River crossings on the main part, sides named by country (A on the right). */
  private static void crossings(
      PrintWriter o, Atlas atlas, Geometry first, Geometry second, String a, String b) {
    if (atlas.rivers().isEmpty()) {
      return;
    }
    var line = atlas.border().orElseThrow().line();
    // SideLocator names its sides China/Kazakhstan; here "China" stands for B, "Kazakhstan" for A
    SideLocator sides = new SideLocator(line, List.of(second), List.of(first));
    GeodesicLineIndex index = new GeodesicLineIndex(line);
    for (River r : atlas.rivers()) {
      RiverAtBorder rc = RiverCrossingAnalysis.analyse(r, line, index, sides);
      for (CrossingPoint c : rc.crossings()) {
        o.printf(
            Locale.ROOT,
            "  %s crosses at %.5f, %.5f, %.1f km along the border, from %s to %s%n",
            r.name(),
            c.lon(),
            c.lat(),
            c.borderChainageMetres() / 1000,
            side(c.fromSide(), a, b),
            side(c.toSide(), a, b));
      }
    }
  }

  private static String side(Side s, String a, String b) {
    return switch (s) {
      case KAZAKHSTAN -> a;
      case CHINA -> b;
      case UNKNOWN -> "?";
    };
  }
}
