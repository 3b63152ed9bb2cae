package com.example.inventory;

import dev.gosafe.Mutex;
import java.util.HashMap;
import java.util.Map;

/** Stock levels per SKU, guarded by a mutex. */
public class StockLedger {
  private final Mutex mu = new Mutex();
  private final Map<String, Integer> stock = new HashMap<>();

  /** Adds {@code delta} units; the audit hook may throw, leaving mu locked. */
  public void adjust(String sku, int delta, Runnable audit) {
    mu.lock();
    stock.merge(sku, delta, Integer::sum);
    audit.run();
    mu.unlock();
  }

  /** Current units of {@code sku}. */
  public int level(String sku) {
    mu.lock();
    try {
      return stock.getOrDefault(sku, 0);
    } finally {
      mu.unlock();
    }
  }
}
