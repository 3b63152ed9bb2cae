// A payment processor that, when charging fails, locks the mutex again to record the failure,
// forgetting that the try block is still inside the locked region.
// At run time: the catch block runs with mu held; the second lock() throws DeadlockException
// instead of recording the failure.
import dev.gosafe.Mutex;
import java.util.ArrayList;
import java.util.List;

public class PaymentRelockInCatchBlock {
  private final Mutex mu = new Mutex();
  private final List<String> failed = new ArrayList<>();
  private long total;

  void charge(String id, long cents) {
    mu.lock();
    try {
      total = Math.addExact(total, cents);
    } catch (RuntimeException e) {
      // BUG: Diagnostic contains: DoubleLock
      mu.lock();
      try {
        failed.add(id);
      } finally {
        mu.unlock();
      }
    } finally {
      mu.unlock();
    }
  }
}
