package dev.gosafe.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.gosafe.WaitGroup;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/**
 * WaitGroup state word: await() racing the done() that releases it (fast path read, WAITING-bit
 * CAS under the queue lock vs the releasing CAS). await returns only after done, and sees the
 * write made before it.
 */
@JCStressTest
@Outcome(id = "1", expect = ACCEPTABLE, desc = "await returned after done, sees the write")
@Outcome(expect = FORBIDDEN, desc = "await returned early or without the write")
@State
public class WaitGroupAwaitTest {
  private final WaitGroup wg = new WaitGroup();
  private int x;

  public WaitGroupAwaitTest() {
    wg.add(1);
  }

  @Actor
  public void worker() {
    x = 1;
    wg.done();
  }

  @Actor
  public void waiter(I_Result r) {
    wg.await();
    r.r1 = x;
  }
}
