package dev.gosafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

// Tests hold the mutex across probes and misuse it on purpose.
@SuppressWarnings("LockNotBeforeTry")
@Timeout(10)
class MutexTest {
  private int counter; // guarded by the mutex under test

  @Test
  void eightTasksIncrementAPlainCounterWithoutLosingUpdates() {
    Mutex mu = new Mutex();
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger overlaps = new AtomicInteger();
    WaitGroup wg = new WaitGroup();
    for (int t = 0; t < 8; t++) {
      wg.go(
          () -> {
            for (int i = 0; i < 20_000; i++) {
              mu.lock();
              try {
                if (inside.incrementAndGet() != 1) {
                  overlaps.incrementAndGet();
                }
                counter++;
                inside.decrementAndGet();
              } finally {
                mu.unlock();
              }
            }
          });
    }
    wg.await();
    assertEquals(0, overlaps.get(), "two tasks inside the critical section");
    assertEquals(8 * 20_000, counter);
  }

  @Test
  @SuppressWarnings("ThreadPriorityCheck") // yield hands a virtual thread's carrier on
  void mixedLockTryLockAndTimedTryLockKeepMutualExclusion() {
    Mutex mu = new Mutex();
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger overlaps = new AtomicInteger();
    AtomicInteger acquisitions = new AtomicInteger();
    WaitGroup wg = new WaitGroup();
    for (int t = 0; t < 8; t++) {
      int mode = t % 4;
      wg.go(
          () -> {
            for (int i = 0; i < 5_000; i++) {
              boolean got;
              try {
                got =
                    switch (mode) {
                      case 0 -> {
                        mu.lock();
                        yield true;
                      }
                      case 1 -> mu.tryLock();
                      case 2 -> mu.tryLock(1, TimeUnit.MICROSECONDS); // often times out
                      default -> mu.tryLock(1, TimeUnit.SECONDS);
                    };
              } catch (InterruptedException e) {
                throw new AssertionError(e);
              }
              if (!got) {
                Thread.yield();
                continue;
              }
              try {
                if (inside.incrementAndGet() != 1) {
                  overlaps.incrementAndGet();
                }
                counter++;
                acquisitions.incrementAndGet();
                inside.decrementAndGet();
              } finally {
                mu.unlock();
              }
            }
          });
    }
    wg.await();
    assertEquals(0, overlaps.get(), "two tasks inside the critical section");
    assertEquals(acquisitions.get(), counter);
    assertTrue(mu.tryLock(), "no waiter left behind by a timed-out tryLock");
    mu.unlock();
  }

  @Test
  void lockedHandleUnlocksOnClose() {
    Mutex mu = new Mutex();
    try (var held = mu.locked()) {
      assertFalse(mu.tryLock(), "held inside the try block");
    }
    assertTrue(mu.tryLock(), "released by close");
    mu.unlock();
  }

  @Test
  void lockedHandleCloseIsIdempotent() {
    Mutex mu = new Mutex();
    Locked held = mu.locked();
    held.close();
    held.close(); // would otherwise throw "unlock of unlocked mutex"
    assertTrue(mu.tryLock());
    mu.unlock();
  }

  @Test
  void lockedHandleUnlocksWhenTheBodyThrows() {
    Mutex mu = new Mutex();
    assertThrows(
        IllegalArgumentException.class,
        () -> {
          try (var held = mu.locked()) {
            throw new IllegalArgumentException();
          }
        });
    assertTrue(mu.tryLock());
    mu.unlock();
  }

  @Test
  void tryLockFailsWhileHeldAndSucceedsAfterUnlock() {
    Mutex mu = new Mutex();
    assertTrue(mu.tryLock());
    AtomicBoolean other = new AtomicBoolean(true);
    assertNull(SyncProbe.start(() -> other.set(mu.tryLock())).join());
    assertFalse(other.get(), "another task got a held mutex");
    assertFalse(mu.tryLock(), "TryLock by the holder returns false, as in Go");
    mu.unlock();
    assertNull(SyncProbe.start(() -> other.set(mu.tryLock())).join());
    assertTrue(other.get());
  }

