package org.publicprivate.agreements.format;

import org.publicprivate.agreements.attributes.Attribute;
import org.publicprivate.agreements.attributes.Attributes;

/**
 * The versions of the format, from the declarations: the current one is the highest {@code since}
 * of any attribute, and a reader takes every version from 1 to it.
 */
final class FormatVersions {
  /** The highest version this library reads and writes. */
  static final int CURRENT = highestSince();

  private FormatVersions() {}

  private static int highestSince() {
    int highest = 1;
    for (Class<? extends Attribute> type : Attributes.types()) {
      for (Attribute attribute : Attributes.of(type)) {
        highest = Math.max(highest, attribute.since());
      }
    }
    return highest;
  }

  /** The version a reader takes that these digits name, or 0 when it takes none. */
  static int supported(String digits) {
    for (int version = 1; version <= CURRENT; version++) {
      if (digits.equals(Integer.toString(version))) {
        return version;
      }
    }
    return 0;
  }

  /** "1 and 2", the versions a reader takes, for a message. */
  static String describe() {
    StringBuilder text = new StringBuilder("1");
    for (int version = 2; version <= CURRENT; version++) {
      text.append(version == CURRENT ? " and " : ", ").append(version);
    }
    return text.toString();
  }

  /** The reason given for an attribute of a later version than the document declares. */
  static String needs(Attribute attribute, int declared) {
    return "\"" + attribute.jsonName() + "\" needs formatVersion " + attribute.since()
        + "; the document declares formatVersion " + declared;
  }
}
