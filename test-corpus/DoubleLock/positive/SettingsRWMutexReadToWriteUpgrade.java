// A settings store that reads under rLock() and, on a miss, takes the write lock to insert the
// default without releasing the read lock first.
// At run time: lock() waits for all readers to leave, including this task, so it never returns.
import dev.gosafe.RWMutex;
import java.util.HashMap;
import java.util.Map;

public class SettingsRWMutexReadToWriteUpgrade {
  private final RWMutex mu = new RWMutex();
  private final Map<String, String> settings = new HashMap<>();

  String getOrDefault(String key, String fallback) {
    mu.rLock();
    try {
      String v = settings.get(key);
      if (v == null) {
        // BUG: Diagnostic contains: DoubleLock
        mu.lock();
        try {
          settings.put(key, fallback);
        } finally {
          mu.unlock();
        }
        v = fallback;
      }
      return v;
    } finally {
      mu.rUnlock();
    }
  }
}
