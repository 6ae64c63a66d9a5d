package org.publicprivate.agreements.diff;

/** What happened to an attribute or an element between two versions of an agreement. */
public enum ChangeKind {
  /** The later version holds a value, or an element, the earlier one does not. */
  ADDED,
  /** The earlier version holds a value, or an element, the later one does not. */
  REMOVED,
  /** Both versions hold a value, and the values differ. */
  CHANGED
}
