package dev.gosafe.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.gosafe.WaitGroup;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * WaitGroup counter CAS loop: two concurrent done() on a counter of 1. Exactly one succeeds, the
 * other gets "negative WaitGroup counter" and leaves the counter unchanged, so the counter is 0
 * (the arbiter's add(1) + done() + await() work; a counter of -1 would refuse done()).
 */
@JCStressTest
@Outcome(id = {"1, 0, 1", "0, 1, 1"}, expect = ACCEPTABLE, desc = "one done, one refused")
@Outcome(expect = FORBIDDEN, desc = "both or neither accepted, or counter corrupted")
@State
public class WaitGroupNegativeTest {
  private final WaitGroup wg = new WaitGroup();

  public WaitGroupNegativeTest() {
    wg.add(1);
  }

  @Actor
  public void actor1(III_Result r) {
    r.r1 = done();
  }

  @Actor
  public void actor2(III_Result r) {
    r.r2 = done();
  }

  @Arbiter
  public void arbiter(III_Result r) {
    wg.add(1);
    r.r3 = done();
    wg.await();
  }

  private int done() {
    try {
      wg.done();
      return 1;
    } catch (IllegalStateException e) {
      return 0;
    }
  }
}
