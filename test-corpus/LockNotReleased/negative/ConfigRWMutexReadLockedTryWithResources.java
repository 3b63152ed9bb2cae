// The correct version of ConfigRWMutexReadUnlockSkippedOnParseError: try-with-resources on
// rLocked() and locked() releases the RWMutex even when parseInt throws.
import dev.gosafe.RWMutex;
import java.util.HashMap;
import java.util.Map;

public class ConfigRWMutexReadLockedTryWithResources {
  private final RWMutex mu = new RWMutex();
  private Map<String, String> values = new HashMap<>();

  int intSetting(String key) {
    try (var held = mu.rLocked()) {
      return Integer.parseInt(values.getOrDefault(key, "0"));
    }
  }

  void reload(Map<String, String> fresh) {
    try (var held = mu.locked()) {
      values = new HashMap<>(fresh);
    }
  }
}
