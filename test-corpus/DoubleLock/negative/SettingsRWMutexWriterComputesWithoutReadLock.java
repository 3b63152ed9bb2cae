// The correct version of SettingsRWMutexReadWhileWriting: the writer already excludes readers, so
// it reads the map directly instead of taking the read lock.
import dev.gosafe.RWMutex;
import java.util.HashMap;
import java.util.Map;

public class SettingsRWMutexWriterComputesWithoutReadLock {
  private final RWMutex mu = new RWMutex();
  private final Map<String, String> settings = new HashMap<>();
  private int version;

  void reload(Map<String, String> fresh) {
    mu.lock();
    try {
      settings.clear();
      settings.putAll(fresh);
      version = settings.size();
    } finally {
      mu.unlock();
    }
  }

  int version() {
    mu.rLock();
    try {
      return version;
    } finally {
      mu.rUnlock();
    }
  }
}
