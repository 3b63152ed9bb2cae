package dev.gosafe.lincheck;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gosafe.CancelContext;
import dev.gosafe.Context;
import dev.gosafe.ContextError;
import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.api.Test;

/**
 * Linearizability of one cancellable context: {@code cancel} (any number of times, from any task)
 * against {@code err()} and a non-blocking look at {@code done()}. Sequentially, cancel makes both
 * "err is CANCELED" and "done is closed" true at once (Go: "If Done is not yet closed, Err returns
 * nil. If Done is closed, Err returns a non-nil error").
 */
public class ContextLinearizabilityTest {
  private final CancelContext ctx = Context.withCancel(Context.background());

  @Operation
  public String cancel() {
    ctx.cancel();
    return "cancelled";
  }

  @Operation
  public String err() {
    ContextError e = ctx.err();
    return e == null ? "null" : e.name();
  }

  @Operation
  public boolean doneClosed() {
    return NonBlocking.isClosed(ctx.done());
  }

  @Test
  void modelChecking() {
    Budget.modelChecking().check(getClass());
  }

  @Test
  void stress() {
    assumeTrue(Budget.STRESS, "stress mode runs with -Dgosafe.lincheck.stress=true");
    Budget.stress().check(getClass());
  }
}
