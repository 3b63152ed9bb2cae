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
 * A select parked on two unbuffered channels (with a short timeout) and a task that tries a
 * non-blocking send on each in turn: at most one send completes, and the select got exactly that
 * value. Results: the select's value (1, 2, or -1 for the timeout); which sends completed (bit 0:
 * a, bit 1: b).
 */
@JCStressTest
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "took a")
@Outcome(id = "2, 2", expect = ACCEPTABLE, desc = "took b")
@Outcome(id = "-1, 0", expect = ACCEPTABLE, desc = "no send met the select")
@Outcome(expect = FORBIDDEN, desc = "two cases took effect, or a value was lost")
@State
public class SelectOneOfTwoSendersTest {
  private static final Duration TIMEOUT = Duration.ofNanos(100_000);
  private final Chan<Integer> a = Chan.make();
  private final Chan<Integer> b = Chan.make();

  @Actor
  public void selector(II_Result r) {
    Select.select(
        Select.recv(a, v -> r.r1 = v),
        Select.recv(b, v -> r.r1 = v),
        Select.after(TIMEOUT, () -> r.r1 = -1));
  }

  @Actor
  public void senders(II_Result r) {
    int sent = Ops.trySend(a, 1) ? 1 : 0;
    sent |= Ops.trySend(b, 2) ? 2 : 0;
    r.r2 = sent;
  }
}
