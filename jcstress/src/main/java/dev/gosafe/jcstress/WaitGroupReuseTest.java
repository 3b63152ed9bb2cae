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
 * WaitGroup generations: the counter goes 1 -> 0 -> 1 -> 0 while another task awaits. Whichever
 * generation the waiter registers in, it is released (a stranded waiter hangs the test, which
 * jcstress reports as an error). The result is the number of await calls that returned.
 */
@JCStressTest
@Outcome(id = "1", expect = ACCEPTABLE, desc = "await returned")
@Outcome(expect = FORBIDDEN, desc = "impossible")
@State
public class WaitGroupReuseTest {
  private final WaitGroup wg = new WaitGroup();

  public WaitGroupReuseTest() {
    wg.add(1);
  }

  @Actor
  public void reuser() {
    wg.done();
    wg.add(1);
    wg.done();
  }

  @Actor
  public void waiter(I_Result r) {
    wg.await();
    r.r1 = 1;
  }
}
