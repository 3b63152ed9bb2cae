// A price aggregator that asks two suppliers asynchronously with CompletableFuture.supplyAsync
// and joins both futures. Correct: both tasks are awaited before returning.
import java.util.concurrent.CompletableFuture;

public class CompletableFuturesJoined {
  static long bestPrice(String sku) {
    CompletableFuture<Long> a = CompletableFuture.supplyAsync(() -> 100L + sku.length());
    CompletableFuture<Long> b = CompletableFuture.supplyAsync(() -> 90L + sku.hashCode() % 20);
    return Math.min(a.join(), b.join());
  }
}
