package org.publicprivate.agreements;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Objects;
import org.publicprivate.agreements.attributes.Attribute;

/**
 * Language tags, such as the languages an agreement is signed in: a {@link Locale} that is a
 * well-formed BCP 47 tag, held in its normal form ({@code ko}, {@code en}, {@code zh-Hans}), which
 * is how JSON writes it.
 *
 * <p>{@link Locale#forLanguageTag} reads any text and drops what it cannot read ({@code "en_US"}
 * becomes the root locale); this class refuses such text instead, so that a tag read is the tag
 * written.
 *
 * <pre>{@code
 * LanguageTags.parse("ZH-hans");                 // zh_#Hans, written zh-Hans
 * LanguageTags.parse("en_US");                   // InvalidAttributeException
 * }</pre>
 */
public final class LanguageTags {
  private static final String ALLOWED =
      "a well-formed BCP 47 language tag, such as ko, en or zh-Hans";

  private LanguageTags() {}

  /**
   * The locale of a well-formed BCP 47 language tag, in normal form (letters in their normal case:
   * {@code zh-Hans-CN}).
   *
   * @throws NullPointerException if {@code tag} is null
   * @throws InvalidAttributeException if the tag is not well-formed, such as {@code en_US},
   *     {@code ko-} or the empty text
   */
  public static Locale parse(String tag) {
    Objects.requireNonNull(tag, "tag");
    try {
      return new Locale.Builder().setLanguageTag(tag).build();
    } catch (IllformedLocaleException e) {
      throw new InvalidAttributeException("LanguageTag", "value", tag, ALLOWED);
    }
  }

  /** The tag of a locale held by the model, as JSON writes it, such as {@code zh-Hans}. */
  public static String format(Locale locale) {
    return locale.toLanguageTag();
  }

  /**
   * The normal form of a locale given for {@code attribute}: the locale its tag reads back as, so
   * that the model holds what JSON writes and reads ({@code und-Hang-KR}, the root language with a
   * script and a region, is held as Java reads that tag).
   *
   * @throws InvalidAttributeException if a part of the locale is no well-formed subtag, such as the
   *     variant of {@code new Locale("ko", "", "a b")}, which {@link Locale#toLanguageTag()} would
   *     silently drop
   */
  static Locale normalize(Locale locale, Attribute attribute) {
    try {
      Locale wellFormed = new Locale.Builder().setLocale(locale).build();
      Locale normal = new Locale.Builder().setLanguageTag(wellFormed.toLanguageTag()).build();
      return normal.equals(locale) ? locale : normal;
    } catch (IllformedLocaleException e) {
      throw new InvalidAttributeException(attribute.ownerName(), attribute.jsonName(),
          locale.toString(), ALLOWED);
    }
  }
}
