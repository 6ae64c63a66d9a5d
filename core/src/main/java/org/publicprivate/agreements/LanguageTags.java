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
   * Checks that a locale given for {@code attribute} is a well-formed tag: that its tag reads back
   * as the same locale. A {@link Locale} holds its parts in their normal case, so such a locale is
   * in normal form.
   *
   * @throws InvalidAttributeException if the locale is no well-formed BCP 47 tag: a part of it
   *     holds what a tag cannot, such as {@code new Locale("ko", "", "a b")}, whose tag drops the
   *     variant
   */
  static void requireWellFormed(Locale locale, Attribute attribute) {
    String tag = locale.toLanguageTag();
    Locale read;
    try {
      read = new Locale.Builder().setLanguageTag(tag).build();
    } catch (IllformedLocaleException e) {
      read = null;
    }
    if (read == null || !read.equals(locale)) {
      throw new InvalidAttributeException(attribute.ownerName(), attribute.jsonName(),
          locale.toString(), ALLOWED);
    }
  }
}
