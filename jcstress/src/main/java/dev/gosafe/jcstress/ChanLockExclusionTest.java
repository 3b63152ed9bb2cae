package dev.gosafe.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.gosafe.Chan;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * The channel lock (ChanLock: its word in the Chan object, docs/adr/0010) under contention on a
 * buffered channel, where a contender parks at once: two sends never run their critical sections
 * together, so the buffer loses and duplicates nothing, and the channel is usable afterwards (no
 * lock left held, the arbiter drains it). Two actors: jcstress does not schedule tests with more
 * actors than CPUs, and CI has two. Results: the number of values buffered, their sum.
 */
@JCStressTest
@Outcome(id = "2, 3", expect = ACCEPTABLE, desc = "both values buffered")
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

  @Arbiter
  public void arbiter(II_Result r) {
    int left = ch.len();
    int sum = 0;
    for (int i = 0; i < left; i++) {
      sum += ch.recv();
    }
    r.r1 = left;
    r.r2 = sum;
  }
}
