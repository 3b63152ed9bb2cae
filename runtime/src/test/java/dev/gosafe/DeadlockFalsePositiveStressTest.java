package dev.gosafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * Programs that can still make progress are never stopped by the deadlock detector: 1,000
 * iterations of small workloads mixing timers, selects, locks, WaitGroups and platform threads
 * outside gosafe, with no DeadlockException and no detection counted.
 */
class DeadlockFalsePositiveStressTest {
  private static final int ITERATIONS = 1_000;

  @Test
  void mixedWorkloadsAreNeverReportedAsDeadlocks() {
    long before = Deadlocks.detections();
    assertTimeoutPreemptively(
        Duration.ofSeconds(50),
        () -> {
          for (int i = 0; i < ITERATIONS; i++) {
            selectWithTimersOverAProducer(i % 3 == 0 ? 0 : i % 3 == 1 ? 1 : 4);
            externalPlatformThreadSendsAfterADelay();
            lockedCounterWithWaitGroup();
          }
        });
    assertEquals(before, Deadlocks.detections());
  }

  @Test
  void aPlatformThreadThatMadeTheChannelMaySendLongAfter() {
    long before = Deadlocks.detections();
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          AtomicReference<Chan<Integer>> made = new AtomicReference<>();
          Chan<Chan<Integer>> handOff = Chan.make(1);
          Thread outside =
              Thread.ofPlatform()
                  .name("outside-sender")
                  .start(
                      () -> {
                        Chan<Integer> ch = Chan.make();
                        made.set(ch);
                        handOff.send(ch);
                        LockSupport.parkNanos(Duration.ofMillis(3 * Deadlocks.DELAY_MILLIS).toNanos());
                        ch.send(42);
                      });
          Chan<Integer> ch = handOff.recv();
          Task t = Go.go("waits-for-outside", () -> assertEquals(42, ch.recv()));
          t.join();
          outside.join();
        });
    assertEquals(before, Deadlocks.detections());
  }

  /** A producer task; this thread selects between its channel and a short timer until closed. */
  private static void selectWithTimersOverAProducer(int capacity) {
    Chan<Integer> data = Chan.make(capacity);
    int n = 20;
    Task producer =
        Go.go(
            () -> {
              for (int v = 0; v < n; v++) {
                if (v % 7 == 0) {
                  LockSupport.parkNanos(200_000);
                }
                data.send(v);
              }
              data.close();
            });
    AtomicInteger got = new AtomicInteger();
    boolean[] closed = {false};
    while (!closed[0]) {
      Select.select(
          Select.recvOk(
              data,
              r -> {
                if (r instanceof Recv.Value<Integer>) {
                  got.incrementAndGet();
                } else {
                  closed[0] = true;
                }
              }),
          Select.after(Duration.ofNanos(100_000), () -> {}));
    }
    producer.join();
    assertEquals(n, got.get());
  }

  /** A platform thread outside gosafe sends after 0-2 ms while this thread receives. */
  private static void externalPlatformThreadSendsAfterADelay() {
    Chan<Integer> in = Chan.make();
    Chan<Integer> out = Chan.make();
    long delay = ThreadLocalRandom.current().nextLong(2_000_000);
    Thread outside =
        Thread.ofPlatform()
            .start(
                () -> {
                  LockSupport.parkNanos(delay);
                  in.send(1);
                });
    Task echo = Go.go(() -> out.send(in.recv() + 1));
    assertEquals(2, out.recv());
    echo.join();
    try {
      outside.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Four tasks increment a counter under a mutex; this thread awaits them on a WaitGroup. */
  private static void lockedCounterWithWaitGroup() {
    Mutex mu = new Mutex();
    WaitGroup wg = new WaitGroup();
    int[] counter = {0};
    for (int k = 0; k < 4; k++) {
      wg.go(
          () -> {
            for (int j = 0; j < 25; j++) {
              try (Locked held = mu.locked()) {
                counter[0]++;
              }
            }
          });
    }
    wg.await();
    mu.lock();
    try {
      assertEquals(100, counter[0]);
    } finally {
      mu.unlock();
    }
  }
}
