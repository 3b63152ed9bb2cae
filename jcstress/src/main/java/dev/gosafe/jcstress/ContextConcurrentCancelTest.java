package dev.gosafe.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.gosafe.CancelContext;
import dev.gosafe.Context;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/** Context: two concurrent cancels both return (done closed once, no double-close exception). */
@JCStressTest
@Outcome(id = "1, 1, 1", expect = ACCEPTABLE, desc = "both returned, context cancelled")
@Outcome(expect = FORBIDDEN, desc = "a cancel threw, or the context is not cancelled")
@State
public class ContextConcurrentCancelTest {
  private final CancelContext ctx = Context.withCancel(Context.background());

  @Actor
  public void actor1(III_Result r) {
    r.r1 = cancel();
  }

  @Actor
  public void actor2(III_Result r) {
    r.r2 = cancel();
  }

  @Arbiter
  public void arbiter(III_Result r) {
    r.r3 = ctx.err() != null && Ops.isClosed(ctx.done()) ? 1 : 0;
  }

  private int cancel() {
    try {
      ctx.cancel();
      return 1;
    } catch (RuntimeException e) {
      return 0;
    }
  }
}
