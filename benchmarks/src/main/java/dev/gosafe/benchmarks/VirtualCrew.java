package dev.gosafe.benchmarks;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/*
 * Maintainer note. A crew is a fixed set of virtual threads started once per trial. Each call to
 * runBatch() releases every member for exactly one round of its work (a bounded loop) and waits
 * until all have finished, so a JMH invocation measures the work plus one wake-up/finish hand-off
 * per member, identical for every contender, amortised over the batch (@OperationsPerInvocation).
 *
 * The coordination deliberately uses none of the structures under test: a volatile generation
 * counter, an AtomicInteger of members still running and LockSupport park/unpark.
 *
 * Never hangs: the driver waits at most BATCH_TIMEOUT and then fails the benchmark with the stack
 * of every member; close() (called from @TearDown after the contender's channels are closed)
 * stops, interrupts and joins the members with a bound.
 */
/** A fixed crew of virtual threads that run one bounded batch of work per {@link #runBatch()}. */
final class VirtualCrew implements AutoCloseable {

  /** The work of one crew member for one batch. */
  @FunctionalInterface
  interface Work {
    void run(int member) throws Exception;
  }

  static final Duration BATCH_TIMEOUT = Duration.ofSeconds(60);

  private final Thread[] members;
  private final Work work;
  private final AtomicInteger remaining = new AtomicInteger();
  private volatile int generation;
  private volatile boolean stopped;
  private volatile Thread driver;
  private volatile Throwable failure;

  VirtualCrew(String name, int size, Work work) {
    this.work = work;
    this.members = new Thread[size];
    for (int i = 0; i < size; i++) {
      final int member = i;
      members[i] = Thread.ofVirtual().name(name + "-" + i).start(() -> loop(member));
    }
  }

  private void loop(int member) {
    int seen = 0;
    while (true) {
      int g;
      while ((g = generation) == seen && !stopped) {
        LockSupport.park(this);
      }
      if (stopped) {
        return;
      }
      seen = g;
      try {
        work.run(member);
      } catch (Throwable t) {
        if (!stopped) {
          failure = t;
        }
      }
      if (remaining.decrementAndGet() == 0) {
        LockSupport.unpark(driver);
      }
    }
  }

  /** Runs one batch on every member and waits for all of them; fails after BATCH_TIMEOUT. */
  void runBatch() {
    driver = Thread.currentThread();
    remaining.set(members.length);
    generation = generation + 1; // only the driver writes it
    for (Thread t : members) {
      LockSupport.unpark(t);
    }
    long deadline = System.nanoTime() + BATCH_TIMEOUT.toNanos();
    while (remaining.get() != 0) {
      LockSupport.parkNanos(this, 10_000_000L);
      if (remaining.get() != 0 && System.nanoTime() - deadline > 0) {
        throw new IllegalStateException("benchmark batch did not finish in " + BATCH_TIMEOUT
            + "; members:\n" + dump());
      }
    }
    Throwable f = failure;
    if (f != null) {
      throw new IllegalStateException("crew member failed", f);
    }
  }

  private String dump() {
    StringBuilder sb = new StringBuilder();
    for (Thread t : members) {
      sb.append(t).append('\n');
      for (StackTraceElement e : t.getStackTrace()) {
        sb.append("    at ").append(e).append('\n');
      }
    }
    return sb.toString();
  }

  /** Stops, interrupts and joins every member (bounded). */
  @Override
  public void close() {
    stopped = true;
    for (Thread t : members) {
      LockSupport.unpark(t);
      t.interrupt();
    }
    for (Thread t : members) {
      try {
        if (!t.join(Duration.ofSeconds(10))) {
          System.err.println("gosafe benchmarks: crew member did not stop: " + t);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
