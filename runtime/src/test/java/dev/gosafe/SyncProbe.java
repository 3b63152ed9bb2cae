package dev.gosafe;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A virtual thread started by a sync test, whose Blocking record the test can watch to know
 * deterministically that the thread is parked in a given operation (no sleeps).
 */
final class SyncProbe {
  final Thread thread;
  private volatile Blocking record;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  private SyncProbe(Runnable body) {
    this.thread =
        Thread.ofVirtual()
            .unstarted(
                () -> {
                  record = Blocking.current();
                  try {
                    body.run();
                  } catch (Throwable t) {
                    failure.set(t);
                  }
                });
  }

  /** Starts {@code body} on a new virtual thread; its exception is kept for {@link #failure()}. */
  static SyncProbe start(Runnable body) {
    SyncProbe p = new SyncProbe(body);
    p.thread.start();
    return p;
  }

  /** Waits (at most 5 s) until the thread is parked in operation {@code op}. */
  SyncProbe awaitParkedIn(String op) {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (System.nanoTime() < deadline) {
      Blocking b = record;
      Thread.State s = thread.getState();
      if (b != null
          && op.equals(b.op())
          && (s == Thread.State.WAITING || s == Thread.State.TIMED_WAITING)) {
        return this;
      }
      if (s == Thread.State.TERMINATED) {
        fail("thread ended instead of blocking in " + op + ": " + failure.get());
      }
      LockSupport.parkNanos(20_000);
    }
    fail("thread did not block in " + op + "; state " + thread.getState());
    return this;
  }

  /** Joins the thread (at most 5 s) and returns what its body threw, or null. */
  Throwable join() {
    try {
      if (!thread.join(Duration.ofSeconds(5))) {
        fail("thread did not finish");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail(e);
    }
    return failure.get();
  }

  /** Whether the thread has finished. */
  boolean finished() {
    return thread.getState() == Thread.State.TERMINATED;
  }

  /** The body's exception so far, or null. */
  Throwable failure() {
    return failure.get();
  }
}
