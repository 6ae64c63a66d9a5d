package org.publicprivate.agreements.benchmarks.report;

import java.util.Locale;
import org.publicprivate.agreements.benchmarks.report.Results.Result;

/** Times and sizes in the unit that reads best, with three significant figures or so. */
final class Units {
  private Units() {}

  /** A score with its error, such as {@code 12.3 ± 0.4 µs}. */
  static String time(Result result) {
    if (Double.isNaN(result.errorNanos())) {
      return nanos(result.nanos());
    }
    double scale = scale(result.nanos());
    return String.format(Locale.ROOT, "%s ± %s %s", figure(result.nanos() / scale),
        figure(result.errorNanos() / scale), unit(scale));
  }

  static String nanos(double nanos) {
    double scale = scale(nanos);
    return figure(nanos / scale) + " " + unit(scale);
  }

  static String bytes(double bytes) {
    if (bytes < 1024) {
      return String.format(Locale.ROOT, "%.0f B", bytes);
    }
    if (bytes < 1024 * 1024) {
      return figure(bytes / 1024) + " KiB";
    }
    return figure(bytes / (1024 * 1024)) + " MiB";
  }

  private static double scale(double nanos) {
    return nanos < 1e3 ? 1 : nanos < 1e6 ? 1e3 : nanos < 1e9 ? 1e6 : 1e9;
  }

  private static String unit(double scale) {
    return scale == 1 ? "ns" : scale == 1e3 ? "µs" : scale == 1e6 ? "ms" : "s";
  }

  private static String figure(double value) {
    return String.format(Locale.ROOT, value < 10 ? "%.2f" : value < 100 ? "%.1f" : "%.0f", value);
  }
}
