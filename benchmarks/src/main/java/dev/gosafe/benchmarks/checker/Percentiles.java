package dev.gosafe.benchmarks.checker;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Order statistics over a list of numbers (nearest-rank percentiles). */
final class Percentiles {
  private final List<Double> sorted;

  Percentiles(List<? extends Number> values) {
    List<Double> s = new ArrayList<>();
    for (Number v : values) {
      s.add(v.doubleValue());
    }
    Collections.sort(s);
    this.sorted = s;
  }

  int count() {
    return sorted.size();
  }

  double min() {
    return sorted.get(0);
  }

  double max() {
    return sorted.get(sorted.size() - 1);
  }

  double sum() {
    double t = 0;
    for (double v : sorted) {
      t += v;
    }
    return t;
  }

  /** The median (mean of the two middle values for an even count). */
  double median() {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** The nearest-rank {@code p}-th percentile, 0 < p ≤ 100. */
  double percentile(double p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  /** How many values are greater than {@code limit}. */
  long countAbove(double limit) {
    return sorted.stream().filter(v -> v > limit).count();
  }
}
