package dev.gosafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class OnceTest {
  private int value; // written by the once function, read plainly by callers

  @Test
  void runsExactlyOnceUnderContentionAndEveryCallerSeesTheResult() throws Exception {
    Once once = new Once();
    AtomicInteger runs = new AtomicInteger();
    AtomicInteger sawResult = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    WaitGroup wg = new WaitGroup();
    for (int i = 0; i < 64; i++) {
      wg.go(
          () -> {
            try {
              start.await();
            } catch (InterruptedException e) {
              throw new AssertionError(e);
            }
            once.run(
                () -> {
                  runs.incrementAndGet();
                  value = 42;
                });
            if (value == 42) {
              sawResult.incrementAndGet();
            }
          });
    }
    start.countDown();
    wg.await();
    assertEquals(1, runs.get());
    assertEquals(64, sawResult.get(), "a caller returned before the function completed");
  }

  @Test
  void concurrentCallerBlocksUntilTheFirstFunctionCompletes() throws Exception {
    Once once = new Once();
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch entered = new CountDownLatch(1);
    SyncProbe first =
        SyncProbe.start(
            () ->
                once.run(
                    () -> {
                      entered.countDown();
                      try {
                        release.await();
                      } catch (InterruptedException e) {
                        throw new AssertionError(e);
                      }
                      value = 7;
                    }));
    entered.await();
    AtomicInteger seen = new AtomicInteger(-1);
    SyncProbe second =
        SyncProbe.start(
                () -> {
                  once.run(() -> value = 99);
                  seen.set(value);
                })
            .awaitParkedIn(Blocking.MUTEX_LOCK);
    assertFalse(second.finished());
    release.countDown();
    assertNull(first.join());
    assertNull(second.join());
    assertEquals(7, seen.get());
  }

  @Test
  void aThrowingFunctionStillCompletesTheOnce() {
    Once once = new Once();
    RuntimeException boom = new IllegalStateException("boom");
    RuntimeException e =
        assertThrows(
            RuntimeException.class,
            () ->
                once.run(
                    () -> {
                      throw boom;
                    }));
    assertSame(boom, e);
    AtomicInteger runs = new AtomicInteger();
    once.run(runs::incrementAndGet);
    assertEquals(0, runs.get(), "Go semantics: a panicking f completes the Once");
  }

  @Test
  void recursiveRunThrowsDeadlockException() {
    Once once = new Once();
    DeadlockException e =
        assertThrows(DeadlockException.class, () -> once.run(() -> once.run(() -> {})));
    assertTrue(e.getMessage().startsWith("gosafe: deadlock"), e.getMessage());
    once.run(() -> value = 1);
    assertEquals(0, value, "the outer function counts as run");
  }
}
