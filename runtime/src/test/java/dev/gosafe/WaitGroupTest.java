package dev.gosafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class WaitGroupTest {

  @Test
  void awaitSeesTheWritesOfTenThousandTasks() {
    WaitGroup wg = new WaitGroup();
    int[] results = new int[10_000]; // plain writes: visibility relies on done -> await
    for (int i = 0; i < results.length; i++) {
      int k = i;
      wg.go(() -> results[k] = k + 1);
    }
    wg.await();
    for (int i = 0; i < results.length; i++) {
      assertEquals(i + 1, results[i], "task " + i);
    }
  }

  @Test
  void manualAddAndDoneReleaseAwait() {
    WaitGroup wg = new WaitGroup();
    AtomicInteger ran = new AtomicInteger();
    wg.add(3);
    for (int i = 0; i < 3; i++) {
      Go.go(
          () -> {
            try {
              ran.incrementAndGet();
            } finally {
              wg.done();
            }
          });
    }
    wg.await();
    assertEquals(3, ran.get());
  }

  @Test
  void awaitOnZeroCounterReturnsAtOnce() {
    new WaitGroup().await();
  }

  @Test
  void awaitBlocksUntilTheCounterIsZero() {
    WaitGroup wg = new WaitGroup();
    wg.add(2);
    SyncProbe waiter = SyncProbe.start(wg::await).awaitParkedIn(Blocking.WAITGROUP_WAIT);
    wg.done();
    assertFalse(waiter.finished(), "await returned with counter 1");
    wg.done();
    assertNull(waiter.join());
  }

  @Test
  void doneOnZeroCounterThrowsVerbatimMessage() {
    WaitGroup wg = new WaitGroup();
    IllegalStateException e = assertThrows(IllegalStateException.class, wg::done);
    assertEquals("gosafe: negative WaitGroup counter", e.getMessage());
  }

  @Test
  void negativeAddLeavesTheCounterUnchanged() {
    WaitGroup wg = new WaitGroup();
    wg.add(2);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> wg.add(-3));
    assertEquals("gosafe: negative WaitGroup counter", e.getMessage());
    assertEquals("WaitGroup", wg.toString().substring(0, 9));
    assertTrue(wg.toString().endsWith("[counter=2]"), wg.toString());
    wg.add(-2);
    wg.await();
  }

  @Test
  void goReturnsTheTaskAndCountsItDownAlsoWhenTheBodyThrows() {
    WaitGroup wg = new WaitGroup();
    RuntimeException boom = new IllegalArgumentException("boom");
    Task ok = wg.go(() -> {});
    Task failing =
        wg.go(
            () -> {
              throw boom;
            });
    wg.await(); // would hang if done() were skipped on the exception path
    ok.join();
    TaskFailedException e = assertThrows(TaskFailedException.class, failing::join);
    assertSame(boom, e.getCause());
  }

  @Test
  void interruptedAwaitThrowsAndRestoresTheFlag() {
    WaitGroup wg = new WaitGroup();
    wg.add(1);
    AtomicBoolean flag = new AtomicBoolean();
    SyncProbe waiter =
        SyncProbe.start(
                () -> {
                  try {
                    wg.await();
                  } finally {
                    flag.set(Thread.currentThread().isInterrupted());
                  }
                })
            .awaitParkedIn(Blocking.WAITGROUP_WAIT);
    waiter.thread.interrupt();
    assertInstanceOf(InterruptedOperationException.class, waiter.join());
    assertTrue(flag.get(), "interrupt flag restored");
    wg.done();
    wg.await();
  }

  @Test
  void reuseAcrossGenerationsNeverReleasesAWaiterEarly() {
    WaitGroup wg = new WaitGroup();
    for (int round = 0; round < 300; round++) {
      AtomicInteger finished = new AtomicInteger();
      wg.add(4);
      WaitGroup waiters = new WaitGroup();
      AtomicInteger early = new AtomicInteger();
      for (int w = 0; w < 3; w++) {
        waiters.go(
            () -> {
              wg.await();
              if (finished.get() != 4) {
                early.incrementAndGet();
              }
            });
      }
      for (int t = 0; t < 4; t++) {
        Go.go(
            () -> {
              finished.incrementAndGet();
              wg.done();
            });
      }
      waiters.await();
      assertEquals(0, early.get(), "round " + round);
    }
  }

  @Test
  void goWithAJoinTimeoutDoesNotHang() {
    WaitGroup wg = new WaitGroup();
    Task t = wg.go(() -> {});
    assertTrue(t.join(Duration.ofSeconds(5)));
    wg.await();
  }
}
