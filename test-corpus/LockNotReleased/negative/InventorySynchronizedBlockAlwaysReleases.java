// An inventory guarded by synchronized blocks: the monitor is released when the block is left,
// by return or by exception, so no path leaves it held.
import java.util.HashMap;
import java.util.Map;

public class InventorySynchronizedBlockAlwaysReleases {
  private final Object guard = new Object();
  private final Map<String, Integer> stock = new HashMap<>();

  boolean reserve(String sku, int quantity) {
    synchronized (guard) {
      int available = stock.getOrDefault(sku, 0);
      if (available < quantity) {
        return false;
      }
      stock.put(sku, available - quantity);
      return true;
    }
  }
}
