// A quote service that gives the pricing loop a 2-second deadline and cancels the context at the
// end of the happy path.
// At run time: if price() throws, cancel() is never called; the context and its timer live until
// the deadline fires, and contexts derived from it are not released.
import dev.gosafe.CancelContext;
import dev.gosafe.Context;
import java.time.Duration;
import java.util.List;

public class QuoteServiceCancelOnlyOnSuccess {
  long total(Context parent, List<String> skus) {
    // BUG: Diagnostic contains: LostCancel
    CancelContext ctx = Context.withTimeout(parent, Duration.ofSeconds(2));
    long sum = 0;
    for (String sku : skus) {
      if (ctx.err() != null) {
        break;
      }
      sum += price(sku);
    }
    ctx.cancel();
    return sum;
  }

  private static long price(String sku) {
    return Long.parseLong(sku.substring(sku.indexOf('-') + 1));
  }
}
