package dev.gosafe.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.gosafe.Mutex;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Mutex under contention (fast CAS, spin, queueing, WOKEN bit, wake-up): two plain increments
 * under the lock are never lost, and the mutex ends unlocked (no waiter stranded, no stale bit).
 */
@JCStressTest
@Outcome(id = "2, 1", expect = ACCEPTABLE, desc = "both increments, mutex free afterwards")
@Outcome(expect = FORBIDDEN, desc = "lost update or mutex left locked")
@State
public class MutexExclusionTest {
  private final Mutex mu = new Mutex();
  private int x;

  @Actor
  public void actor1() {
    mu.lock();
    try {
      x++;
    } finally {
      mu.unlock();
    }
  }

  @Actor
  public void actor2() {
    mu.lock();
    try {
      x++;
    } finally {
      mu.unlock();
    }
  }

  @Arbiter
  public void arbiter(II_Result r) {
    r.r1 = x;
    r.r2 = mu.tryLock() ? 1 : 0;
  }
}
