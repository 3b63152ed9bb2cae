package example.inventory;

import dev.gosafe.Mutex;
import java.util.HashMap;
import java.util.Map;

/** Stock levels per SKU, shared by the request handlers and guarded by one mutex. */
public final class StockLedger {
  private final Mutex mu = new Mutex();
  private final Map<String, Integer> onHand = new HashMap<>();
  private final AuditLog audit;

  public StockLedger(AuditLog audit) {
    this.audit = audit;
  }

  /** Adds delivered units. */
  public void receive(String sku, int units) {
    mu.lock();
    try {
      onHand.merge(sku, units, Integer::sum);
    } finally {
      mu.unlock();
    }
  }

  /**
   * Takes {@code units} out of stock for an order, or returns false when there are not enough.
   * BUG: if anything between lock() and unlock() throws (the audit log on a full disk, say), mu
   * stays locked and every later call blocks forever.
   */
  public boolean reserve(String sku, int units) {
    mu.lock();
    int available = onHand.getOrDefault(sku, 0);
    if (available < units) {
      mu.unlock();
      return false;
    }
    onHand.put(sku, available - units);
    audit.record("reserve " + sku + " x" + units);
    mu.unlock();
    return true;
  }

  /** Puts back units of a cancelled order. */
  public void release(String sku, int units) {
    try (var held = mu.locked()) {
      onHand.merge(sku, units, Integer::sum);
      audit.record("release " + sku + " x" + units);
    }
  }

  /** Units on hand. */
  public int level(String sku) {
    try (var held = mu.locked()) {
      return onHand.getOrDefault(sku, 0);
    }
  }

  /** Where stock movements are written. */
  public interface AuditLog {
    void record(String line);
  }
}
