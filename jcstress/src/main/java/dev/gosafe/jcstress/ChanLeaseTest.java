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
 * The recv slot's lease (docs/adr/0015). The first actor's first receive usually gets its value
 * in the recv slot and keeps the slot (the lease); the second actor then receives on the same
 * channel while the slot is leased (it must not take the slot or the old value), and the first
 * actor's second receive claims its slot again from its old value while the second actor sends.
 * Both directions of one unbuffered channel, two tasks: the only outcome is every value once, to
 * the receive it was meant for. Results: the first actor's two receives, the second actor's one.
 */
@JCStressTest
@Outcome(id = "1, 2, 10", expect = ACCEPTABLE, desc = "every value received once, in order")
@Outcome(expect = FORBIDDEN, desc = "a value lost, duplicated or an old leased value returned")
@State
public class ChanLeaseTest {
  private final Chan<Integer> ch = Chan.make();

  @Actor
  public void lessee(III_Result r) {
    r.r1 = ch.recv();
    ch.send(10);
    r.r2 = ch.recv();
  }

  @Actor
  public void other(III_Result r) {
    ch.send(1);
    r.r3 = ch.recv();
    ch.send(2);
  }
}
