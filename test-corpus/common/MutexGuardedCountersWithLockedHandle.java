// Request counters guarded by a gosafe Mutex: updates use try-with-resources on locked(), and the
// metrics scrape uses lock() before try with unlock() in finally. Correct on every path.
import dev.gosafe.Mutex;
import java.util.HashMap;
import java.util.Map;

public class MutexGuardedCountersWithLockedHandle {
  private final Mutex mu = new Mutex();
  private final Map<String, Long> byPath = new HashMap<>();

  void hit(String path) {
    try (var held = mu.locked()) {
      byPath.merge(path, 1L, Long::sum);
    }
  }

  Map<String, Long> scrape() {
    mu.lock();
    try {
      return Map.copyOf(byPath);
    } finally {
      mu.unlock();
    }
  }
}
