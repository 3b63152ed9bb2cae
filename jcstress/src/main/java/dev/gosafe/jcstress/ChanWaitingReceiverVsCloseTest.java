package dev.gosafe.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.gosafe.Chan;
import dev.gosafe.Recv;
import dev.gosafe.Select;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * The mirror of ChanParkedSenderVsCloseTest: unbuffered channel, a blocking receive (which waits
 * in the channel's slot, spinning, or parks) and a non-blocking send followed by a close. The
 * receive either gets the value the send reported as sent, or sees closed when the send found
 * nobody. Results: the receive got the value (5) or closed (-1); the send sent (1) or not (0).
 */
@JCStressTest
@Outcome(id = "5, 1", expect = ACCEPTABLE, desc = "met: value delivered")
@Outcome(id = "-1, 0", expect = ACCEPTABLE, desc = "send looked first, then closed: receive woken")
@Outcome(expect = FORBIDDEN, desc = "value lost, or delivered although the send reported none")
@State
public class ChanWaitingReceiverVsCloseTest {
  private final Chan<Integer> ch = Chan.make();

  @Actor
  public void receiver(II_Result r) {
    Recv<Integer> got = ch.recvOk();
    r.r1 = got instanceof Recv.Value<Integer> v ? v.value() : -1;
  }

  @Actor
  public void senderThenCloser(II_Result r) {
    int[] sent = {0};
    Select.select(Select.send(ch, 5, () -> sent[0] = 1), Select.defaultCase(() -> {}));
    r.r2 = sent[0];
    ch.close();
  }
}
