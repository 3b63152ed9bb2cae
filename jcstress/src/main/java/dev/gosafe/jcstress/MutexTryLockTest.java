package dev.gosafe.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.gosafe.Mutex;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.ZZ_Result;

/** Mutex state word: of two tryLocks on a free mutex exactly one wins the CAS. */
@JCStressTest
@Outcome(id = {"true, false", "false, true"}, expect = ACCEPTABLE, desc = "exactly one holds it")
@Outcome(id = "true, true", expect = FORBIDDEN, desc = "both hold the mutex")
@Outcome(id = "false, false", expect = FORBIDDEN, desc = "a free mutex refused both")
@State
public class MutexTryLockTest {
  private final Mutex mu = new Mutex();

  @Actor
  public void actor1(ZZ_Result r) {
    r.r1 = mu.tryLock();
  }

  @Actor
  public void actor2(ZZ_Result r) {
    r.r2 = mu.tryLock();
  }
}
