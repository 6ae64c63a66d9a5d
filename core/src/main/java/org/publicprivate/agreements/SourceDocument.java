package org.publicprivate.agreements;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.publicprivate.agreements.attributes.SourceDocumentAttribute;

/**
 * A document an agreement's record is drawn from: a press release, an article, the agreement's text.
 *
 * <pre>{@code
 * SourceDocument article = SourceDocument.builder()
 *     .title("부산시, 르노코리아자동차 등과 지역 주도 미래차 생태계 조성")
 *     .publisher("일간환경연합")
 *     .publishedOn(LocalDate.of(2023, 5, 22))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class SourceDocument implements WithSourceDocument {
  SourceDocument() {}

  /**
   * The document's id within the record, by which status changes, progress reports, amendments,
   * commitments and programmes cite it.
   */
  public abstract Optional<SourceId> id();

  /** What kind of document it is. */
  public abstract Optional<SourceKind> kind();

  /** The document's title or headline. */
  public abstract String title();

  /** Who wrote it: a reporter, an office. */
  public abstract Optional<String> author();

  /** Who published it. */
  public abstract Optional<String> publisher();

  /** Where it can be read; its scheme and host are stored in lower case. */
  public abstract Optional<URI> url();

  /** When it was published. */
  public abstract Optional<LocalDate> publishedOn();

  /** At what time of {@link #publishedOn()} it was published, in Korea time. */
  public abstract Optional<LocalTime> publishedTime();

  /** The language it is written in, a well-formed BCP 47 tag in normal form. */
  public abstract Optional<Locale> language();

  /** When the record's author retrieved it. */
  public abstract Optional<LocalDate> retrievedOn();

  /**
   * The SHA-256 of the document's bytes as retrieved: 64 lower-case hexadecimal digits, so that a
   * reader can tell the copy they hold is the one cited.
   */
  public abstract Optional<String> sha256();

  /** A builder; {@code title} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SourceDocument}. */
  public static final class Builder extends ImmutableSourceDocument.Builder {
    Builder() {}
  }

  @Value.Check
  SourceDocument normalize() {
    CalendarYears.check("SourceDocument", "publishedOn", publishedOn());
    CalendarYears.check("SourceDocument", "retrievedOn", retrievedOn());
    if (sha256().isPresent() && !isSha256(sha256().get())) {
      throw new InvalidAttributeException("SourceDocument", "sha256", sha256().get(),
          "64 lower-case hexadecimal digits (0-9, a-f)");
    }
    String title = Text.normalize(title(), SourceDocumentAttribute.TITLE);
    Optional<String> author = Text.normalize(author(), SourceDocumentAttribute.AUTHOR);
    Optional<String> publisher = Text.normalize(publisher(), SourceDocumentAttribute.PUBLISHER);
    Optional<Locale> language = language().map(
        tag -> LanguageTags.normalize(tag, SourceDocumentAttribute.LANGUAGE));
    if (title.equals(title()) && author.equals(author()) && publisher.equals(publisher())
        && language.equals(language()) && WebAddresses.isNormalized(url())) {
      return this;
    }
    return builder()
        .from(this)
        .title(title)
        .author(author)
        .publisher(publisher)
        .language(language)
        .url(WebAddresses.normalize(url()))
        .build();
  }

  private static boolean isSha256(String text) {
    if (text.length() != 64) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
        return false;
      }
    }
    return true;
  }

}
