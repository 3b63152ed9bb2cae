// A price service asks a supplier on the common pool with CompletableFuture.runAsync and gives up
// after a timeout.
// At run time: after the timeout the async task blocks forever in quotes.send().
import dev.gosafe.Chan;
import dev.gosafe.Select;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

public class CompletableFutureQuoteLeaksAfterTimeout {
  private long price = -1;

  void quote(String sku) {
    Chan<Long> quotes = Chan.make();
    // BUG: Diagnostic contains: LeakedTask
    CompletableFuture.runAsync(() -> quotes.send((long) sku.hashCode()));
    Select.select(
        Select.recv(quotes, p -> price = p),
        Select.after(Duration.ofMillis(200), () -> price = -1));
  }
}
