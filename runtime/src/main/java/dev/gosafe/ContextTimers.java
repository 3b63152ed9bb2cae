package dev.gosafe;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The shared timer of {@link Context#withTimeout}: one daemon platform thread, created on first
 * use; cancelled timers are removed from its queue at once (no build-up of dead timers).
 */
final class ContextTimers {
  private static final ScheduledThreadPoolExecutor EXECUTOR = create();

  private ContextTimers() {}

  private static ScheduledThreadPoolExecutor create() {
    ScheduledThreadPoolExecutor e =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, "gosafe-context-timer");
              t.setDaemon(true);
              return t;
            });
    e.setRemoveOnCancelPolicy(true);
    e.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    return e;
  }

  /** Runs {@code action} after {@code nanos}; cancel the returned future to discard it. */
  static ScheduledFuture<?> schedule(Runnable action, long nanos) {
    return EXECUTOR.schedule(action, nanos, TimeUnit.NANOSECONDS);
  }

  /** Number of timers pending now (for tests). */
  static int pending() {
    return EXECUTOR.getQueue().size();
  }
}
