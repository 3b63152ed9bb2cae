package dev.gosafe.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.gosafe.Mutex;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/**
 * Mutex happens-before: a write before unlock() is visible to the task whose tryLock() then
 * succeeds (the releasing CAS and the acquiring CAS on the state word). The mutex is locked by the
 * thread that creates the state and unlocked by another, as Go allows.
 */
@JCStressTest
@Outcome(id = "-1", expect = ACCEPTABLE, desc = "tryLock came before the unlock")
@Outcome(id = "1", expect = ACCEPTABLE, desc = "acquired after the unlock, sees the write")
@Outcome(id = "0", expect = FORBIDDEN, desc = "acquired after the unlock, write not visible")
@State
public class MutexUnlockPublishesTest {
  private final Mutex mu = new Mutex();
  private int x;

  public MutexUnlockPublishesTest() {
    mu.lock();
  }

  @Actor
  public void writer() {
    x = 1;
    mu.unlock();
  }

  @Actor
  public void reader(I_Result r) {
    r.r1 = mu.tryLock() ? x : -1;
  }
}
