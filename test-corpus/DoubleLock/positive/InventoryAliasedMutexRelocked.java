// An inventory that copies its mutex into a local alias and later locks the field again while the
// alias is held.
// At run time: both names denote the same non-reentrant Mutex; the second lock() throws
// DeadlockException.
import dev.gosafe.Mutex;
import java.util.HashMap;
import java.util.Map;

public class InventoryAliasedMutexRelocked {
  private final Mutex mu = new Mutex();
  private final Map<String, Integer> stock = new HashMap<>();

  void restock(String sku, int quantity) {
    Mutex guard = mu;
    guard.lock();
    try {
      stock.merge(sku, quantity, Integer::sum);
      if (stock.get(sku) > 1000) {
        // BUG: Diagnostic contains: DoubleLock
        mu.lock();
        try {
          stock.put(sku, 1000);
        } finally {
          mu.unlock();
        }
      }
    } finally {
      guard.unlock();
    }
  }
}
