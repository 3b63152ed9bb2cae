// The correct version of SettingsRWMutexReadToWriteUpgrade: the read lock is released before the
// write lock is taken, and the miss is checked again under the write lock.
import dev.gosafe.RWMutex;
import java.util.HashMap;
import java.util.Map;

public class SettingsRWMutexReleaseReadBeforeWrite {
  private final RWMutex mu = new RWMutex();
  private final Map<String, String> settings = new HashMap<>();

  String getOrDefault(String key, String fallback) {
    mu.rLock();
    try {
      String v = settings.get(key);
      if (v != null) {
        return v;
      }
    } finally {
      mu.rUnlock();
    }
    mu.lock();
    try {
      return settings.computeIfAbsent(key, k -> fallback);
    } finally {
      mu.unlock();
    }
  }
}
