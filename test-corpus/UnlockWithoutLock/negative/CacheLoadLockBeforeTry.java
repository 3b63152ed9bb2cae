// The correct version of CacheLoadLockInsideTry: lock() comes before the try, so finally only
// runs once the mutex is held.
import dev.gosafe.Mutex;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

public class CacheLoadLockBeforeTry {
  private final Mutex mu = new Mutex();
  private final Map<String, String> entries = new HashMap<>();

  String get(String key, Function<String, String> loader) {
    mu.lock();
    try {
      return entries.computeIfAbsent(key, loader);
    } finally {
      mu.unlock();
    }
  }
}
