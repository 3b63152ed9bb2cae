// A price table guarded by a ReentrantReadWriteLock; quote() releases the read lock only if the
// conversion succeeds.
// At run time: an ArithmeticException in convert() leaves the read lock held, so update() can
// never take the write lock.
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

public class PriceTableReadLockNotReleasedOnException {
  private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
  private final Map<String, Long> cents = new HashMap<>();

  long quote(String sku, int rate) {
    // BUG: Diagnostic contains: LockNotReleased
    rw.readLock().lock();
    long price = convert(cents.getOrDefault(sku, 0L), rate);
    rw.readLock().unlock();
    return price;
  }

  void update(String sku, long price) {
    rw.writeLock().lock();
    try {
      cents.put(sku, price);
    } finally {
      rw.writeLock().unlock();
    }
  }

  private static long convert(long amount, int rate) {
    return Math.multiplyExact(amount, rate);
  }
}
