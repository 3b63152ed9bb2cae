package dev.gosafe.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.gosafe.Chan;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * The channel lock (ChanLock: its word in the Chan object, docs/adr/0010) under three-way
 * contention on a buffered channel, where contenders park at once: two sends and one receive never
 * run their critical sections together, so the buffer loses and duplicates nothing, and the
 * channel is usable afterwards (no lock left held). Results: the value received, then the sum of
 * the values left in the buffer, then the number left.
 */
@JCStressTest
@Outcome(id = "1, 2, 1", expect = ACCEPTABLE, desc = "received 1, 2 left")
@Outcome(id = "2, 1, 1", expect = ACCEPTABLE, desc = "received 2, 1 left")
@Outcome(expect = FORBIDDEN, desc = "a value lost or duplicated, or the lock left held")
@State
public class ChanLockExclusionTest {
  private final Chan<Integer> ch = Chan.make(2);

  @Actor
  public void sender1() {
    ch.send(1);
  }

  @Actor
  public void sender2() {
    ch.send(2);
  }

  @Actor
  public void receiver(III_Result r) {
    r.r1 = ch.recv();
  }

  @Arbiter
  public void arbiter(III_Result r) {
    int left = ch.len();
    int sum = 0;
    for (int i = 0; i < left; i++) {
      sum += ch.recv();
    }
    r.r2 = sum;
    r.r3 = left;
  }
}
