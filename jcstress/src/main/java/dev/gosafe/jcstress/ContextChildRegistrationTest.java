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
import org.openjdk.jcstress.infra.results.ZZ_Result;

/**
 * Context: a child created while its parent is being cancelled ends cancelled (it registers before
 * the parent's snapshot of its children, or is born cancelled after it), with done() closed.
 */
@JCStressTest
@Outcome(id = "true, true", expect = ACCEPTABLE, desc = "child cancelled")
@Outcome(expect = FORBIDDEN, desc = "child of a cancelled parent left live")
@State
public class ContextChildRegistrationTest {
  private final CancelContext parent = Context.withCancel(Context.background());
  private volatile CancelContext child;

  @Actor
  public void cancelParent() {
    parent.cancel();
  }

  @Actor
  public void makeChild() {
    child = Context.withCancel(parent);
  }

  @Arbiter
  public void arbiter(ZZ_Result r) {
    r.r1 = child.err() != null;
    r.r2 = Ops.isClosed(child.done());
  }
}
