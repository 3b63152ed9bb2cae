// Pattern after GoBench GoKer cockroach#13197 (Tx.awaitDone): the transaction's watcher waits for
// its context to be done, but the cancel function is stored and never called.
// Missed on purpose: ctx.done() is not modelled as a channel the method can close; the context is
// handed on (stored in a field), so whether it is ever cancelled is unknown here.
import dev.gosafe.CancelContext;
import dev.gosafe.Context;
import dev.gosafe.Go;

public class TxAwaitDoneOnContextNeverCancelled {
  private CancelContext txContext;
  private boolean finished;

  void begin(Context parent) {
    CancelContext ctx = Context.withCancel(parent);
    txContext = ctx;
    // MISS: LeakedTask
    Go.go(() -> {
      ctx.done().recv();
      finished = true;
    });
  }
}
