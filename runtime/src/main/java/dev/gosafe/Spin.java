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
 * (Chan.spinOn). docs/adr/0010 and 0011 have the measurements.
 *
 * Not blind: each channel keeps a spin credit. A failed spin takes one, a successful one gives
 * one back, up to CREDIT; waiters spin while it is positive. So spinning stays on while more
 * than about half of the spins succeed and goes off when most fail. With the credit used up,
 * one operation in PROBE_EVERY that may wait spins anyway (a probe); a probe that succeeds
 * gives PROBE_CREDIT (one more spin; the credit then grows only as spins keep succeeding), so a
 * channel whose partners are mostly queued (more tasks than carriers) wastes about one spin per
 * PROBE_EVERY operations. (A trial of four spins after each successful probe, and a probe every
 * 128 operations, cost 16 pairs a few percent.)
 *
 * Why a credit and not a bound halved on each failure (ADR 0010's first policy): two tasks
 * ping-ponging on one carrier (the other idle) fail every spin until the idle carrier steals one
 * of them, tens of microseconds later; after that, spins succeed. Halving stopped spinning within
 * four waits, before the steal, and once both tasks parked, every unpark put the partner back on
 * the unparker's carrier, so the pair stayed on one carrier at 0.6-0.9M round trips/s instead of
 * 1.5-2.5M. A fresh channel starts with the full CREDIT, enough to wait for the steal; a streak
 * of successes refills it. Counting only failures in a row (the policy tried first) kept
 * spinning on with 16 pairs on two carriers, where one spin in five or ten succeeds, and cost 10%
 * there (docs/adr/0011). The JDK's SynchronousQueue spins unless its carrier has queued work
 * (ForkJoinWorkerThread.hasKnownQueuedWork, which is not public).
 *
 * Spinning is off when there is a single CPU or carrier (nothing can complete the wait while the
 * waiter occupies the only one), and with -Dgosafe.chan.spinNanos=0. Buffered channels never
 * spin: measured, a consumer spinning on an empty buffer turns a producer that would fill the
 * buffer alone into a lock-step exchange per message (W2 fell from 6.0M to 3.7M msgs/s). They
 * yield the carrier once instead (BUFFER_YIELDS, docs/adr/0013).
 *
 * The clock is read only after the first CLOCK_EVERY pauses (a spin that succeeds at once does
 * not pay for System.nanoTime), then every CLOCK_EVERY pauses; a spin lasts about MAX_NANOS plus
 * CLOCK_EVERY pauses.
 */

/** Bounded spinning of a rendezvous waiter before it parks (package-private). */
final class Spin {
  /** Longest spin of a waiter, in nanoseconds (about); 0 disables spinning. */
  static final int MAX_NANOS = Math.max(0, Integer.getInteger("gosafe.chan.spinNanos", 2_000));
  /** Spin credit of a fresh channel, and the most it can hold. */
  static final int CREDIT = 32;
  /** Credit after a successful probe: one more spin, and more only as spins keep succeeding. */
  static final int PROBE_CREDIT = 1;
  /** A channel that has stopped spinning probes once in this many operations that may wait. */
  static final int PROBE_EVERY = 512;
  /**
   * Yields of a task (virtual thread) that finds a buffered channel full (send) or empty (recv),
   * before it queues and parks; -Dgosafe.chan.bufferYields=0 turns them off. A yield puts the task
   * behind the tasks queued on its carrier, which are often the partners that drain or fill the
   * buffer: W3 (4 producers, 4 consumers, 2 carriers) ran 13.5-14.1M msgs/s with one yield against
   * 9.8-10.3M without, W2 (1/1) unchanged within its noise (benchmarks/results/w23-yield).
   */
  static final int BUFFER_YIELDS = Math.max(0, Integer.getInteger("gosafe.chan.bufferYields", 1));

  /**
   * Pauses a sender waits for the lessee of an unbuffered channel's recv slot to claim it again
   * before it offers its value (ChanQueues.giveToReturningLessee, docs/adr/0015).
   */
  static final int LEASE_WAIT_SPINS = Integer.getInteger("gosafe.chan.leaseWaitSpins", 32);

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

  /** Spins until {@code w} is done or about {@code limitNanos} have passed; true if done. */
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
