package org.publicprivate.agreements.format;

import org.publicprivate.agreements.attributes.Attribute;

/**
 * A writer to nothing that finds the lowest format version that holds a document: the highest
 * {@link Attribute#since() since} of the attributes written. Running the format's own writers finds
 * every attribute a document holds, at any depth, without a second list of where attributes sit.
 */
final class VersionProbe implements TokenWriter {
  /** The version this library writes at most: the highest {@code since} of all declarations. */
  static final int CURRENT = FormatVersions.CURRENT;

  private int version = 1;
  private long names;
  private long objects;

  int version() {
    return version;
  }

  /**
   * Writes the object's attributes to nothing, noting the version of each one written. Attributes
   * of version 1 that hold no object cannot raise the version and are skipped once the shape knows
   * them.
   */
  <A extends Enum<A> & Attribute> void object(Shape<A> shape, Output.PropertyWriter<A> properties) {
    objects++;
    A[] attributes = shape.attributes();
    long toVisit = (attributes.length == 64 ? -1L : (1L << attributes.length) - 1)
        & ~shape.firstVersionScalars();
    while (toVisit != 0 && version < CURRENT) {
      A attribute = attributes[Long.numberOfTrailingZeros(toVisit)];
      toVisit &= toVisit - 1;
      long namesBefore = names;
      long objectsBefore = objects;
      properties.write(attribute);
      if (names != namesBefore) {
        if (attribute.since() > version) {
          version = attribute.since();
        } else if (attribute.since() == 1 && objects == objectsBefore) {
          shape.learnFirstVersionScalar(attribute);
        }
      }
    }
  }

  @Override
  public void startObject() {}

  @Override
  public void endObject() {}

  @Override
  public void startArray() {}

  @Override
  public void endArray() {}

  @Override
  public void name(Name name) {
    names++;
  }

  @Override
  public void name(String name) {
    names++;
  }

  @Override
  public void string(String value) {}

  @Override
  public void string(Name value) {}

  @Override
  public void number(long value) {}

  @Override
  public void bool(boolean value) {}
}
