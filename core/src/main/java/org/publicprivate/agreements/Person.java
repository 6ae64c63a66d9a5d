package org.publicprivate.agreements;

import java.util.Optional;
import org.immutables.value.Value;
import org.publicprivate.agreements.attributes.PersonAttribute;

/**
 * A named person, such as a signatory or a representative, with an optional title.
 *
 * <pre>{@code
 * Person mayor = Person.of("박형준", "부산광역시장");
 * }</pre>
 */
@Value.Immutable
public abstract class Person implements WithPerson {
  Person() {}

  /** The person's name, stripped and in NFC. */
  public abstract String name();

  /** The person's name in English or in Latin letters, such as {@code Park Heong-joon}. */
  public abstract Optional<String> englishName();

  /** The person's title or office, such as {@code 부산광역시장}; absent when blank. */
  public abstract Optional<String> title();

  /** A person with a name and no title. */
  public static Person of(String name) {
    return builder().name(name).build();
  }

  /** A person with a name and a title. */
  public static Person of(String name, String title) {
    return builder().name(name).title(title).build();
  }

  /** A builder for a person. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Person}; {@code name} is required. */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }

  @Value.Check
  Person normalize() {
    String name = Text.normalize(name(), PersonAttribute.NAME);
    Optional<String> englishName = Text.normalize(englishName(), PersonAttribute.ENGLISH_NAME);
    Optional<String> title = Text.normalize(title(), PersonAttribute.TITLE);
    if (name.equals(name()) && englishName.equals(englishName()) && title.equals(title())) {
      return this;
    }
    return ImmutablePerson.builder().name(name).englishName(englishName).title(title).build();
  }

}
