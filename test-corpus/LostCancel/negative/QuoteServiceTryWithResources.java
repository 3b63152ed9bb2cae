// The correct version of QuoteServiceCancelOnlyOnSuccess: try-with-resources closes (cancels) the
// context on every path, including when price() throws.
import dev.gosafe.CancelContext;
import dev.gosafe.Context;
import java.time.Duration;
import java.util.List;

public class QuoteServiceTryWithResources {
  long total(Context parent, List<String> skus) {
    try (CancelContext ctx = Context.withTimeout(parent, Duration.ofSeconds(2))) {
      long sum = 0;
      for (String sku : skus) {
        if (ctx.err() != null) {
          break;
        }
        sum += price(sku);
      }
      return sum;
    }
  }

  private static long price(String sku) {
    return Long.parseLong(sku.substring(sku.indexOf('-') + 1));
  }
}
