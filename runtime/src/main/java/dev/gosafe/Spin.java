package dev.gosafe;

/*
 * Maintainer note.
 *
 * A rendezvous (unbuffered channel) hand-off between two tasks running on two carriers costs a
 * few hundred nanoseconds; parking the waiting task and unparking it costs about 1 microsecond of
 * CPU on JDK 25 (a freeze, a thaw, a scheduler submission) and more in latency. So a waiter on an
 * unbuffered channel first spins, bounded in time, and parks only if its partner has not come
 * (Chan.awaitPlain). docs/adr/0010 has the measurements; ADR 0008 the experiments before it.
 *
 * Not blind: the bound is adaptive per channel (Chan.spin). A spin that succeeds restores the
 * full MAX_NANOS; one that fails halves the channel's bound, down to 0 below MIN_NANOS. At 0 the
 * channel's waiters park at once, except one wait in PROBE_EVERY, which spins PROBE_NANOS to see
 * whether the partner has become responsive again. A partner that is slow, or queued behind the
 * waiter on the same carrier (more tasks than carriers), makes spins fail, and the channel stops
 * spinning within four waits. Spinning is off when there is a single CPU or carrier (nothing can
 * complete the wait while the waiter occupies the only one), and with -Dgosafe.chan.spinNanos=0.
 *
 * Buffered channels never spin: measured, a consumer spinning on an empty buffer turns a producer
 * that would fill the buffer alone into a lock-step exchange per message (W2 fell from 6.0M to
 * 3.7M msgs/s).
 */

/** Bounded spinning of a rendezvous waiter before it parks (package-private). */
final class Spin {
  /** Longest spin of a waiter, in nanoseconds; 0 disables spinning. */
  static final int MAX_NANOS = Math.max(0, Integer.getInteger("gosafe.chan.spinNanos", 2_000));
  /** Below this a failing channel stops spinning. */
  static final int MIN_NANOS = 200;
  /** The spin of a probe once a channel has stopped spinning. */
  static final int PROBE_NANOS = 500;
  /** A channel that has stopped spinning probes once in this many waits. */
  static final int PROBE_EVERY = 64;
  /** Whether spinning can help at all: more than one CPU and carrier, and not disabled. */
  static final boolean ENABLED = MAX_NANOS > 0 && parallelism() > 1;

  private Spin() {}

  private static int parallelism() {
    int n = Runtime.getRuntime().availableProcessors();
    String p = System.getProperty("jdk.virtualThreadScheduler.parallelism");
    if (p != null) {
      try {
        n = Math.min(n, Integer.parseInt(p.trim()));
      } catch (NumberFormatException e) {
        // the JDK rejects the value itself when it creates the scheduler
      }
    }
    return n;
  }

  /** Spins until {@code w} is done or {@code limitNanos} have passed; returns whether it is done. */
  static boolean until(Waiter w, int limitNanos) {
    long start = System.nanoTime();
    for (int i = 1; ; i++) {
      if (w.done) {
        return true;
      }
      Thread.onSpinWait();
      if ((i & 7) == 0 && System.nanoTime() - start > limitNanos) {
        return w.done;
      }
    }
  }

  /** The bound after a failed spin of {@code limit} nanoseconds. */
  static int lower(int limit) {
    int l = limit >> 1;
    return l < MIN_NANOS ? 0 : l;
  }
}
