package dev.gosafe.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.gosafe.Chan;
import dev.gosafe.ClosedChannelException;
import dev.gosafe.Recv;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Unbuffered channel: a blocking send and a receive that closes the channel right after a
 * non-blocking look. The send either meets the receive (value delivered, send returns) or is
 * woken by the close (send throws, nothing delivered). Results: send returned (1) / threw (0);
 * the receiver got the value (5), saw closed (-1) or nothing ready (0).
 */
@JCStressTest
@Outcome(id = "1, 5", expect = ACCEPTABLE, desc = "met: value delivered")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "receiver looked first, then closed: send woken")
@Outcome(expect = FORBIDDEN, desc = "value lost or delivered to a sender told closed")
@State
public class ChanParkedSenderVsCloseTest {
  private final Chan<Integer> ch = Chan.make();

  @Actor
  public void sender(II_Result r) {
    try {
      ch.send(5);
      r.r1 = 1;
    } catch (ClosedChannelException e) {
      r.r1 = 0;
    }
  }

  @Actor
  public void receiverThenCloser(II_Result r) {
    int[] got = {0};
    dev.gosafe.Select.select(
        dev.gosafe.Select.recvOk(
            ch, x -> got[0] = x instanceof Recv.Value<Integer> v ? v.value() : -1),
        dev.gosafe.Select.defaultCase(() -> {}));
    r.r2 = got[0];
    ch.close();
  }
}
