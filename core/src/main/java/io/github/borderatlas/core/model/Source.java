package io.github.borderatlas.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One record of the bibliography: a publication, web page, legal text or dataset that the atlas
 * cites, with what is and what is not known about it. Immutable and thread-safe.
 *
 * <p>Nothing is invented: a title that the reference notes do not give is replaced by a description
 * ({@link #titleKnown()} is then false), an address that is not known is empty ({@link #url()}) and
 * {@link #note()} says why, and dates keep the precision they are known to.
 *
 * @param id the stable id the data cite, e.g. {@code "S13"}, {@code "T29"}, {@code "gshhg"}
 * @param type the CSL item type, e.g. {@code "webpage"}, {@code "legislation"}, {@code "dataset"}
 * @param title the title, or a description of the item when {@code titleKnown} is false
 * @param titleKnown whether {@code title} is the item's own title
 * @param publisher the publisher, site or container; empty when not known
 * @param url the full address; empty when not known
 * @param issued the date of publication (or signature, for a legal text); empty when not known
 * @param accessed the date the item was read; empty when not known
 * @param language a BCP 47 language tag, {@code "und"} when undetermined
 * @param supports what the item supports in the atlas
 * @param note a remark (how the address was found, why a field is not known); may be empty
 * @param aliases text fragments that identify the item in a free-text citation besides its id (e.g.
 *     {@code "GSHHG"}, a full address)
 */
public record Source(
    String id,
    String type,
    String title,
    boolean titleKnown,
    Optional<String> publisher,
    Optional<String> url,
    Optional<PartialDate> issued,
    Optional<PartialDate> accessed,
    String language,
    String supports,
    String note,
    List<String> aliases) {

  /**
   * Checks the components and copies the aliases.
   *
   * @throws NullPointerException if a component is {@code null}
   * @throws IllegalArgumentException if {@code id} or {@code title} is blank, or the address
   *     contains an ellipsis (a shortened address is not an address)
   */
  public Source {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(issued, "issued");
    Objects.requireNonNull(accessed, "accessed");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(supports, "supports");
    Objects.requireNonNull(note, "note");
    aliases = List.copyOf(aliases);
    if (id.isBlank() || title.isBlank()) {
      throw new IllegalArgumentException("a source needs an id and a title: \"" + id + "\"");
    }
    if (url.filter(u -> u.contains("…")).isPresent()) {
      throw new IllegalArgumentException("source " + id + ": a shortened address is no address");
    }
  }

  /**
   * The title as shown to readers: the title itself, or the description in square brackets (the
   * bibliographic convention for a supplied title) when the item's own title is not known.
   */
  public String displayTitle() {
    return titleKnown ? title : "[" + title + "]";
  }

  /**
   * A one-line citation for lists and print layouts: title, publisher, date and address, e.g.
   * {@code "China–Kazakhstan border. Wikipedia (English). https://en.wikipedia.org/…"}; fields that
   * are not known are left out.
   */
  public String shortCitation() {
    StringBuilder s = new StringBuilder(displayTitle());
    publisher.ifPresent(p -> s.append(". ").append(p));
    issued.ifPresent(d -> s.append(", ").append(d));
    s.append('.');
    url.ifPresent(u -> s.append(' ').append(u));
    return s.toString();
  }
}