  @Test
  void timedTryLockTimesOutThenSucceedsWhenReleased() throws Exception {
    Mutex mu = new Mutex();
    mu.lock();
    AtomicBoolean got = new AtomicBoolean(true);
    SyncProbe p =
        SyncProbe.start(
            () -> {
              try {
                long t0 = System.nanoTime();
                got.set(mu.tryLock(50, TimeUnit.MILLISECONDS));
                assertTrue(System.nanoTime() - t0 >= TimeUnit.MILLISECONDS.toNanos(45));
              } catch (InterruptedException e) {
                throw new AssertionError(e);
              }
            });
    assertNull(p.join());
    assertFalse(got.get(), "timed tryLock on a held mutex");
    SyncProbe q =
        SyncProbe.start(
                () -> {
                  try {
                    got.set(mu.tryLock(5, TimeUnit.SECONDS));
                  } catch (InterruptedException e) {
                    throw new AssertionError(e);
                  }
                })
            .awaitParkedIn(Blocking.MUTEX_LOCK);
    mu.unlock();
    assertNull(q.join());
    assertTrue(got.get());
    mu.unlock(); // q acquired it; unlocking from here is allowed, as in Go
    assertTrue(mu.tryLock(), "a timed-out waiter left no trace in the queue");
  }

  @Test
  void relockByTheHolderThrowsDeadlockException() {
    Mutex mu = new Mutex();
    mu.lock();
    DeadlockException e = assertThrows(DeadlockException.class, mu::lock);
    assertEquals(
        "gosafe: deadlock: Mutex relocked by the task that holds it (rule DoubleLock)",
        e.getMessage());
    assertTrue(e.getMessage().startsWith("gosafe: deadlock"));
    assertThrows(DeadlockException.class, mu::locked);
    mu.unlock(); // still held exactly once
    assertThrows(IllegalStateException.class, mu::unlock);
  }

  @Test
  void unlockOfUnlockedMutexThrowsVerbatimMessage() {
    Mutex mu = new Mutex();
    IllegalStateException e = assertThrows(IllegalStateException.class, mu::unlock);
    assertEquals("gosafe: unlock of unlocked mutex", e.getMessage());
    mu.lock();
    mu.unlock();
    e = assertThrows(IllegalStateException.class, mu::unlock);
    assertEquals("gosafe: unlock of unlocked mutex", e.getMessage());
  }

  @Test
  void anotherTaskMayUnlock() {
    Mutex mu = new Mutex();
    mu.lock();
    assertNull(SyncProbe.start(mu::unlock).join());
    assertTrue(mu.tryLock());
    mu.unlock();
  }

  @Test
  void waitersAcquireInFifoOrder() {
    Mutex mu = new Mutex();
    mu.lock();
    List<Integer> order = new ArrayList<>(); // guarded by mu
    List<SyncProbe> probes = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      int k = i;
      probes.add(
          SyncProbe.start(
                  () -> {
                    mu.lock();
                    order.add(k);
                    mu.unlock();
                  })
              .awaitParkedIn(Blocking.MUTEX_LOCK));
    }
    assertFalse(mu.tryLock(), "tryLock must not overtake queued tasks");
    mu.unlock();
    for (SyncProbe p : probes) {
      assertNull(p.join());
    }
    mu.lock();
    assertEquals(List.of(0, 1, 2, 3, 4), order);
    mu.unlock();
  }

  @Test
  void interruptedLockThrowsRestoresTheFlagAndLeavesTheMutexUsable() {
    Mutex mu = new Mutex();
    mu.lock();
    AtomicBoolean flag = new AtomicBoolean();
    SyncProbe p =
        SyncProbe.start(
                () -> {
                  try {
                    mu.lock();
                  } finally {
                    flag.set(Thread.currentThread().isInterrupted());
                  }
                })
            .awaitParkedIn(Blocking.MUTEX_LOCK);
    p.thread.interrupt();
    assertInstanceOf(InterruptedOperationException.class, p.join());
    assertTrue(flag.get(), "interrupt flag restored");
    mu.unlock();
    assertTrue(mu.tryLock(), "the interrupted waiter did not get the mutex");
    mu.unlock();
  }

  @Test
  void lockInterruptiblyThrowsCheckedInterruptedException() {
    Mutex mu = new Mutex();
    mu.lock();
    AtomicBoolean flag = new AtomicBoolean(true);
    SyncProbe p =
        SyncProbe.start(
                () -> {
                  try {
                    mu.lockInterruptibly();
                  } catch (InterruptedException e) {
                    flag.set(Thread.currentThread().isInterrupted());
                    throw new IllegalStateException(e);
                  }
                })
            .awaitParkedIn(Blocking.MUTEX_LOCK);
    p.thread.interrupt();
    assertInstanceOf(InterruptedException.class, p.join().getCause());
    assertFalse(flag.get(), "Lock contract: flag cleared with InterruptedException");
    mu.unlock();
  }

  @Test
  void newConditionIsUnsupported() {
    assertThrows(UnsupportedOperationException.class, () -> new Mutex().newCondition());
  }
}
