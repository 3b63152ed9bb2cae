package dev.gosafe;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/** Helpers shared by the channel and select tests. */
final class ChanTestSupport {
  private ChanTestSupport() {}

  /**
   * Waits (up to 5 s) until {@code task} is parked in a gosafe operation {@code op}, as recorded
   * by {@link Blocking}; its waiter is enqueued by then.
   */
  static void awaitBlocked(Task task, String op) {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (true) {
      Blocking b = task.blocking();
      if (b != null && op.equals(b.op())) {
        return;
      }
      if (task.isDone()) {
        fail("task " + task.name() + " finished instead of blocking in " + op);
      }
      if (System.nanoTime() > deadline) {
        fail("task " + task.name() + " did not block in " + op);
      }
      Thread.onSpinWait();
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  /**
   * Starts {@code body} in a task that catches its RuntimeException (so expected failures are not
   * printed by the uncaught-exception handler); {@link #failureOf} returns it.
   */
  static Task goCatching(Runnable body) {
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Task t =
        Go.go(
            () -> {
              try {
                body.run();
              } catch (RuntimeException e) {
                thrown.set(e);
              }
            });
    CAUGHT.put(t, thrown);
    return t;
  }

  private static final Map<Task, AtomicReference<Throwable>> CAUGHT = new ConcurrentHashMap<>();

  /** Joins a task started by {@link #goCatching} and returns what its body threw (or fails). */
  static Throwable failureOf(Task task) {
    task.join();
    Throwable f = CAUGHT.remove(task).get();
    if (f == null) {
      throw new AssertionError("task " + task.name() + " did not fail");
    }
    return f;
  }
}
