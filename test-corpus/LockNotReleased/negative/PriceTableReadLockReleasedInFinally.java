// The correct version of PriceTableReadLockNotReleasedOnException: the read and write parts are
// held in locals and each is released in finally.
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

public class PriceTableReadLockReleasedInFinally {
  private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
  private final Map<String, Long> cents = new HashMap<>();

  long quote(String sku, int rate) {
    Lock read = rw.readLock();
    read.lock();
    try {
      return Math.multiplyExact(cents.getOrDefault(sku, 0L), rate);
    } finally {
      read.unlock();
    }
  }

  void update(String sku, long price) {
    rw.writeLock().lock();
    try {
      cents.put(sku, price);
    } finally {
      rw.writeLock().unlock();
    }
  }
}
