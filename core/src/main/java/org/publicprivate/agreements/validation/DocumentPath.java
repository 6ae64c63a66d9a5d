package org.publicprivate.agreements.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A place in an agreement, in the JSON's own terms: {@code commitments[2].parties[0]}.
 *
 * <p>A path is built step by step from the document's root; each step returns a new path and
 * shares the steps before it, so building the paths of many findings stays cheap.
 *
 * <pre>{@code
 * DocumentPath path = DocumentPath.of("commitments").index(2).property("parties").index(0);
 * path.toString(); // commitments[2].parties[0]
 * }</pre>
 */
public final class DocumentPath {
  private static final DocumentPath ROOT = new DocumentPath(null, null, -1, 0);

  private final DocumentPath parent;
  /** The property this step names; null for a list index and for the root. */
  private final String property;
  /** The list index this step names; -1 for a property and for the root. */
  private final int index;
  private final int depth;

  private DocumentPath(DocumentPath parent, String property, int index, int depth) {
    this.parent = parent;
    this.property = property;
    this.index = index;
    this.depth = depth;
  }

  /** The document itself; its text is empty. */
  public static DocumentPath root() {
    return ROOT;
  }

  /** The path of a property of the document, such as {@code parties}. */
  public static DocumentPath of(String property) {
    return ROOT.property(property);
  }

  /**
   * The path of the property {@code name} of the value at this path.
   *
   * @throws IllegalArgumentException if {@code name} is empty or holds {@code .}, {@code [} or
   *     {@code ]}
   */
  public DocumentPath property(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty() || name.indexOf('.') >= 0 || name.indexOf('[') >= 0
        || name.indexOf(']') >= 0) {
      throw new IllegalArgumentException(
          "DocumentPath.property must be a name without '.', '[' or ']', was \"" + name + "\"");
    }
    return new DocumentPath(this, name, -1, depth + 1);
  }

  /**
   * The path of the element at {@code index} of the list at this path.
   *
   * @throws IllegalArgumentException if {@code index} is negative, or this path is the root or
   *     ends in an index (the model has no lists of lists)
   */
  public DocumentPath index(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("DocumentPath.index must be 0 or more, was " + index);
    }
    if (property == null) {
      throw new IllegalArgumentException("DocumentPath.index needs a property that is a list, but "
          + (this == ROOT ? "the root is none" : "\"" + this + "\" ends in an index"));
    }
    return new DocumentPath(this, null, index, depth + 1);
  }

  /** Whether this is the document itself. */
  public boolean isRoot() {
    return depth == 0;
  }

  /**
   * The steps from the root: a {@code String} for each property and an {@code Integer} for each
   * list index.
   */
  List<Object> steps() {
    Object[] steps = new Object[depth];
    for (DocumentPath step = this; step.depth > 0; step = step.parent) {
      steps[step.depth - 1] = step.property != null ? step.property : (Object) step.index;
    }
    return Collections.unmodifiableList(new ArrayList<>(List.of(steps)));
  }

  /** The path as text: {@code commitments[2].parties[0]}; empty for the root. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(16 * depth);
    append(text);
    return text.toString();
  }

  private void append(StringBuilder text) {
    if (parent == null) {
      return;
    }
    parent.append(text);
    if (property == null) {
      text.append('[').append(index).append(']');
    } else {
      if (text.length() > 0) {
        text.append('.');
      }
      text.append(property);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DocumentPath && toString().equals(other.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }
}
