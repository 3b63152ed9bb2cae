package dev.gosafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The one-CAS fast paths of {@link Mutex} (the {@code hint} expected value, ADR 0009): they must
 * act exactly as a CAS on a freshly read state word would, also when the hint is stale, when
 * waiters are queued (state never 0) and in hand-off mode. Bounded stress: seconds each.
 */
// Tests misuse the mutex on purpose.
@SuppressWarnings("LockNotBeforeTry")
@Timeout(30)
class MutexFastPathTest {
  private long counter; // guarded by the mutex under test

  @Test
  void tightLoopsWithQueuedWaitersKeepExclusionAndLoseNoWakeUp() {
    // Given six tasks locking in a tight loop with no hold time (benchmark W6's pattern: waiters
    // are queued nearly all the time, so the fast paths run with a non-zero state word),
    // when they finish, then no two were ever inside together, no update was lost, every task
    // finished (no waiter stranded) and the mutex is plainly unlocked.
    Mutex mu = new Mutex();
    ExclusionCheck check = new ExclusionCheck();
    int tasks = 6;
    int each = 100_000;
    WaitGroup wg = new WaitGroup();
    for (int t = 0; t < tasks; t++) {
      wg.go(
          () -> {
            for (int i = 0; i < each; i++) {
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
    check.assertExclusive((long) tasks * each);
    assertEquals(0, mu.stateWord(), "no waiter, woken bit or hand-off mode left behind");
  }

  @Test
  void aStaleHintNeitherLocksAHeldMutexNorHidesAnUnlockOfAnUnlockedOne() {
    // Given a mutex whose last release happened with waiters queued (so the hint holds a
    // non-zero waiter count that no longer matches the state), when one task then uses it
    // alone, then lock/unlock/tryLock behave as on a fresh mutex: a second unlock throws with
    // the verbatim message and changes nothing, tryLock fails while held and a relock is
    // reported.
    Mutex mu = new Mutex();
    WaitGroup wg = new WaitGroup();
    for (int t = 0; t < 4; t++) {
      wg.go(
          () -> {
            for (int i = 0; i < 20_000; i++) {
              mu.lock();
              counter++;
              mu.unlock();
            }
          });
    }
    wg.await();
    assertEquals(0, mu.stateWord());
    for (int round = 0; round < 3; round++) {
      mu.lock();
      assertFalse(mu.tryLock(), "tryLock must fail while held");
      assertThrows(DeadlockException.class, mu::lock, "relock must be reported");
      mu.unlock();
      IllegalStateException e = assertThrows(IllegalStateException.class, mu::unlock);
      assertEquals(Mutex.UNLOCK_UNLOCKED, e.getMessage());
      assertEquals(0, mu.stateWord(), "a failed unlock changes nothing");
    }
    assertTrue(mu.tryLock());
    mu.unlock();
    assertEquals(0, mu.stateWord());
  }

  @Test
  void aWaiterIsServedWhileTwoTasksHammerWithNoHoldTime() {
    // Given two tasks that lock and unlock in a tight loop (they always have the mutex or are
    // about to re-take it, so only hand-off mode lets a queued task in), when a third task locks
    // 200 times, then it finishes in a few seconds, not after the hammers stop. If a fast unlock
    // by hint bypassed the hand-off (clearing LOCKED while STARVING is set), every task would
    // queue and nobody would be woken: this test would hang and time out.
    Mutex mu = new Mutex();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong hammered = new AtomicLong();
    WaitGroup hammers = new WaitGroup();
    for (int t = 0; t < 2; t++) {
      hammers.go(
          () -> {
            long n = 0;
            while (!stop.get()) {
              mu.lock();
              try {
                counter++;
              } finally {
                mu.unlock();
              }
              n++;
            }
            hammered.addAndGet(n);
          });
    }
    int rounds = 200;
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
    boolean finished = victim.join(Duration.ofSeconds(15));
    stop.set(true);
    hammers.await();
    assertTrue(finished, "the waiter starved: " + got.get() + " of " + rounds + " acquisitions");
    assertEquals(hammered.get() + rounds, counter, "lost updates");
    assertEquals(0, mu.stateWord(), "no waiter, woken bit or hand-off mode left behind");
  }
}
