// A configuration holder whose intSetting() parses a value under the read lock of an RWMutex.
// At run time: a NumberFormatException leaves the read lock held; the next reload() waits for
// the writer lock forever.
import dev.gosafe.RWMutex;
import java.util.HashMap;
import java.util.Map;

public class ConfigRWMutexReadUnlockSkippedOnParseError {
  private final RWMutex mu = new RWMutex();
  private Map<String, String> values = new HashMap<>();

  int intSetting(String key) {
    // BUG: Diagnostic contains: LockNotReleased
    mu.rLock();
    int v = Integer.parseInt(values.getOrDefault(key, "0"));
    mu.rUnlock();
    return v;
  }

  void reload(Map<String, String> fresh) {
    mu.lock();
    try {
      values = new HashMap<>(fresh);
    } finally {
      mu.unlock();
    }
  }
}
