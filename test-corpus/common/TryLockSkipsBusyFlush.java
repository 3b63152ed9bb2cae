// A flusher that skips the flush when another flush is running: tryLock() decides, and only the
// branch that acquired the mutex unlocks it, in finally. Correct on both branches.
import dev.gosafe.Mutex;
import java.util.ArrayList;
import java.util.List;

public class TryLockSkipsBusyFlush {
  private final Mutex mu = new Mutex();
  private final List<String> buffered = new ArrayList<>();
  private int skipped;

  boolean flush() {
    if (!mu.tryLock()) {
      skipped++;
      return false;
    }
    try {
      buffered.clear();
      return true;
    } finally {
      mu.unlock();
    }
  }
}
