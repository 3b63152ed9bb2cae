package dev.gosafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The channel lock (ChanLock, docs/adr/0010): mutual exclusion under heavy contention with
 * contenders that spin and park, no lost wake-up, no node left behind, interrupts kept. Bounded:
 * a second or two each.
 */
@Timeout(30)
class ChanLockTest {
  @ParameterizedTest(name = "unbuffered={0}")
  @ValueSource(booleans = {true, false})
  void contendedLockKeepsExclusionAndStrandsNobody(boolean unbuffered) throws Exception {
    // Given virtual and platform threads locking one channel's lock in a tight loop (more threads
    // than carriers, so contenders park and are woken all the time), when all finish, then no two
    // were inside together, no update was lost, nobody hung (timeout) and the word is free again
    // with no node linked.
    Chan<Integer> ch = unbuffered ? Chan.make() : Chan.make(4);
    ExclusionCheck check = new ExclusionCheck();
    int threads = 8;
    int each = 50_000;
    Thread[] ts = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      Runnable body =
          () -> {
            for (int i = 0; i < each; i++) {
              ch.lock();
              try {
                check.criticalSection();
              } finally {
                ch.unlock();
              }
            }
          };
      ts[t] = t % 4 == 3 ? Thread.ofPlatform().start(body) : Thread.ofVirtual().start(body);
    }
    for (Thread t : ts) {
      t.join();
    }
    check.assertExclusive((long) threads * each);
    assertEquals(0, ch.lockWord(), "lock left held or marked contended");
    assertFalse(ch.hasLockNodes(), "a contender's node left linked");
  }

  @Test
  void aParkedContenderIsWokenByTheUnlockAndKeepsItsInterrupt() throws Exception {
    // Given a lock held by this thread and a contender that has parked on it with its interrupt
    // flag set meanwhile, when the lock is released, then the contender gets the lock, its
    // interrupt is still set afterwards (the lock is not interruptible), and nothing is left.
    Chan<Integer> ch = Chan.make(1);
    ch.lock();
    CountDownLatch started = new CountDownLatch(1);
    boolean[] gotIt = {false, false};
    Thread contender =
        Thread.ofVirtual()
            .start(
                () -> {
                  started.countDown();
                  ch.lock();
                  try {
                    gotIt[0] = true;
                  } finally {
                    ch.unlock();
                  }
                  gotIt[1] = Thread.currentThread().isInterrupted();
                });
    started.await();
    waitUntilParked(contender);
    assertEquals(2, ch.lockWord(), "a parked contender marks the word contended");
    contender.interrupt();
    Thread.sleep(20); // an interrupted contender must neither take the lock nor spin
    assertFalse(gotIt[0], "a contender got a lock that is held");
    assertEquals(Thread.State.WAITING, contender.getState(), "the contender should park again");
    ch.unlock();
    contender.join();
    assertTrue(gotIt[0]);
    assertTrue(gotIt[1], "the interrupt was swallowed");
    assertEquals(0, ch.lockWord());
    assertFalse(ch.hasLockNodes());
  }

  @Test
  void manyParkedContendersAreAllWokenOneByOne() throws Exception {
    // Given 50 virtual threads parked on a held lock (each one only once the lock is held), when
    // it is released, then every one of them gets it in turn (no wake-up is lost in the chain).
    Chan<Integer> ch = Chan.make(1);
    ch.lock();
    int n = 50;
    AtomicInteger got = new AtomicInteger();
    Thread[] ts = new Thread[n];
    for (int i = 0; i < n; i++) {
      ts[i] =
          Thread.ofVirtual()
              .start(
                  () -> {
                    ch.lock();
                    try {
                      got.incrementAndGet();
                    } finally {
                      ch.unlock();
                    }
                  });
    }
    for (Thread t : ts) {
      waitUntilParked(t);
    }
    assertEquals(0, got.get());
    ch.unlock();
    for (Thread t : ts) {
      t.join();
    }
    assertEquals(n, got.get());
    assertEquals(0, ch.lockWord());
    assertFalse(ch.hasLockNodes());
  }

  private static void waitUntilParked(Thread t) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (t.getState() != Thread.State.WAITING) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(t + " never parked: " + t.getState());
      }
      LockSupport.parkNanos(100_000);
    }
  }
}
