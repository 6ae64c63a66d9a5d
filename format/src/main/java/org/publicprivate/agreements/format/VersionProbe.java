package org.publicprivate.agreements.format;

import org.publicprivate.agreements.attributes.Attribute;

/**
 * A writer to nothing that finds the lowest format version that holds a document: the highest
 * {@link Attribute#since() since} of the names written. Running the format's own writers finds
 * every attribute a document holds, at any depth, without a second list of where attributes sit.
 *
 * <p>The writers visit only the attributes that can raise the version ({@link
 * Shape#firstRaising()}): those of a later version, and those whose objects hold such attributes.
 * A document of version 1 thus costs a look at each attribute of version 2, present or not, and at
 * nothing else; once the version is the current one, nothing more is visited.
 */
final class VersionProbe implements TokenWriter {
  /** The version this library writes at most: the highest {@code since} of all declarations. */
  static final int CURRENT = FormatVersions.CURRENT;

  private int version = 1;

  int version() {
    return version;
  }

  /** Starts an object: its first attribute to visit, or {@code null}. */
  <A extends Enum<A> & Attribute> A first(Shape<A> shape) {
    return version >= CURRENT ? null : shape.firstRaising();
  }

  /** The attribute to visit after {@code visited}, or {@code null}. */
  <A extends Enum<A> & Attribute> A next(Shape<A> shape, A visited) {
    return version >= CURRENT ? null : shape.raisingAfter(visited);
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
