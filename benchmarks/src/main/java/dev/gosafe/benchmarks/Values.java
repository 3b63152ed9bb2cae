package dev.gosafe.benchmarks;

/** Preallocated message values, so that no contender pays for boxing. */
final class Values {
  private static final Integer[] VALUES = new Integer[1024];

  static {
    for (int i = 0; i < VALUES.length; i++) {
      VALUES[i] = i + 1; // boxed once, here
    }
  }

  private Values() {}

  static Integer of(int i) {
    return VALUES[i & (VALUES.length - 1)];
  }
}
