package dev.gosafe.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.gosafe.Chan;
import dev.gosafe.Select;
import java.time.Duration;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * The SelectState CAS between a partner and the selecting thread's own timeout: two selects with a
 * short `after` meet on an unbuffered channel or both time out; never one side believing the
 * exchange happened while the other timed out. Results: value received (7) or timed out (-1);
 * sent (1) or timed out (0).
 */
@JCStressTest
@Outcome(id = "7, 1", expect = ACCEPTABLE, desc = "met")
@Outcome(id = "-1, 0", expect = ACCEPTABLE, desc = "both timed out")
@Outcome(expect = FORBIDDEN, desc = "one side completed the exchange alone")
@State
public class SelectTimeoutVsPartnerTest {
  private static final Duration TIMEOUT = Duration.ofNanos(50_000);
  private final Chan<Integer> ch = Chan.make();

  @Actor
  public void receiver(II_Result r) {
    Select.select(Select.recv(ch, v -> r.r1 = v), Select.after(TIMEOUT, () -> r.r1 = -1));
  }

  @Actor
  public void sender(II_Result r) {
    Select.select(Select.send(ch, 7, () -> r.r2 = 1), Select.after(TIMEOUT, () -> r.r2 = 0));
  }
}
