package dev.gosafe;

/*
 * Maintainer note.
 *
 * A rendezvous (unbuffered channel) hand-off between two tasks running on two carriers costs a
 * few hundred nanoseconds; parking the waiting task and unparking it costs about 1 microsecond of
 * CPU on JDK 25 (a freeze, a thaw, a scheduler submission) and more in latency. So a waiter on an
 * unbuffered channel first spins, bounded in time (about MAX_NANOS), and parks only if its partner
 * has not come. It spins in a slot of the channel where the partner completes it with one CAS
 * (ChanQueues, docs/adr/0011) or, when the slot is taken, on its own queued Waiter
 * (Chan.awaitPlain). docs/adr/0010 and 0011 have the measurements.
 *
 * Not blind: per channel, OFF_AFTER spins in a row that fail switch spinning off (waiters park at
 * once), and then one wait in PROBE_EVERY spins again; a spin that succeeds switches it back on.
 * A partner that is slow, or queued behind the waiter on the same carrier (more tasks than
 * carriers), fails every spin, so the channel stops spinning after OFF_AFTER waits and then
 * wastes one spin per PROBE_EVERY waits (about 2 us per 128 operations).
 *
 * Why consecutive failures and not a bound halved on each failure (ADR 0010's first policy):
 * two tasks ping-ponging on one carrier (the other idle) fail every spin until the idle carrier
 * steals one of them, tens of microseconds later; after that, spins succeed. A halving bound
 * stopped spinning within four waits, before the steal, and once both tasks parked every unpark
 * put the partner back on the unparker's carrier, so the pair stayed on one carrier at
 * 0.6-0.9M round trips/s instead of 1.5-2.5M (docs/adr/0011). The JDK's SynchronousQueue spins
 * unless its carrier has queued work (ForkJoinWorkerThread.hasKnownQueuedWork, not public).
 *
 * Spinning is off when there is a single CPU or carrier (nothing can complete the wait while the
 * waiter occupies the only one), and with -Dgosafe.chan.spinNanos=0. Buffered channels never
 * spin: measured, a consumer spinning on an empty buffer turns a producer that would fill the
 * buffer alone into a lock-step exchange per message (W2 fell from 6.0M to 3.7M msgs/s).
 *
 * The clock is read only after the first CLOCK_EVERY pauses (a spin that succeeds at once does
 * not pay for System.nanoTime), then every CLOCK_EVERY pauses; a spin lasts about MAX_NANOS plus
 * CLOCK_EVERY pauses.
 */

/** Bounded spinning of a rendezvous waiter before it parks (package-private). */
final class Spin {
  /** Longest spin of a waiter, in nanoseconds (about); 0 disables spinning. */
  static final int MAX_NANOS = Math.max(0, Integer.getInteger("gosafe.chan.spinNanos", 2_000));
  /** Failed spins in a row after which a channel stops spinning. */
  static final int OFF_AFTER = 32;
  /** A channel that has stopped spinning probes once in this many waits. */
  static final int PROBE_EVERY = 128;
  /** Pauses between two reads of the clock, and before the first. */
  static final int CLOCK_EVERY = 16;
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

  /** Spins until {@code w} is done or about {@code limitNanos} have passed; returns whether done. */
  static boolean until(Waiter w, int limitNanos) {
    long deadline = 0L;
    for (int i = 1; ; i++) {
      if (w.done) {
        return true;
      }
      Thread.onSpinWait();
      if (i % CLOCK_EVERY == 0) {
        long now = System.nanoTime();
        if (deadline == 0L) {
          deadline = now + limitNanos;
        } else if (now - deadline > 0) {
          return w.done;
        }
      }
    }
  }
}
