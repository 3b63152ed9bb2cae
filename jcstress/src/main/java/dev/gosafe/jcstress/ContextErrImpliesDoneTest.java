package dev.gosafe.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.gosafe.CancelContext;
import dev.gosafe.Context;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.ZZ_Result;

/**
 * Context: once err() is non-null, done() is closed (Go: "If Done is not yet closed, Err returns
 * nil"). Regression test for the window found by ContextLinearizabilityTest (lincheck module):
 * cancel wrote err before closing done, outside its lock.
 */
@JCStressTest
@Outcome(id = {"false, false", "false, true", "true, true"}, expect = ACCEPTABLE, desc = "ok")
@Outcome(id = "true, false", expect = FORBIDDEN, desc = "err() non-null while done() open")
@State
public class ContextErrImpliesDoneTest {
  private final CancelContext ctx = Context.withCancel(Context.background());

  @Actor
  public void canceller() {
    ctx.cancel();
  }

  @Actor
  public void observer(ZZ_Result r) {
    r.r1 = ctx.err() != null;
    r.r2 = Ops.isClosed(ctx.done());
  }
}
