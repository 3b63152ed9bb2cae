package dev.gosafe.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.gosafe.Chan;
import dev.gosafe.ClosedChannelException;
import dev.gosafe.Recv;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Send racing close on a channel of capacity 1: a send that returned normally put its value in the
 * buffer, where it stays receivable after the close; a send that threw left nothing. Results:
 * send returned (1) or threw (0); the arbiter's receive got the value (5) or closed (-1).
 */
@JCStressTest
@Outcome(id = "1, 5", expect = ACCEPTABLE, desc = "sent before the close, value drained after")
@Outcome(id = "0, -1", expect = ACCEPTABLE, desc = "close first: send threw, nothing buffered")
@Outcome(expect = FORBIDDEN, desc = "value lost, or delivered although the send threw")
@State
public class ChanSendVsCloseTest {
  private final Chan<Integer> ch = Chan.make(1);

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
  public void closer() {
    ch.close();
  }

  @Arbiter
  public void arbiter(II_Result r) {
    Recv<Integer> got = ch.recvOk();
    r.r2 = got instanceof Recv.Value<Integer> v ? v.value() : -1;
  }
}
