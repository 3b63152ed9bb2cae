// A server that keeps its run context in a field: start() hands the context on to the object, and
// stop() cancels it later.
import dev.gosafe.CancelContext;
import dev.gosafe.Context;

public class ServerStoresContextInField {
  private CancelContext running;

  void start() {
    CancelContext ctx = Context.withCancel(Context.background());
    running = ctx;
  }

  void stop() {
    CancelContext ctx = running;
    if (ctx != null) {
      ctx.cancel();
    }
  }
}
