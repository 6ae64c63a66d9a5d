package org.publicprivate.agreements.format;

import java.util.Arrays;
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
  /** Per open object, innermost last: the attributes left to visit, as bits by ordinal. */
  private long[] toVisit = new long[16];
  /** Per open object: {@link #names} and {@link #objects} before its attribute being visited. */
  private long[] namesBefore = new long[16];
  private long[] objectsBefore = new long[16];
  private int depth;

  int version() {
    return version;
  }

  /**
   * Starts an object: returns its first attribute to visit. Attributes of version 1 that hold no
   * object cannot raise the version and are skipped once the shape knows them; once the version is
   * the current one, nothing is visited.
   */
  <A extends Enum<A> & Attribute> A first(Shape<A> shape) {
    objects++;
    if (depth == toVisit.length) {
      toVisit = Arrays.copyOf(toVisit, depth * 2);
      namesBefore = Arrays.copyOf(namesBefore, depth * 2);
      objectsBefore = Arrays.copyOf(objectsBefore, depth * 2);
    }
    int count = shape.attributes().length;
    toVisit[depth] = (count == 64 ? -1L : (1L << count) - 1) & ~shape.firstVersionScalars();
    depth++;
    return visit(shape);
  }

  /** Notes the version of {@code written} if it wrote a name; returns the next one to visit. */
  <A extends Enum<A> & Attribute> A next(Shape<A> shape, A written) {
    int top = depth - 1;
    if (names != namesBefore[top]) {
      if (written.since() > version) {
        version = written.since();
      } else if (written.since() == 1 && objects == objectsBefore[top]) {
        shape.learnFirstVersionScalar(written);
      }
    }
    return visit(shape);
  }

  private <A extends Enum<A> & Attribute> A visit(Shape<A> shape) {
    int top = depth - 1;
    long left = toVisit[top];
    if (left == 0 || version >= CURRENT) {
      depth--;
      return null;
    }
    toVisit[top] = left & (left - 1);
    namesBefore[top] = names;
    objectsBefore[top] = objects;
    return shape.attributes()[Long.numberOfTrailingZeros(left)];
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
