// The correct version of OrderBookUnlockInCatchAndFinally: the catch block only logs and
// rethrows; finally alone releases the mutex.
import dev.gosafe.Mutex;
import java.util.ArrayList;
import java.util.List;

public class OrderBookRethrowUnlocksOnlyInFinally {
  private final Mutex mu = new Mutex();
  private final List<Long> bids = new ArrayList<>();
  private int rejected;

  void place(long price) {
    mu.lock();
    try {
      match(price);
      bids.add(price);
    } catch (RuntimeException e) {
      rejected++;
      throw e;
    } finally {
      mu.unlock();
    }
  }

  private void match(long price) {
    if (price <= 0) {
      throw new IllegalArgumentException("price must be positive");
    }
  }
}
