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
    ExclusionCheck check = new ExclusionCheck();
    WaitGroup wg = new WaitGroup();
    for (int t = 0; t < 8; t++) {
      wg.go(
          () -> {
            for (int i = 0; i < 20_000; i++) {
              mu.lock();
              try {
                check.enter();
                check.leave();
              } finally {
                mu.unlock();
              }
            }
          });
    }
    wg.await();
    check.assertExclusive(8 * 20_000);
  }

  @Test
  @SuppressWarnings("ThreadPriorityCheck") // yield hands a virtual thread's carrier on
  void mixedLockTryLockAndTimedTryLockKeepMutualExclusion() {
    Mutex mu = new Mutex();
    ExclusionCheck check = new ExclusionCheck();
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
                check.enter();
                acquisitions.incrementAndGet();
                check.leave();
              } finally {
                mu.unlock();
              }
            }
          });
    }
    wg.await();
    check.assertExclusive(acquisitions.get());
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
  void queuedWaitersAreWokenInFifoOrder() {
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
    assertFalse(mu.tryLock(), "TryLock by the holder returns false");
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
  @Timeout(30)
  void aWaiterGetsTheLockWhileTwoTasksHammerIt() {
    // Given two tasks that re-lock the mutex as soon as they release it (they would win every
    // barging race against a woken waiter), when a third task locks it N times, then it gets it
    // each time: after 1 ms of waiting the mutex hands it over (starvation mode).
    Mutex mu = new Mutex();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger hammered = new AtomicInteger();
    WaitGroup hammers = new WaitGroup();
    for (int t = 0; t < 2; t++) {
      hammers.go(
          () -> {
            while (!stop.get()) {
              mu.lock();
              try {
                counter++;
                long until = System.nanoTime() + 20_000; // hold it for 20 us
                while (System.nanoTime() < until) {
                  Thread.onSpinWait();
                }
              } finally {
                mu.unlock();
              }
              hammered.incrementAndGet();
            }
          });
    }
    while (hammered.get() < 100) {
      Thread.onSpinWait();
    }
    int rounds = 50;
    AtomicInteger got = new AtomicInteger();
    Task victim =
        Go.go(
            () -> {
              for (int i = 0; i < rounds; i++) {
                mu.lock();
                try {
                  counter++;
                  got.incrementAndGet();
                } finally {
                  mu.unlock();
                }
              }
            });
    boolean finished = victim.join(java.time.Duration.ofSeconds(20));
    stop.set(true);
    hammers.await();
    assertTrue(finished, "the waiter starved: " + got.get() + " of " + rounds + " acquisitions");
    assertEquals(rounds, got.get(), "the waiter starved");
    mu.lock();
    assertEquals(hammered.get() + rounds, counter, "lost updates");
    assertEquals("locked", stateOf(mu), "no waiter left behind");
    mu.unlock();
    assertEquals(0, mu.stateWord(), "no waiter, woken bit or hand-off mode left behind");
  }

  @Test
  @Timeout(60)
  void interruptsAndTimeoutsNeverStrandAWaiterNorBreakMutualExclusion() {
    // Given 8 tasks locking with lock() and timed tryLock and an interrupter hitting them at
    // random, when they finish, then nobody was inside twice, every acquisition counted, and the
    // mutex is free with no waiter left (a waiter that gives up after being woken passes the
    // wake-up on, else the others would hang and the test would time out).
    Mutex mu = new Mutex();
    ExclusionCheck check = new ExclusionCheck();
    AtomicInteger acquisitions = new AtomicInteger();
    AtomicInteger gaveUp = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    WaitGroup wg = new WaitGroup();
    for (int t = 0; t < 8; t++) {
      int mode = t % 2;
      Task task =
          wg.go(
              () -> {
                for (int i = 0; i < 3_000; i++) {
                  boolean got;
                  try {
                    got = mode == 0 ? lockOrInterrupted(mu) : mu.tryLock(50, TimeUnit.MICROSECONDS);
                  } catch (InterruptedException e) {
                    got = false;
                  }
                  Thread.interrupted(); // clear a late interrupt
                  if (!got) {
                    gaveUp.incrementAndGet();
                    continue;
                  }
                  try {
                    check.enter();
                    acquisitions.incrementAndGet();
                    check.leave();
                  } finally {
                    mu.unlock();
                  }
                }
              });
      threads.add(threadOf(task));
    }
    AtomicBoolean stop = new AtomicBoolean();
    Thread interrupter =
        Thread.ofVirtual()
            .start(
                () -> {
                  java.util.concurrent.ThreadLocalRandom r =
                      java.util.concurrent.ThreadLocalRandom.current();
                  while (!stop.get()) {
                    threads.get(r.nextInt(threads.size())).interrupt();
                    java.util.concurrent.locks.LockSupport.parkNanos(20_000);
                  }
                });
    wg.await();
    stop.set(true);
    check.assertExclusive(acquisitions.get());
    assertEquals(8 * 3_000, acquisitions.get() + gaveUp.get());
    assertTrue(acquisitions.get() > 0);
    mu.lock();
    assertEquals("locked", stateOf(mu), "a waiter was left in the queue");
    mu.unlock();
    assertEquals(0, mu.stateWord(), "no waiter, woken bit or hand-off mode left behind");
    try {
      interrupter.join();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void unlockOfAMutexLockedAndReleasedElsewhereDoesNotLeaveAStaleOwner() {
    // Relock detection reads owner only on the slow path: after another task unlocked what this
    // one locked, and a third task locked it, locking again must wait, not report a relock.
    Mutex mu = new Mutex();
    mu.lock();
    assertNull(SyncProbe.start(mu::unlock).join());
    AtomicBoolean release = new AtomicBoolean();
    SyncProbe holder =
        SyncProbe.start(
            () -> {
              mu.lock();
              while (!release.get()) {
                Thread.onSpinWait();
              }
              mu.unlock();
            });
    while (!"locked".equals(stateOf(mu))) {
      Thread.onSpinWait();
    }
    SyncProbe relocker = SyncProbe.start(mu::lock); // must not throw DeadlockException
    relocker.awaitParkedIn(Blocking.MUTEX_LOCK);
    release.set(true);
    assertNull(holder.join());
    assertNull(relocker.join());
    mu.unlock();
  }

  @Test
  @Timeout(60)
  void handOffModeWithWaitersGivingUpKeepsExclusionAndReturnsToNormal() {
    // Given two tasks holding the mutex 20 us at a time, two more that lock() and four that give
    // up after 2 ms (timed tryLock) or when interrupted: waits exceed 1 ms, so the mutex enters
    // hand-off mode while waiters leave its queue. Then exclusion holds, every lock() completes,
    // hand-off mode was used, and once everybody is gone the mutex is plainly unlocked.
    Mutex mu = new Mutex();
    ExclusionCheck check = new ExclusionCheck();
    AtomicInteger acquisitions = new AtomicInteger();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicBoolean sawHandOff = new AtomicBoolean();
    List<Task> quitters = new ArrayList<>();
    WaitGroup wg = new WaitGroup();
    // At least 300 rounds each, and more until hand-off mode has been seen (at most 10 s): on a
    // loaded machine the mode can come and go between the samples taken in the critical section.
    long deadline = System.nanoTime() + 10_000_000_000L;
    for (int t = 0; t < 8; t++) {
      int role = t < 2 ? 0 : t < 4 ? 1 : 2;
      Task task =
          wg.go(
              () -> {
                int rounds = 0;
                while (role == 0
                    ? !stop.get()
                    : rounds++ < 300
                        || (!sawHandOff.get() && System.nanoTime() - deadline < 0)) {
                  boolean got;
                  try {
                    got =
                        role == 2
                            ? mu.tryLock(2, TimeUnit.MILLISECONDS)
                            : lockOrInterrupted(mu);
                  } catch (InterruptedException e) {
                    got = false;
                  }
                  if (!got) {
                    continue;
                  }
                  try {
                    check.enter();
                    if (mu.toString().contains("hand-off mode")) {
                      sawHandOff.set(true);
                    }
                    acquisitions.incrementAndGet();
                    long until = System.nanoTime() + (role == 0 ? 20_000 : 1_000);
                    while (System.nanoTime() < until) {
                      Thread.onSpinWait();
                    }
                    check.leave();
                  } finally {
                    mu.unlock();
                  }
                }
              });
      if (role == 2) {
        quitters.add(task);
      }
    }
    Thread interrupter =
        Thread.ofVirtual()
            .start(
                () -> {
                  int i = 0;
                  while (!stop.get()) {
                    threadOf(quitters.get(i++ % quitters.size())).interrupt();
                    java.util.concurrent.locks.LockSupport.parkNanos(500_000);
                  }
                });
    while (quitters.stream().anyMatch(q -> !q.isDone())) {
      java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
    }
    stop.set(true);
    wg.await();
    try {
      interrupter.join();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
    check.assertExclusive(acquisitions.get());
    assertTrue(sawHandOff.get(), "the mutex never switched to hand-off mode");
    assertEquals("unlocked", stateOf(mu));
    assertTrue(mu.tryLock(), "normal mode again: tryLock may take a free mutex");
    assertEquals("locked", stateOf(mu), "no waiter left behind");
    mu.unlock();
    assertEquals(0, mu.stateWord(), "no waiter, woken bit or hand-off mode left behind");
  }

  private static boolean lockOrInterrupted(Mutex mu) {
    try {
      mu.lock();
      return true;
    } catch (InterruptedOperationException e) {
      return false;
    }
  }

  private static Thread threadOf(Task t) {
    return t.thread();
  }

  /** The state word of toString: "unlocked", "locked", "locked, tasks waiting", ... */
  private static String stateOf(Mutex mu) {
    String s = mu.toString();
    String inner = s.substring(s.indexOf('[') + 1, s.lastIndexOf(']'));
    int by = inner.indexOf(" by ");
    return by < 0 ? inner : inner.substring(0, by);
  }

  @Test
  void newConditionIsUnsupported() {
    assertThrows(UnsupportedOperationException.class, () -> new Mutex().newCondition());
  }
}
