package dev.gosafe.lincheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gosafe.CancelContext;
import dev.gosafe.Context;
import dev.gosafe.Mutex;
import dev.gosafe.Once;
import dev.gosafe.RWMutex;
import dev.gosafe.WaitGroup;
import org.jetbrains.lincheck.Lincheck;
import org.junit.jupiter.api.Test;

/**
 * The blocking paths of the sync primitives as Lincheck model-checked scenarios: the Mutex state
 * word under contention (spin, WOKEN bit, queueing, wake-up), WaitGroup's waiter registration
 * racing the releasing CAS (and reuse across generations), Once's slow path, RWMutex exclusion,
 * and concurrent cancellation. Lincheck reports a hang if a waiter is stranded. (A child context
 * created while its parent is cancelled is a jcstress test, ContextChildRegistrationTest: Lincheck
 * 3.7 fails inside its snapshot tracker on that scenario.)
 */
class SyncBlockingScenariosTest {

  /** Three threads increment under the mutex: no lost update, and the mutex ends unlocked. */
  @Test
  void mutexExcludesAndReleasesEveryWaiter() {
    Lincheck.runConcurrentTest(
        Budget.invocations(),
        () -> {
          Mutex mu = new Mutex();
          int[] n = new int[1];
          Runnable inc =
              () -> {
                mu.lock();
                try {
                  n[0]++;
                } finally {
                  mu.unlock();
                }
              };
          Scenarios.runAll(inc, inc, inc);
          assertEquals(3, n[0]);
          assertTrue(mu.tryLock(), "mutex left locked");
        });
  }

  /** A task may unlock a mutex another task locked (as in Go); a waiting lock() then gets it. */
  @Test
  void mutexUnlockedByAnotherTaskWakesWaiter() {
    Lincheck.runConcurrentTest(
        Budget.invocations(),
        () -> {
          Mutex mu = new Mutex();
          mu.lock();
          boolean[] got = new boolean[1];
          Scenarios.runAll(
              () -> {
                mu.lock();
                got[0] = true;
                mu.unlock();
              },
              mu::unlock);
          assertTrue(got[0]);
        });
  }

  /** await() returns only after both done() calls, whether it parks or takes the fast path. */
  @Test
  void waitGroupAwaitSeesEveryDone() {
    Lincheck.runConcurrentTest(
        Budget.invocations(),
        () -> {
          WaitGroup wg = new WaitGroup();
          wg.add(2);
          int[] x = new int[2];
          int[] seen = new int[2];
          Scenarios.runAll(
              () -> {
                x[0] = 1;
                wg.done();
              },
              () -> {
                x[1] = 1;
                wg.done();
              },
              () -> {
                wg.await();
                seen[0] = x[0];
                seen[1] = x[1];
              });
          assertEquals(1, seen[0]);
          assertEquals(1, seen[1]);
        });
  }

  /**
   * Reuse while a waiter may be parked: the counter goes 1 -> 0 -> 1 -> 0 while another task
   * awaits. The waiter must be released in every interleaving (by the generation it saw).
   */
  @Test
  void waitGroupReuseReleasesWaiter() {
    Lincheck.runConcurrentTest(
        Budget.invocations(),
        () -> {
          WaitGroup wg = new WaitGroup();
          wg.add(1);
          Scenarios.runAll(
              () -> {
                wg.done();
                wg.add(1);
                wg.done();
              },
              wg::await);
        });
  }

  /** Concurrent Once.run: the function runs once and every caller returns after it completed. */
  @Test
  void onceRunsOnceAndPublishes() {
    Lincheck.runConcurrentTest(
        Budget.invocations(),
        () -> {
          Once once = new Once();
          int[] runs = new int[1];
          int[] seen = new int[2];
          Scenarios.runAll(
              () -> {
                once.run(() -> runs[0]++);
                seen[0] = runs[0];
              },
              () -> {
                once.run(() -> runs[0]++);
                seen[1] = runs[0];
              });
          assertEquals(1, runs[0]);
          assertEquals(1, seen[0]);
          assertEquals(1, seen[1]);
        });
  }

  /** A writer and a reader never overlap: the reader sees both writes or neither. */
  @Test
  void rwMutexWriterExcludesReader() {
    Lincheck.runConcurrentTest(
        Budget.invocations(),
        () -> {
          RWMutex rw = new RWMutex();
          int[] xy = new int[2];
          int[] seen = new int[2];
          Scenarios.runAll(
              () -> {
                rw.lock();
                xy[0] = 1;
                xy[1] = 1;
                rw.unlock();
              },
              () -> {
                rw.rLock();
                seen[0] = xy[0];
                seen[1] = xy[1];
                rw.rUnlock();
              });
          assertEquals(seen[0], seen[1]);
        });
  }

  /** Concurrent cancels: no exception (done is closed once), err is CANCELED for both. */
  @Test
  void contextConcurrentCancelClosesOnce() {
    Lincheck.runConcurrentTest(
        Budget.invocations(),
        () -> {
          CancelContext ctx = Context.withCancel(Context.background());
          Scenarios.runAll(ctx::cancel, ctx::cancel);
          assertNotNull(ctx.err());
          assertTrue(NonBlocking.isClosed(ctx.done()));
        });
  }
}
