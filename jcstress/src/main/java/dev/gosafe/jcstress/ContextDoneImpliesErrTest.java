package dev.gosafe.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.gosafe.CancelContext;
import dev.gosafe.Context;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Context: cancel() happens-before a receive that sees done() closed, and err() is non-null for
 * whoever saw done() closed. Results: done seen closed, err non-null, the write made before
 * cancel.
 */
@JCStressTest
@Outcome(id = {"0, 0, 0", "0, 0, 1"}, expect = ACCEPTABLE, desc = "observed before the cancel")
@Outcome(id = "0, 1, 1", expect = ACCEPTABLE, desc = "cancel linearized between the two looks")
@Outcome(id = "1, 1, 1", expect = ACCEPTABLE, desc = "observed after the cancel")
@Outcome(expect = FORBIDDEN, desc = "done closed without err, or the write not visible")
@State
public class ContextDoneImpliesErrTest {
  private final CancelContext ctx = Context.withCancel(Context.background());
  private int x;

  @Actor
  public void canceller() {
    x = 1;
    ctx.cancel();
  }

  @Actor
  public void observer(III_Result r) {
    r.r1 = Ops.isClosed(ctx.done()) ? 1 : 0;
    r.r2 = ctx.err() != null ? 1 : 0;
    r.r3 = r.r2 == 1 ? x : 0;
  }
}
