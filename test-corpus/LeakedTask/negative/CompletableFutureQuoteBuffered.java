// The correct version of CompletableFutureQuoteLeaksAfterTimeout: a buffer of one lets the async
// task finish after the timeout.
import dev.gosafe.Chan;
import dev.gosafe.Select;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

public class CompletableFutureQuoteBuffered {
  private long price = -1;

  void quote(String sku) {
    Chan<Long> quotes = Chan.make(1);
    CompletableFuture.runAsync(() -> quotes.send((long) sku.hashCode()));
    Select.select(
        Select.recv(quotes, p -> price = p),
        Select.after(Duration.ofMillis(200), () -> price = -1));
  }
}
