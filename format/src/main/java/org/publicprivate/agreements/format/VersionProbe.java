package org.publicprivate.agreements.format;

import org.publicprivate.agreements.attributes.Attribute;

/**
 * A writer to nothing that finds the lowest format version that holds a document: the highest
 * {@link Attribute#since() since} of the names written. Running the format's own writers finds
 * every attribute a document holds, at any depth, without a second list of where attributes sit.
 *
 * <p>An {@link Output} over a probe goes into an attribute's objects only when {@link
 * Name#raises()} says they can hold a later attribute, and into nothing once the version is the
 * current one: a document of version 1 costs a look at each attribute, and an encoding of none.
 */
final class VersionProbe implements TokenWriter {
  /** The version this library writes at most: the highest {@code since} of all declarations. */
  static final int CURRENT = FormatVersions.CURRENT;

  private int version = 1;

  int version() {
    return version;
  }

  /** Whether the version found is the current one, so that nothing more can raise it. */
  boolean done() {
    return version >= CURRENT;
  }

  @Override
  public void startObject() {}

  @Override
  public void endObject() {}

  @Override
  public void startArray() {}

  @Override
  public void endArray() {}

  /** Raises the version to the name's attribute's, if that is higher. */
  @Override
  public void name(Name name) {
    if (name.since() > version) {
      version = name.since();
    }
  }

  /**
   * A name that is no attribute's: an extension's member, always within an attribute whose own
   * name raised the version.
   */
  @Override
  public void name(String name) {}

  @Override
  public void string(String value) {}

  @Override
  public void string(Name value) {}

  @Override
  public void number(long value) {}

  @Override
  public void bool(boolean value) {}
}
