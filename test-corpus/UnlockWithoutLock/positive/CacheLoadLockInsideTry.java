// A read-through cache that calls mu.lock() as the first statement inside the try whose finally
// unlocks.
// At run time: if lock() fails (the task is interrupted while waiting), finally calls unlock() on
// a mutex this task does not hold, which throws IllegalStateException and hides the first error.
import dev.gosafe.Mutex;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

public class CacheLoadLockInsideTry {
  private final Mutex mu = new Mutex();
  private final Map<String, String> entries = new HashMap<>();

  String get(String key, Function<String, String> loader) {
    try {
      mu.lock();
      return entries.computeIfAbsent(key, loader);
    } finally {
      // BUG: Diagnostic contains: UnlockWithoutLock
      mu.unlock();
    }
  }
}
