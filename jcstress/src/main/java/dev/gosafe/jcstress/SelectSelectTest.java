package dev.gosafe.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.gosafe.Chan;
import dev.gosafe.Select;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Two blocking selects that can meet on either of two unbuffered channels (left sends on a and
 * receives on b, right the reverse): exactly one channel is used and both agree on it. Results:
 * 1 = via a, 2 = via b, per side.
 */
@JCStressTest
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "met on a")
@Outcome(id = "2, 2", expect = ACCEPTABLE, desc = "met on b")
@Outcome(expect = FORBIDDEN, desc = "the two selects disagree")
@State
public class SelectSelectTest {
  private final Chan<Integer> a = Chan.make();
  private final Chan<Integer> b = Chan.make();

  @Actor
  public void left(II_Result r) {
    Select.select(Select.send(a, 1, () -> r.r1 = 1), Select.recv(b, v -> r.r1 = v));
  }

  @Actor
  public void right(II_Result r) {
    Select.select(Select.recv(a, v -> r.r2 = v), Select.send(b, 2, () -> r.r2 = 2));
  }
}
