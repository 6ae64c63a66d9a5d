package org.publicprivate.agreements.testkit;

/** The arguments of a property of two or three values, as one generated value. */
final class Tuple {

  private Tuple() {
  }

  record Of2<A, B>(A first, B second) {
    @Override
    public String toString() {
      return "(" + PropertyFailedException.describe(first) + ", "
          + PropertyFailedException.describe(second) + ")";
    }
  }

  record Of3<A, B, C>(A first, B second, C third) {
    @Override
    public String toString() {
      return "(" + PropertyFailedException.describe(first) + ", "
          + PropertyFailedException.describe(second) + ", "
          + PropertyFailedException.describe(third) + ")";
    }
  }
}
