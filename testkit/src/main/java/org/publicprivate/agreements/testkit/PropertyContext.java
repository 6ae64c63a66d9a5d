package org.publicprivate.agreements.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * The settings a {@link PropertyTest @PropertyTest} gives the properties its method runs, and the
 * results they return, kept for the method's thread while it runs.
 */
final class PropertyContext implements AutoCloseable {

  private static final ThreadLocal<PropertyContext> CURRENT = new ThreadLocal<>();

  private final Settings defaults;
  private final PropertyContext previous;
  private final List<PropertyResult> results = new ArrayList<>();

  private PropertyContext(Settings defaults, PropertyContext previous) {
    this.defaults = defaults;
    this.previous = previous;
  }

  /** Makes {@code defaults} apply to the properties run on this thread until {@link #close()}. */
  static PropertyContext enter(Settings defaults) {
    PropertyContext context = new PropertyContext(defaults, CURRENT.get());
    CURRENT.set(context);
    return context;
  }

  /** The settings of the current {@code @PropertyTest}, or none. */
  static Settings defaults() {
    PropertyContext context = CURRENT.get();
    return context == null ? Settings.NONE : context.defaults;
  }

  /** Records a passing run, for the test's report entry. */
  static void record(PropertyResult result) {
    PropertyContext context = CURRENT.get();
    if (context != null) {
      context.results.add(result);
    }
  }

  /** The passing runs recorded so far. */
  List<PropertyResult> results() {
    return List.copyOf(results);
  }

  @Override
  public void close() {
    if (previous == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
  }
}
