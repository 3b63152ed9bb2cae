package dev.gosafe.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.gosafe.Chan;
import dev.gosafe.Select;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/**
 * Buffered channel without parking: a non-blocking receive (select with default) that gets the
 * value also sees the write made before the send (send happens-before the receive).
 */
@JCStressTest
@Outcome(id = "-1", expect = ACCEPTABLE, desc = "receive came first: nothing ready")
@Outcome(id = "1", expect = ACCEPTABLE, desc = "got the value and sees the write")
@Outcome(expect = FORBIDDEN, desc = "got the value without the write")
@State
public class ChanBufferedPublishTest {
  private final Chan<Integer> ch = Chan.make(1);
  private int x;

  @Actor
  public void sender() {
    x = 1;
    ch.send(1);
  }

  @Actor
  public void receiver(I_Result r) {
    int[] got = {-1};
    Select.select(Select.recv(ch, v -> got[0] = x), Select.defaultCase(() -> {}));
    r.r1 = got[0];
  }
}
