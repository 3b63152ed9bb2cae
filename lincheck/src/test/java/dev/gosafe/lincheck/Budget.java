package dev.gosafe.lincheck;

import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.StressOptions;

/**
 * The size of every Lincheck run, kept small for the build (the whole module runs in one to two
 * minutes on 2 cores). {@code -Dgosafe.lincheck.scale=N} multiplies the number of scenarios
 * (iterations) for a longer run, and {@code -Dgosafe.lincheck.stress=true} adds Lincheck's stress
 * mode (real threads, no instrumented scheduling) to the linearizability tests; see
 * docs/concurrency-testing.md.
 */
final class Budget {
  /** Multiplier of iterations; 1 in the build. */
  static final int SCALE = Integer.getInteger("gosafe.lincheck.scale", 1);

  /** Whether the linearizability tests also run in Lincheck's stress mode; off in the build. */
  static final boolean STRESS = Boolean.getBoolean("gosafe.lincheck.stress");

  private Budget() {}

  /** Model checking: systematic interleavings of small scenarios (2-3 threads, 2-3 operations). */
  static ModelCheckingOptions modelChecking() {
    return new ModelCheckingOptions()
        .iterations(4 * SCALE)
        .invocationsPerIteration(150)
        .threads(2)
        .actorsPerThread(3)
        .actorsBefore(1)
        .actorsAfter(1);
  }

  /** Model checking with three threads and fewer operations each. */
  static ModelCheckingOptions modelChecking3() {
    return new ModelCheckingOptions()
        .iterations(3 * SCALE)
        .invocationsPerIteration(150)
        .threads(3)
        .actorsPerThread(2)
        .actorsBefore(1)
        .actorsAfter(1);
  }

  /** Stress: the same scenarios run for real on the machine's cores, many times each. */
  static StressOptions stress() {
    return new StressOptions()
        .iterations(6 * SCALE)
        .invocationsPerIteration(1_000)
        .threads(2)
        .actorsPerThread(3)
        .actorsBefore(1)
        .actorsAfter(1);
  }

  /** Invocations of a {@code Lincheck.runConcurrentTest} scenario. */
  static int invocations() {
    return 150 * SCALE;
  }
}
