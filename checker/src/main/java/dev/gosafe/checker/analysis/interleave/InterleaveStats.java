package dev.gosafe.checker.analysis.interleave;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters of the interleaving analysis, process-wide (the CLI and the benchmarks print them).
 * Thread-safe; {@link #reset()} is for tests and benchmarks.
 */
public final class InterleaveStats {
  /** The per-method state budget: after this many explored states the method is skipped silently. */
  public static final int MAX_STATES = 20_000;
  /** The per-method time budget in milliseconds, checked while exploring. */
  public static final long MAX_MILLIS = 50;
  /** The most processes (the method plus the task instances it starts) explored together. */
  public static final int MAX_PROCESSES = 8;

  private static final AtomicLong METHODS = new AtomicLong();
  private static final AtomicLong EXPLORED = new AtomicLong();
  private static final AtomicLong BUDGET_EXCEEDED = new AtomicLong();
  private static final AtomicLong STATES = new AtomicLong();
  private static final AtomicLong MAX_STATES_SEEN = new AtomicLong();
  private static final AtomicLong MAX_NANOS = new AtomicLong();
  private static volatile String slowest = "";

  private InterleaveStats() {}

  /** Methods looked at. */
  public static long methods() {
    return METHODS.get();
  }

  /** Methods whose interleavings were explored (they start tasks or use channels they create). */
  public static long explored() {
    return EXPLORED.get();
  }

  /** Methods skipped because the state or time budget ran out. */
  public static long budgetExceeded() {
    return BUDGET_EXCEEDED.get();
  }

  /** Total states explored. */
  public static long states() {
    return STATES.get();
  }

  /** The largest number of states explored for one method. */
  public static long maxStatesPerMethod() {
    return MAX_STATES_SEEN.get();
  }

  /** The longest time spent on one method (all cross-task analyses), in nanoseconds. */
  public static long maxNanosPerMethod() {
    return MAX_NANOS.get();
  }

  /** The method that took {@link #maxNanosPerMethod()}, as "Owner#signature". */
  public static String slowestMethod() {
    return slowest;
  }

  public static void reset() {
    slowest = "";
    METHODS.set(0);
    EXPLORED.set(0);
    BUDGET_EXCEEDED.set(0);
    STATES.set(0);
    MAX_STATES_SEEN.set(0);
    MAX_NANOS.set(0);
  }

  /** A one-line summary. */
  public static String summary() {
    return "interleave: methods=" + methods() + " explored=" + explored() + " budgetExceeded="
        + budgetExceeded() + " states=" + states() + " maxStatesPerMethod=" + maxStatesPerMethod()
        + " maxMillisPerMethod=" + String.format(java.util.Locale.ROOT, "%.3f",
            maxNanosPerMethod() / 1e6) + " in " + slowestMethod() + " (budget " + MAX_STATES
        + " states / " + MAX_MILLIS + " ms)";
  }

  static void method() {
    METHODS.incrementAndGet();
  }

  static void explored(int states, boolean exceeded) {
    EXPLORED.incrementAndGet();
    STATES.addAndGet(states);
    MAX_STATES_SEEN.accumulateAndGet(states, Math::max);
    if (exceeded) {
      BUDGET_EXCEEDED.incrementAndGet();
    }
  }

  static synchronized void time(long nanos, String method) {
    if (nanos > MAX_NANOS.get()) {
      MAX_NANOS.set(nanos);
      slowest = method;
    }
  }
}
