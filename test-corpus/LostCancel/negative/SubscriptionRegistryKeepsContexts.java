// A subscription registry that creates one context per subscriber and hands it to its registry
// list; closeAll() cancels every registered context on shutdown.
import dev.gosafe.CancelContext;
import dev.gosafe.Context;
import java.util.ArrayList;
import java.util.List;

public class SubscriptionRegistryKeepsContexts {
  private final List<CancelContext> live = new ArrayList<>();

  synchronized Context subscribe(Context parent) {
    CancelContext ctx = Context.withCancel(parent);
    live.add(ctx);
    return ctx;
  }

  synchronized void closeAll() {
    for (CancelContext ctx : live) {
      ctx.cancel();
    }
    live.clear();
  }
}
