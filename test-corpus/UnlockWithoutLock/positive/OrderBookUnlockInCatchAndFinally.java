// An order book that unlocks in the catch block before rethrowing, and again in finally.
// At run time: when match() throws, the mutex is unlocked twice; the second unlock() throws
// IllegalStateException and replaces the original exception.
import dev.gosafe.Mutex;
import java.util.ArrayList;
import java.util.List;

public class OrderBookUnlockInCatchAndFinally {
  private final Mutex mu = new Mutex();
  private final List<Long> bids = new ArrayList<>();

  void place(long price) {
    mu.lock();
    try {
      match(price);
      bids.add(price);
    } catch (RuntimeException e) {
      mu.unlock();
      throw e;
    } finally {
      // BUG: Diagnostic contains: UnlockWithoutLock
      mu.unlock();
    }
  }

  private void match(long price) {
    if (price <= 0) {
      throw new IllegalArgumentException("price must be positive");
    }
  }
}
