package org.publicprivate.agreements.testkit;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a {@link Growth} test counted: the sizes, and at each the bytes allocated and the operations
 * counted per element.
 *
 * @param name what was measured
 * @param sizes the sizes, smallest first, each twice the one before
 * @param bytesPerElement the bytes allocated per element at each size
 * @param operationsPerElement the operations counted per element at each size; empty when the
 *     input counted none
 * @param maxRatio the bound of the test
 */
public record GrowthReport(String name, List<Integer> sizes, List<Double> bytesPerElement,
    List<Double> operationsPerElement, double maxRatio) {

  /** A report of the given figures. */
  public GrowthReport {
    Objects.requireNonNull(name, "name");
    sizes = List.copyOf(sizes);
    bytesPerElement = List.copyOf(bytesPerElement);
    operationsPerElement = List.copyOf(operationsPerElement);
    if (sizes.isEmpty() || bytesPerElement.size() != sizes.size()
        || !operationsPerElement.isEmpty() && operationsPerElement.size() != sizes.size()) {
      throw new IllegalArgumentException("GrowthReport of " + name + ": " + sizes.size()
          + " sizes, " + bytesPerElement.size() + " byte counts and "
          + operationsPerElement.size() + " operation counts; allowed one of each per size");
    }
  }

  /**
   * How much the cost per element grew, of the bytes or of the operations, whichever grew more: at
   * most about 1 for a linear cost, {@code 2^d} for a quadratic one over {@code d} doublings. Each
   * cost's growth is the smaller of two measures: the cost per element at some size against the
   * smallest, and the cost of the elements added by some doubling against those added by the
   * first. A cost that grows with the size shows in both; a constant cost that appears only from
   * some size on (a buffer of fixed size, a path first taken) shows in one of them, never in both.
   * A cost under one byte or operation per element counts as one.
   *
   * @return the growth
   */
  public double ratio() {
    return Math.max(growth(bytesPerElement), growth(operationsPerElement));
  }

  /**
   * Whether the cost per element stayed within the bound at every size.
   *
   * @return {@code ratio() <= maxRatio()}
   */
  public boolean isLinear() {
    return ratio() <= maxRatio;
  }

  private double growth(List<Double> perElement) {
    if (perElement.size() < 2) {
      return perElement.isEmpty() ? 0 : 1;
    }
    double whole = 0;
    for (int s = 1; s < perElement.size(); s++) {
      whole = Math.max(whole, atLeastOne(perElement.get(s)) / atLeastOne(perElement.get(0)));
    }
    if (perElement.size() < 3) {
      return whole;
    }
    double added = 0;
    double first = atLeastOne(addedPerElement(perElement, 1));
    for (int s = 2; s < perElement.size(); s++) {
      added = Math.max(added, atLeastOne(addedPerElement(perElement, s)) / first);
    }
    return Math.min(whole, added);
  }

  /** The cost of the elements added from size {@code s - 1} to size {@code s}, per element. */
  private double addedPerElement(List<Double> perElement, int s) {
    double before = perElement.get(s - 1) * sizes.get(s - 1);
    double after = perElement.get(s) * sizes.get(s);
    return (after - before) / (sizes.get(s) - sizes.get(s - 1));
  }

  private static double atLeastOne(double cost) {
    return Math.max(1, cost);
  }

  /**
   * One line: the name, the ratio against the bound, and the costs per element at each size, such as
   * {@code Quantity.parse, digits: 1.0× (bound 1.5×); bytes per element 4.1 at 1,000 … 4.0 at
   * 32,000}.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(name);
    text.append(String.format(Locale.ROOT, ": cost per element grew %.2f× (bound %.1f×)%s; bytes"
        + " per element", ratio(), maxRatio, isLinear() ? "" : ", faster than the sizes"));
    append(text, bytesPerElement);
    if (!operationsPerElement.isEmpty()) {
      text.append("; operations per element");
      append(text, operationsPerElement);
    }
    return text.toString();
  }

  private void append(StringBuilder text, List<Double> perElement) {
    for (int s = 0; s < sizes.size(); s++) {
      text.append(String.format(Locale.ROOT, "%s %.1f at %,d", s == 0 ? "" : ",",
          perElement.get(s), sizes.get(s)));
    }
  }
}
