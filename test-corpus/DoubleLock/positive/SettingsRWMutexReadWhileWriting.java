// A settings store whose reload() holds the write lock and then calls the read path, which takes
// the read lock of the same RWMutex.
// At run time: rLock() waits for the writer (this task) to unlock, so it never returns.
import dev.gosafe.RWMutex;
import java.util.HashMap;
import java.util.Map;

public class SettingsRWMutexReadWhileWriting {
  private final RWMutex mu = new RWMutex();
  private final Map<String, String> settings = new HashMap<>();
  private int version;

  void reload(Map<String, String> fresh) {
    mu.lock();
    try {
      settings.clear();
      settings.putAll(fresh);
      // BUG: Diagnostic contains: DoubleLock
      mu.rLock();
      try {
        version = settings.size();
      } finally {
        mu.rUnlock();
      }
    } finally {
      mu.unlock();
    }
  }
}
