// A price fetcher that creates a cancellable context, passes it to a helper and never cancels it.
// Real bug: the context stays registered with its parent until the 5-second deadline. Missed on
// purpose: once the context is passed to another method, that method might cancel it or keep it,
// so the analysis treats it as handed on.
import dev.gosafe.Context;
import java.time.Duration;

public class ContextPassedToHelperNeverCancelled {
  long fetchPrice(Context parent, String sku) {
    // MISS: LostCancel
    var ctx = Context.withTimeout(parent, Duration.ofSeconds(5));
    return fetch(ctx, sku);
  }

  private static long fetch(Context ctx, String sku) {
    return ctx.err() == null ? sku.length() * 100L : -1;
  }
}
