package org.publicprivate.agreements.validation;

import java.util.Comparator;

/**
 * Orders violations by path in document order (list indexes compared as numbers, so that {@code
 * commitments[2]} comes before {@code commitments[10]}), then by code, then by message.
 */
final class ViolationOrder implements Comparator<Violation> {
  static final ViolationOrder INSTANCE = new ViolationOrder();

  private ViolationOrder() {}

  @Override
  public int compare(Violation a, Violation b) {
    int byPath = comparePaths(a.path(), b.path());
    if (byPath != 0) {
      return byPath;
    }
    int byCode = a.code().compareTo(b.code());
    return byCode != 0 ? byCode : a.message().compareTo(b.message());
  }

  static int comparePaths(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (isDigit(x) && isDigit(y)) {
        int endA = digitsEnd(a, i);
        int endB = digitsEnd(b, j);
        int byLength = Integer.compare(endA - i, endB - j);
        if (byLength != 0) {
          return byLength;
        }
        int byDigits = a.substring(i, endA).compareTo(b.substring(j, endB));
        if (byDigits != 0) {
          return byDigits;
        }
        i = endA;
        j = endB;
      } else {
        if (x != y) {
          return Character.compare(x, y);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digitsEnd(String s, int from) {
    int end = from;
    while (end < s.length() && isDigit(s.charAt(end))) {
      end++;
    }
    return end;
  }
}
