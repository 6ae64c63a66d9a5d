package org.publicprivate.agreements;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

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

  /** The document's title or headline. */
  public abstract String title();

  /** Who published it. */
  public abstract Optional<String> publisher();

  /** Where it can be read; its scheme and host are stored in lower case. */
  public abstract Optional<URI> url();

  /** When it was published. */
  public abstract Optional<LocalDate> publishedOn();

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
    String title = Text.normalize(title(), "SourceDocument", "title");
    Optional<String> publisher = Text.normalize(publisher(), "SourceDocument", "publisher");
    if (title.equals(title()) && publisher.equals(publisher()) && WebAddresses.isNormalized(url())) {
      return this;
    }
    return builder()
        .from(this)
        .title(title)
        .publisher(publisher)
        .url(WebAddresses.normalize(url()))
        .build();
  }

}
