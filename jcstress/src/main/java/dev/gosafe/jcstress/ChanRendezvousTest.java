package dev.gosafe.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.gosafe.Chan;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Unbuffered channel, blocking send and receive paired (either may park first): the value passes,
 * the send happens-before the receive completes, and the receive happens-before the send returns
 * (both edges of the Go memory model for unbuffered channels). Results: what the sender sees of
 * the receiver's earlier write, the value, what the receiver sees of the sender's earlier write.
 */
@JCStressTest
@Outcome(id = "1, 7, 1", expect = ACCEPTABLE, desc = "value passed, both edges hold")
@Outcome(expect = FORBIDDEN, desc = "wrong value or a missing happens-before edge")
@State
public class ChanRendezvousTest {
  private final Chan<Integer> ch = Chan.make();
  private int x;
  private int y;

  @Actor
  public void sender(III_Result r) {
    x = 1;
    ch.send(7);
    r.r1 = y;
  }

  @Actor
  public void receiver(III_Result r) {
    y = 1;
    r.r2 = ch.recv();
    r.r3 = x;
  }
}
