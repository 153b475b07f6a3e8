package io.github.borderatlas.core.io.atlas;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spellings GDAL gives atlas values when it copies an atlas file (checked with GDAL 3.6's
 * {@code ogr2ogr}): a GeoJSON array of strings becomes a StringList field, which the GeoPackage
 * driver stores as text {@code (2:Russian Empire,Qing China)} (count, colon, items joined by
 * commas, no escaping); an array of objects or an empty array becomes JSON text ({@code [ ]}); a
 * column of day-precise dates becomes a Date field, which OGR prints as {@code 1998/07/04} and may
 * carry as a DateTime at midnight. Stateless and thread-safe.
 */
final class GdalValues {

  private static final Pattern STRING_LIST =
      Pattern.compile("\\((\\d{1,6}):(.*)\\)", Pattern.DOTALL);

  private static final Pattern SLASHED_DAY =
      Pattern.compile(
          "(\\d{4})/(\\d{2})/(\\d{2})(?:[ T]00:00(?::00(?:\\.0+)?)?(?:Z|[+-]00(?::?00)?)?)?");

  private static final Pattern MIDNIGHT =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[ T]00:00(?::00(?:\\.0+)?)?(?:Z|[+-]00(?::?00)?)?");

  private GdalValues() {}

  /**
   * The items of an OGR StringList text {@code (n:a,b,...)}, or {@code null} when {@code text} is
   * not one.
   *
   * @throws IllegalArgumentException when the count does not match the items (an item holding a
   *     comma cannot be told apart)
   */
  static List<String> stringList(String text) {
    Matcher m = STRING_LIST.matcher(text);
    if (!m.matches()) {
      return null;
    }
    int count = Integer.parseInt(m.group(1));
    String body = m.group(2);
    if (count == 0) {
      if (!body.isEmpty()) {
        throw new IllegalArgumentException("an OGR string list of 0 items has text " + body);
      }
      return List.of();
    }
    List<String> items = new ArrayList<>(List.of(body.split(",", -1)));
    if (items.size() != count) {
      throw new IllegalArgumentException(
          "an OGR string list of "
              + count
              + " items has "
              + items.size()
              + " comma-separated parts (an item with a comma is ambiguous)");
    }
    return items;
  }

  /**
   * The ISO date {@code yyyy-MM-dd} for an OGR date {@code yyyy/MM/dd} or a date-time at midnight
   * UTC; any other text unchanged.
   */
  static String isoDate(String text) {
    Matcher slashed = SLASHED_DAY.matcher(text);
    if (slashed.matches()) {
      return slashed.group(1) + "-" + slashed.group(2) + "-" + slashed.group(3);
    }
    Matcher midnight = MIDNIGHT.matcher(text);
    return midnight.matches() ? midnight.group(1) : text;
  }
}
