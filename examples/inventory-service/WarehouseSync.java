package example.inventory;

import dev.gosafe.Go;
import dev.gosafe.WaitGroup;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Pulls stock counts from every warehouse in parallel, one task per warehouse. */
public final class WarehouseSync {
  private final StockLedger ledger;
  private final Warehouses client;

  public WarehouseSync(StockLedger ledger, Warehouses client) {
    this.ledger = ledger;
    this.client = client;
  }

  /**
   * Fetches all warehouses and books the deliveries.
   * BUG: when fetch() throws, that task never calls done(), so await() waits forever.
   */
  public Map<String, Integer> syncAll(List<String> warehouses) {
    Map<String, Integer> delivered = new ConcurrentHashMap<>();
    WaitGroup wg = new WaitGroup();
    wg.add(warehouses.size());
    for (String w : warehouses) {
      Go.go(() -> {
        Map<String, Integer> counts = client.fetch(w);
        counts.forEach((sku, units) -> delivered.merge(sku, units, Integer::sum));
        wg.done();
      });
    }
    wg.await();
    delivered.forEach(ledger::receive);
    return delivered;
  }

  /** The same, written safely: wg.go adds, starts and calls done() even on exceptions. */
  public Map<String, Integer> syncAllSafely(List<String> warehouses) {
    Map<String, Integer> delivered = new ConcurrentHashMap<>();
    WaitGroup wg = new WaitGroup();
    for (String w : warehouses) {
      wg.go(() -> client.fetch(w)
          .forEach((sku, units) -> delivered.merge(sku, units, Integer::sum)));
    }
    wg.await();
    delivered.forEach(ledger::receive);
    return delivered;
  }

  /** Remote warehouse API. */
  public interface Warehouses {
    Map<String, Integer> fetch(String warehouse);
  }
}
