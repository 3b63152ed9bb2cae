package com.example.inventory;

import dev.gosafe.Mutex;
import dev.gosafe.WaitGroup;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Stock levels per SKU, guarded by a mutex; every lock is released on every path. */
public class StockLedger {
  private final Mutex mu = new Mutex();
  private final Map<String, Integer> stock = new HashMap<>();

  /** Adds {@code delta} units; the audit hook may throw, and mu is still unlocked. */
  public void adjust(String sku, int delta, Runnable audit) {
    mu.lock();
    try {
      stock.merge(sku, delta, Integer::sum);
      audit.run();
    } finally {
      mu.unlock();
    }
  }

  /** Adds one unit of each SKU, one task per SKU, and waits for all of them. */
  public void restock(List<String> skus) {
    WaitGroup wg = new WaitGroup();
    for (String sku : skus) {
      wg.go(() -> adjust(sku, 1, () -> { }));
    }
    wg.await();
  }

  /** Current units of {@code sku}. */
  public int level(String sku) {
    try (var held = mu.locked()) {
      return stock.getOrDefault(sku, 0);
    }
  }
}
